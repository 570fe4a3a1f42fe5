package dev.agendum.examples.bench;

import dev.agendum.examples.Announcements;
import dev.agendum.ical.FeedWriter;
import dev.agendum.model.Event;
import java.io.StringWriter;
import java.util.List;

/**
 * Writes one one-event feed and exits, for {@code bench/coldstart.sh}: what a serverless or command-line run pays
 * before its first feed. Argument: {@code agendum}, {@code hand}, {@code ical4j} or {@code biweekly}.
 */
public final class FirstFeed {

    private FirstFeed() {
    }

    /** Writes the first feed with the named writer and prints its length. */
    public static void main(String[] args) throws Exception {
        List<Event> events = List.of(Announcements.samenwerkenAlsEenOverheid());
        StringWriter out = new StringWriter();
        switch (args[0]) {
            case "agendum" -> FeedWriter.create().write(events, out);
            case "hand" -> new HandWrittenFeed(out).write(events);
            case "ical4j" -> Ical4jFeed.write(events, out);
            case "biweekly" -> BiweeklyFeed.write(events, out);
            default -> throw new IllegalArgumentException("agendum, hand, ical4j or biweekly");
        }
        System.out.println(out.getBuffer().length());
    }
}
