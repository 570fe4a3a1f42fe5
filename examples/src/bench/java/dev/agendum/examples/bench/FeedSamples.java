package dev.agendum.examples.bench;

import dev.agendum.ical.FeedWriter;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what each benchmarked feed writer produces for the same events, so that a person can look at the files
 * and the results page can state how much each writes: {@code java -cp examples/target/benchmarks.jar
 * dev.agendum.examples.bench.FeedSamples [DIR]} writes one-event samples to DIR (default
 * {@code examples/target/feed-samples}) and prints characters and UTF-8 octets per 1 000-event feed.
 */
public final class FeedSamples {

    /** A feed writer under benchmark. */
    @FunctionalInterface
    interface Variant {
        void write(List<Event> events, Writer out) throws Exception;
    }

    private FeedSamples() {
    }

    /** Writes the samples and prints the sizes. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/target/feed-samples");
        Files.createDirectories(dir);
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("agendum", FeedWriter.create()::write);
        variants.put("agendumPortable", FeedWriter.builder().lossless(false).build()::write);
        variants.put("handWritten", (events, out) -> new HandWrittenFeed(out).write(events));
        variants.put("ical4j", Ical4jFeed::write);
        variants.put("biweekly", BiweeklyFeed::write);
        List<Event> thousand = FeedData.events(1000);
        for (Map.Entry<String, Variant> variant : variants.entrySet()) {
            Files.writeString(dir.resolve(variant.getKey() + ".ics"), feed(variant.getValue(), thousand.subList(0, 1)),
                    StandardCharsets.UTF_8);
            String feed = feed(variant.getValue(), thousand);
            System.out.printf("%-16s %,11d characters %,11d octets per 1 000 events%n", variant.getKey(),
                    feed.length(), feed.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    private static String feed(Variant variant, List<Event> events) throws Exception {
        StringWriter out = new StringWriter();
        variant.write(events, out);
        return out.toString();
    }
}
