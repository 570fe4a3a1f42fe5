package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Canonical format round trip")
class RoundTripTest {

    private static final AgendumJson JSON = AgendumJson.create();

    static Stream<Event> events() {
        return Stream.of(TestEvents.everyField(), TestEvents.allDay(), TestEvents.minimal());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("events")
    @DisplayName("read(write(event)) equals the event")
    void readingWhatWasWrittenGivesTheSameEvent(Event event) {
        assertThat(JSON.readEvent(JSON.writeEvent(event))).isEqualTo(event);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("events")
    @DisplayName("write(read(json)) reproduces the same bytes, indented and compact")
    void writingWhatWasReadGivesTheSameBytes(Event event) {
        AgendumJson compact = AgendumJson.builder().indent(false).build();
        for (AgendumJson json : List.of(JSON, compact)) {
            String written = json.writeEvent(event);
            assertThat(json.writeEvent(json.readEvent(written))).isEqualTo(written);
        }
    }

    @Test
    @DisplayName("the every-field fixture is valid, so that it also exercises a validating read")
    void theEveryFieldEventIsValid() {
        assertThat(EventValidator.create().validate(TestEvents.everyField(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    @DisplayName("a collection round-trips in order, through a stream and through a file")
    void collectionsRoundTripThroughStreamsAndFiles(@TempDir Path dir) {
        List<Event> events = events().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeEvents(events, out);
        assertThat(JSON.readEvents(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(events);
        Path file = dir.resolve("events.json");
        JSON.writeEvents(events, file);
        assertThat(JSON.readEvents(file)).isEqualTo(events);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeEvents(events));
    }

    @Test
    @DisplayName("a single event round-trips through a file, and reads as a collection of one")
    void singleEventThroughAFile(@TempDir Path dir) {
        Path file = dir.resolve("event.json");
        JSON.writeEvent(TestEvents.everyField(), file);
        assertThat(JSON.readEvent(file)).isEqualTo(TestEvents.everyField());
        assertThat(JSON.readEvents(file)).containsExactly(TestEvents.everyField());
    }

    @Test
    @DisplayName("the sample document in the test resources reads and is written back byte for byte")
    void sampleDocumentIsCanonical() throws IOException {
        String sample = resource("/dev/agendum/json/every-field.json");
        assertThat(JSON.readEvent(sample)).isEqualTo(TestEvents.everyField());
        assertThat(JSON.writeEvent(TestEvents.everyField())).isEqualTo(sample);
    }

    @Test
    @DisplayName("reading leaves the caller's stream open")
    void readingDoesNotCloseTheStream() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(JSON.writeEvent(TestEvents.minimal()).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JSON.readEvent(in);
        assertThat(closed[0]).isFalse();
    }

    @Test
    @DisplayName("one instance serves many threads at once")
    void threadSafe() {
        List<Event> events = events().toList();
        String expected = JSON.writeEvents(events);
        assertThat(java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> JSON.writeEvents(JSON.readEvents(expected))).distinct().toList())
                .containsExactly(expected);
    }

    @Test
    @DisplayName("a file that cannot be read is an I/O failure, not a document problem")
    void missingFile(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.readEvent(dir.resolve("missing.json")))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RoundTripTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Regenerates the sample document; run by hand after a deliberate format change. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), JSON.writeEvent(TestEvents.everyField()));
    }
}
