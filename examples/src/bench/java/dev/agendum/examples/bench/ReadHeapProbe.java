package dev.agendum.examples.bench;

import biweekly.Biweekly;
import dev.agendum.ical.FeedReader;
import dev.agendum.ical.FeedWarning;
import dev.agendum.ical.FeedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a feed of N events from a file with the named reader, for {@code bench/read-heap.sh}, which runs it under a
 * given {@code -Xmx}. {@code write FILE N} first writes the feed (Agendum's default lossless feed of
 * {@link FeedData#generated generated} events, never held); {@code agendum FILE} streams it with
 * {@link FeedReader#read(Path, java.util.function.Consumer)}, keeping no event; {@code agendum-list FILE} reads it
 * into one {@code FeedContent}; {@code biweekly FILE} parses it into biweekly's tree.
 */
public final class ReadHeapProbe {

    private ReadHeapProbe() {
    }

    /** Writes or reads the feed, or fails with OutOfMemoryError. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "write" -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    FeedWriter.create().write(FeedData.generated(Integer.parseInt(args[2])), out);
                }
            }
            case "agendum" -> {
                long[] count = {0};
                List<FeedWarning> warnings = FeedReader.create().read(file, event -> count[0]++);
                System.out.println(count[0] + " events, " + warnings.size() + " warnings");
            }
            case "agendum-list" -> System.out.println(FeedReader.create().read(file).events().size() + " events");
            case "biweekly" -> System.out.println(Biweekly.parse(file.toFile()).first().getEvents().size()
                    + " events");
            default -> throw new IllegalArgumentException("write, agendum, agendum-list or biweekly");
        }
    }
}
