package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Event;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds of the test fixtures, byte for byte equal to golden files a person has read, and read back equal to the
 * fixtures. After a deliberate change regenerate them with
 * {@code mvn -pl ical test -Dtest=GoldenFilesTest -Dagendum.regenerate=true}, and read the difference.
 */
@DisplayName("Golden feeds")
class GoldenFilesTest {

    static Stream<Arguments> feeds() {
        return Stream.of(
                Arguments.of("complete.ics", FeedWriter.create(), List.of(TestEvents.complete())),
                Arguments.of("complete-with-items.ics", FeedWriter.builder().calendarName("Bestuurskunde")
                        .withItems(true).build(), List.of(TestEvents.complete())),
                Arguments.of("zones.ics", FeedWriter.create(), List.of(
                        TestEvents.in("Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00"),
                        TestEvents.in("Australia/Lord_Howe", "2021-04-04T01:00", "2021-04-04T03:00"),
                        TestEvents.allDay())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feeds")
    @DisplayName("equals its golden file and reads back equal to what it publishes")
    void golden(String name, FeedWriter writer, List<Event> events) throws Exception {
        String feed = writer.write(events);
        if (Boolean.getBoolean("agendum.regenerate")) {
            Files.writeString(Path.of("src/test/resources/dev/agendum/ical/golden", name), feed,
                    StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream("golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            assertThat(feed).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        FeedAssertions.assertLinesWithin75Octets(feed);
        FeedWriterTest.assertEveryTzidDefined(feed);
        assertThat(FeedWriterTest.parse(feed).getComponents("VEVENT")).isNotEmpty();
        assertThat(FeedReader.create().read(feed).events()).containsExactlyElementsOf(events.stream()
                .map(e -> e.id().equals("complete-2021-04-02") ? TestEvents.completePublished() : e).toList());
    }
}
