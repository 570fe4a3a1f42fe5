package dev.agendum.examples.bench;

import dev.agendum.json.AgendumJson;
import dev.agendum.json.EventStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code N} generated events ({@link FeedData}) as one canonical collection, event by event: the input of
 * {@code bench/convert-heap.sh}. Usage: {@code ConvertInput N FILE}.
 */
public final class ConvertInput {

    private ConvertInput() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])));
             EventStreamWriter out = AgendumJson.builder().buildStreams().write(file)) {
            FeedData.generated(count).forEach(out::write);
        }
    }
}
