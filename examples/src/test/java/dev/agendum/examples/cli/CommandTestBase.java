package dev.agendum.examples.cli;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import dev.agendum.model.JoinLink;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** What the tests that run the command share: a scratch directory for inputs and outputs, and generated inputs. */
abstract class CommandTestBase {

    @TempDir
    Path dir;

    /** The output directory {@code name} in the scratch directory, not made yet. */
    Path out(String name) {
        return dir.resolve(name);
    }

    /** Writes {@code content} to the input file {@code name} in the scratch directory. */
    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** How many entries {@code directory} holds; 0 when it does not exist. */
    static long filesIn(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    /** A collection of {@code count} small valid events, told apart by their ids. */
static String collection(int count) {
        return collection("event-", count);
    }

    /** A collection of {@code count} small valid events with ids {@code prefix0}, {@code prefix1}… */
static String collection(String prefix, int count) {
        Event model = Event.builder("model").title(LocalizedText.of("nl", "Lezing"))
                .zone(ZoneId.of("Europe/Amsterdam"))
                .time(LocalDateTime.parse("2021-01-15T14:00"), LocalDateTime.parse("2021-01-15T15:00"))
                .online(OnlineLocation.of(JoinLink.toFollow()))
                .revision(Revision.of(0, Instant.parse("2020-12-15T09:00:00Z"))).build();
        String event = AgendumJson.create().writeEvent(model);
        String body = event.substring(event.indexOf("\"event\": ") + 9, event.lastIndexOf('}')).strip();
        StringBuilder all = new StringBuilder("{\"format\": \"agendum/1\", \"events\": [");
        for (int i = 0; i < count; i++) {
            all.append(i == 0 ? "" : ",").append(body.replace("\"model\"", "\"" + prefix + i + "\""));
        }
        return all.append("]}").toString();
    }
}
