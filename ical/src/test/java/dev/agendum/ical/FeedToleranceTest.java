package dev.agendum.ical;

import static dev.agendum.ical.ToleranceFeeds.HEAD;
import static dev.agendum.ical.ToleranceFeeds.TAIL;
import static dev.agendum.ical.ToleranceFeeds.feed;
import static dev.agendum.ical.ToleranceFeeds.vevent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Event;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader does with feeds as real clients write them: the rules of "tolerance without silence". */
@DisplayName("FeedReader tolerance")
class FeedToleranceTest {

    private static final FeedReader READER = FeedReader.create();

    @Nested
    @DisplayName("line ends and folds")
    class LineEnds {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"\n", "\r", "\r\n"})
        @DisplayName("Agendum's own feed reads back equal with LF, CR or CRLF line ends")
        void ownFeedAnyLineEnd(String end) {
            Event complete = TestEvents.complete();
            String feed = FeedWriter.create().write(List.of(complete)).replace("\r\n", end);
            assertThat(READER.read(feed).events()).containsExactly(TestEvents.completePublished());
        }

        @Test
        @DisplayName("mixed line ends, and folds with a space or a tab anywhere, even inside a word")
        void mixed() {
            String feed = "BEGIN:VCALENDAR\nVERSION:2.0\r\nBEGIN:VEVENT\rUID:a\r\nDTSTAMP:20210301T000000Z\n"
                    + "DTSTART:20210402T08\n 0000Z\r\nSUMMARY:Sam\r\n\tenwerken\n  online\rEND:VEVENT\nEND:VCALENDAR";
            Event event = READER.read(feed).events().get(0);
            assertThat(event.title().text()).isEqualTo("Samenwerken online");
            assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T08:00:00Z"));
        }

        @Test
        @DisplayName("a fold inside a UTF-8 character is restored, and lines keep counting the file's lines")
        void foldInsideCharacter() {
            byte[] e = "é".getBytes(StandardCharsets.UTF_8);
            byte[] head = (HEAD + "BEGIN:VEVENT\nUID:a\nDTSTART:20210402T080000Z\nSUMMARY:caf").getBytes(
                    StandardCharsets.UTF_8);
            byte[] tail = "\nX-UNKNOWN:1\nEND:VEVENT\nEND:VCALENDAR\n".getBytes(StandardCharsets.UTF_8);
            byte[] feed = new byte[head.length + 4 + tail.length];
            System.arraycopy(head, 0, feed, 0, head.length);
            feed[head.length] = e[0];
            feed[head.length + 1] = '\r';
            feed[head.length + 2] = ' ';
            feed[head.length + 3] = e[1];
            System.arraycopy(tail, 0, feed, head.length + 4, tail.length);
            FeedContent content = READER.read(new ByteArrayInputStream(
                    new String(feed, StandardCharsets.ISO_8859_1).replace("\r ", "\r\n ")
                            .getBytes(StandardCharsets.ISO_8859_1)));
            assertThat(content.events().get(0).title().text()).isEqualTo("café");
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message)
                    .contains(tuple(9, "X-UNKNOWN skipped"));
        }
    }


    @Nested
    @DisplayName("text that is not UTF-8 or Unicode")
    class Encoding {

        private final byte[] invalid = (HEAD + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:caf\u00e9\r\nEND:VEVENT\r\n" + TAIL)
                .getBytes(StandardCharsets.ISO_8859_1);

        @Test
        @DisplayName("invalid UTF-8 bytes are a FeedReadException with their line, from a stream or a file")
        void invalidBytes(@TempDir Path folder) throws Exception {
            assertThatExceptionOfType(FeedReadException.class)
                    .isThrownBy(() -> READER.read(new ByteArrayInputStream(invalid)))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(6))
                    .withMessageContaining("not valid UTF-8");
            Path file = Files.write(folder.resolve("latin1.ics"), invalid);
            assertThatExceptionOfType(FeedReadException.class).isThrownBy(() -> READER.read(file))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(6));
        }

        @Test
        @DisplayName("an unpaired surrogate in text is a FeedReadException with its line, from a String or a Reader")
        void unpairedSurrogate() {
            String feed = feed(vevent("a", "DTSTART:20210402T080000Z", "SUMMARY:broken \uD83C here"));
            assertThatExceptionOfType(FeedReadException.class).isThrownBy(() -> READER.read(feed))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(8)).withMessageContaining("unpaired surrogate");
            assertThatExceptionOfType(FeedReadException.class)
                    .isThrownBy(() -> READER.read(new StringReader(feed)));
        }

        @Test
        @DisplayName("characters beyond the BMP and a byte-order mark are read as they are")
        void supplementary() {
            String feed = "\uFEFF" + feed(vevent("a", "DTSTART:20210402T080000Z", "SUMMARY:🎉 feest"));
            assertThat(READER.read(feed).events().get(0).title().text()).isEqualTo("🎉 feest");
            assertThat(READER.read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8))).events().get(0)
                    .title().text()).isEqualTo("🎉 feest");
        }
    }


    @Nested
    @DisplayName("what does not hold together")
    class Malformed {

        @Test
        @DisplayName("a malformed content line is skipped with a warning and its line, never the feed")
        void malformedLine() {
            FeedContent content = READER.read(feed(vevent("a", "DTSTART:20210402T080000Z", "this is no property",
                    "SUMMARY:Kept"), vevent("b", "DTSTART:20210403T080000Z", "SUMMARY:Also kept")));
            assertThat(content.events()).extracting(e -> e.title().text()).containsExactly("Kept", "Also kept");
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message)
                    .containsExactly(tuple(8, "malformed content line skipped: \"this is no property\""));
        }

        @Test
        @DisplayName("a property that cannot be read is skipped with a warning; the event is kept")
        void unreadableProperty() {
            FeedContent content = READER.read(feed(vevent("a", "DTSTART:20210402T080000Z", "DTEND:2021-04-02",
                    "URL:not a uri", "SEQUENCE:two", "SUMMARY:Kept")));
            assertThat(content.events()).singleElement().satisfies(e -> {
                assertThat(e.end()).isEqualTo(e.start());
                assertThat(e.links()).isEmpty();
            });
            assertThat(content.warnings()).extracting(FeedWarning::line).containsExactly(8, 9, 10);
        }

        @Test
        @DisplayName("an END that closes nothing is skipped; one that closes an outer component closes the inner")
        void structure() {
            FeedContent content = READER.read(HEAD + "END:VTODO\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20210402T080000Z\r\n"
                    + "BEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VEVENT\r\n" + TAIL);
            assertThat(content.events()).hasSize(1);
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message).contains(
                    tuple(4, "END:VTODO without its BEGIN skipped"),
                    tuple(10, "END:VEVENT closes VALARM of line 8, which was not closed"));
        }

        @Test
        @DisplayName("a VEVENT cut off by the end of the feed is skipped with a warning")
        void truncated() {
            FeedContent content = READER.read(HEAD + vevent("a", "DTSTART:20210402T080000Z")
                    + "BEGIN:VEVENT\r\nUID:b\r\n");
            assertThat(content.events()).extracting(Event::id).containsExactly("a");
            assertThat(content.warnings()).extracting(FeedWarning::message)
                    .containsExactly("VEVENT is not closed before the end of the feed: skipped");
        }
    }


    @Nested
    @DisplayName("identity")
    class Identity {

        @Test
        @DisplayName("an event without UID gets a stable id derived from its content, with a warning")
        void noUid() {
            String feed = feed(vevent("", "DTSTART:20210402T080000Z", "SUMMARY:Zonder UID"));
            FeedContent first = READER.read(feed);
            assertThat(first.events()).singleElement().satisfies(e -> assertThat(e.id()).matches("event-[0-9a-f]{16}"));
            assertThat(READER.read(feed).events().get(0).id()).isEqualTo(first.events().get(0).id());
            assertThat(first.warnings()).extracting(FeedWarning::message).singleElement().asString()
                    .startsWith("no UID: read as event event-");
        }

        @Test
        @DisplayName("duplicate UIDs stay separate events, with a warning naming the first")
        void duplicates() {
            FeedContent content = READER.read(feed(vevent("same", "DTSTART:20210402T080000Z", "SUMMARY:Een"),
                    vevent("same", "DTSTART:20210403T080000Z", "SUMMARY:Twee")));
            assertThat(content.events()).extracting(Event::id, e -> e.title().text())
                    .containsExactly(tuple("same", "Een"), tuple("same-2", "Twee"));
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message).containsExactly(
                    tuple(10, "UID \"same\" already read for the VEVENT of line 4: read as a separate event same-2"));
        }

        @Test
        @DisplayName("a RECURRENCE-ID override replaces exactly its occurrence, not its series")
        void override() {
            FeedContent content = READER.read(feed(vevent("series", "RECURRENCE-ID:20210409T080000Z",
                            "DTSTART:20210409T100000Z", "SUMMARY:Verplaatst"),
                    vevent("series", "DTSTART:20210402T080000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Serie")));
            assertThat(content.events()).extracting(Event::id, e -> e.title().text()).containsExactly(
                    tuple("series-20210402T080000Z", "Serie"), tuple("series-20210409T080000Z", "Verplaatst"),
                    tuple("series-20210416T080000Z", "Serie"));
            assertThat(content.warnings()).isEmpty();
        }
    }


    @Nested
    @DisplayName("warnings")
    class Warnings {

        @Test
        @DisplayName("unknown components and properties are listed, in line order")
        void unknownInLineOrder() {
            FeedContent content = READER.read(HEAD + "X-CUSTOM:1\r\nBEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\n"
                    + vevent("a", "DTSTART:20210402T100000Z", "X-FOO:bar", "GEO:1;2") + TAIL);
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message).containsExactly(
                    tuple(4, "calendar property X-CUSTOM skipped"), tuple(5, "VTODO component skipped"),
                    tuple(12, "X-FOO skipped"), tuple(13, "GEO skipped"));
        }
    }


    @Nested
    @DisplayName("Agendum's own feeds")
    class Own {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"own/format-1.ics", "own/format-2.ics", "own/format-2-with-items.ics"})
        @DisplayName("a feed written by an earlier version, committed as it was, still reads back equal")
        void committed(String name) throws Exception {
            try (InputStream in = getClass().getResourceAsStream(name)) {
                assertThat(READER.read(in).events()).containsExactly(TestEvents.complete());
            }
        }

        @Test
        @DisplayName("a streaming read hands on the same events, in order, items attached, keeping none")
        void streaming() {
            List<Event> written = List.of(TestEvents.complete(), TestEvents.hybrid(), TestEvents.allDay());
            String feed = FeedWriter.builder().withItems(true).build().write(written);
            List<Event> handed = new ArrayList<>();
            List<FeedWarning> warnings = READER.read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)),
                    handed::add);
            // The feed publishes no participant's own address (privacy by default): that is what comes back.
            assertThat(handed).containsExactly(TestEvents.completePublished(), TestEvents.hybridPublished(),
                    TestEvents.allDay());
            assertThat(warnings).isEmpty();
            String foreign = FeedWriter.builder().withItems(true).lossless(false).build().write(written);
            List<Event> items = new ArrayList<>();
            READER.read(new ByteArrayInputStream(foreign.getBytes(StandardCharsets.UTF_8)), items::add);
            assertThat(items).isEqualTo(READER.read(foreign).events());
        }

        @Test
        @DisplayName("the default limits read a feed of 3 000 of Agendum's own lossless events (they bound one event)")
        void manyEvents() {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                events.add(TestEvents.complete().toBuilder().build());
            }
            String feed = FeedWriter.create().write(events.subList(0, 1));
            String vevent = feed.substring(feed.indexOf("BEGIN:VEVENT"), feed.indexOf("END:VCALENDAR"));
            StringBuilder big = new StringBuilder(feed.substring(0, feed.indexOf("BEGIN:VEVENT")));
            for (int i = 0; i < 3_000; i++) {
                big.append(vevent.replace("UID:complete-2021-04-02@", "UID:complete-" + i + "@"));
            }
            big.append(TAIL);
            assertThat(big.length()).isGreaterThan(FeedReader.DEFAULT_MAX_CHARACTERS);
            FeedContent content = READER.read(big.toString());
            assertThat(content.events()).hasSize(3_000);
            assertThat(content.warnings()).isEmpty();
        }
    }
}
