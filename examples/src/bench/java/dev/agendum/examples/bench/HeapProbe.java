package dev.agendum.examples.bench;

import dev.agendum.ical.FeedWriter;
import dev.agendum.model.Event;
import java.util.List;

/**
 * Generates N events and writes their feed once with the named writer to a discarding writer, for
 * {@code bench/heap.sh}, which finds the smallest {@code -Xmx} at which it succeeds. Arguments: the writer
 * ({@code agendum}, {@code hand} or {@code ical4j}) and N; with {@code none} it only generates the data, which
 * gives the floor every writer shares.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    /** Writes the feed, or fails with OutOfMemoryError. */
    public static void main(String[] args) throws Exception {
        List<Event> events = FeedData.events(Integer.parseInt(args[1]));
        FeedWritingBenchmark.CountingWriter out = new FeedWritingBenchmark.CountingWriter();
        switch (args[0]) {
            case "agendum" -> FeedWriter.create().write(events, out);
            case "hand" -> new HandWrittenFeed(out).write(events);
            case "ical4j" -> Ical4jFeed.write(events, out);
            case "none" -> out.count = events.size();
            default -> throw new IllegalArgumentException("agendum, hand, ical4j or none");
        }
        System.out.println(out.count);
    }
}
