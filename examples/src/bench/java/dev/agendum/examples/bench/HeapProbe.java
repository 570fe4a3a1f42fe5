package dev.agendum.examples.bench;

import dev.agendum.ical.FeedWriter;
import dev.agendum.model.Event;
import java.util.List;

/**
 * Writes the feed of N events once with the named writer to a discarding writer, for {@code bench/heap.sh}, which
 * finds the smallest {@code -Xmx} at which it succeeds. The events are {@linkplain FeedData#generated generated}
 * as the writer asks for them, never held, so the figure is what the writer itself needs: a service streaming
 * events from a database holds no more. Arguments: the writer ({@code agendum}, {@code portable} for
 * {@code lossless(false)}, {@code hand}, {@code ical4j} or {@code biweekly}) and N; with {@code none} it only walks
 * the events, which gives the floor every writer shares.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    /** Writes the feed, or fails with OutOfMemoryError. */
    public static void main(String[] args) throws Exception {
        List<Event> events = FeedData.generated(Integer.parseInt(args[1]));
        FeedWritingBenchmark.CountingWriter out = new FeedWritingBenchmark.CountingWriter();
        switch (args[0]) {
            case "agendum" -> FeedWriter.create().write(events, out);
            case "portable" -> FeedWriter.builder().lossless(false).build().write(events, out);
            case "hand" -> new HandWrittenFeed(out).write(events);
            case "ical4j" -> Ical4jFeed.write(events, out);
            case "biweekly" -> BiweeklyFeed.write(events, out);
            case "none" -> events.forEach(event -> out.count += event.id().length());
            default -> throw new IllegalArgumentException("agendum, portable, hand, ical4j, biweekly or none");
        }
        System.out.println(out.count);
    }
}
