package dev.agendum.ical;

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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
    private static final String TAIL = "END:VCALENDAR\r\n";

    private static String vevent(String uid, String... lines) {
        StringBuilder out = new StringBuilder("BEGIN:VEVENT\r\n");
        if (!uid.isEmpty()) {
            out.append("UID:").append(uid).append("\r\n");
        }
        out.append("DTSTAMP:20210301T000000Z\r\n");
        for (String line : lines) {
            out.append(line).append("\r\n");
        }
        return out.append("END:VEVENT\r\n").toString();
    }

    private static String feed(String... vevents) {
        return HEAD + String.join("", vevents) + TAIL;
    }

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
    @DisplayName("times and zones")
    class Zones {

        @Test
        @DisplayName("a floating DTEND with a zoned DTSTART keeps the event, in the start's zone")
        void floatingEnd() {
            Event event = READER.read(feed(vevent("a", "DTSTART;TZID=Europe/Amsterdam:20210402T100000",
                    "DTEND:20210402T120000"))).events().get(0);
            assertThat(event.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
            assertThat(event.end()).isEqualTo(LocalDateTime.parse("2021-04-02T12:00"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"W. Europe Standard Time", "\"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, "
                + "Vienna\"", "/mozilla.org/20050126_1/Europe/Berlin",
                "/softwarestudio.org/Olson_20011030_5/Europe/Berlin"})
        @DisplayName("a Windows name, an Outlook label or a path-prefixed IANA name resolves to its zone")
        void aliases(String tzid) {
            FeedContent content = READER.read(feed(vevent("a", "DTSTART;TZID=" + tzid + ":20210402T100000")));
            Event event = content.events().get(0);
            assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T08:00:00Z"));
        }

        @Test
        @DisplayName("a custom TZID is resolved from the feed's own VTIMEZONE, never read as UTC")
        void ownVtimezone() {
            String vtimezone = "BEGIN:VTIMEZONE\r\nTZID:GMT +0100 (Standard) / GMT +0200 (Daylight)\r\n"
                    + "BEGIN:STANDARD\r\nDTSTART:19501029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                    + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
                    + "BEGIN:DAYLIGHT\r\nDTSTART:19500326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                    + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
            FeedContent content = READER.read(HEAD + vtimezone + vevent("a",
                    "DTSTART;TZID=\"GMT +0100 (Standard) / GMT +0200 (Daylight)\":20210402T100000") + TAIL);
            Event event = content.events().get(0);
            assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T08:00:00Z"));
            assertThat(event.endAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T08:00:00Z"));
            assertThat(content.warnings()).extracting(FeedWarning::message).singleElement().asString()
                    .contains("the zone with the offsets of its VTIMEZONE");
        }

        @Test
        @DisplayName("a TZID nothing resolves is read in the default zone, with a warning")
        void unknown() {
            FeedContent content = FeedReader.builder().defaultZone(ZoneId.of("Asia/Tokyo")).build()
                    .read(feed(vevent("a", "DTSTART;TZID=Somewhere:20210402T100000")));
            assertThat(content.events().get(0).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
            assertThat(content.warnings()).extracting(FeedWarning::message).containsExactly("TZID \"Somewhere\" is "
                    + "neither a zone Agendum knows nor defined by a VTIMEZONE it can match: read in Asia/Tokyo");
        }

        @Test
        @DisplayName("floating times are read in the feed's X-WR-TIMEZONE")
        void calendarZone() {
            FeedContent content = READER.read(HEAD + "X-WR-TIMEZONE:Europe/Amsterdam\r\n"
                    + vevent("a", "DTSTART:20210402T100000") + TAIL);
            assertThat(content.events().get(0).zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        }
    }

    @Nested
    @DisplayName("a VTIMEZONE after the events that use it")
    class LateZones {

        private static final String CUSTOM = "BEGIN:VTIMEZONE\r\nTZID:Clubtijd\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:19501029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:19500326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";

        private FeedContent corpus(String name) throws Exception {
            return READER.read(Path.of(FeedToleranceTest.class.getResource("corpus/" + name).toURI()));
        }

        @Test
        @DisplayName("a custom TZID defined only at the end of the feed is read from that VTIMEZONE, in feed order")
        void customZoneLast() throws Exception {
            FeedContent content = corpus("script-custom-zone-last.ics");
            assertThat(content.events()).extracting(e -> e.title().text(), e -> e.startAt().toInstant())
                    .containsExactly(tuple("Ledenavond februari", Instant.parse("2022-02-10T18:30:00Z")),
                            tuple("Webinar begroting", Instant.parse("2022-03-15T18:00:00Z")),
                            tuple("Zomerborrel", Instant.parse("2022-07-08T15:00:00Z")));
            assertThat(content.events().get(2).endAt().toInstant()).isEqualTo(Instant.parse("2022-07-08T18:00:00Z"));
            assertThat(content.warnings()).extracting(FeedWarning::line, w -> w.message().contains(
                    "TZID \"Verenigingstijd\" read as ") && w.message().endsWith("the zone with the offsets of its "
                    + "VTIMEZONE")).containsExactly(tuple(7, true));
        }

        @Test
        @DisplayName("a Windows zone name whose VTIMEZONE comes last resolves by its alias")
        void windowsNameLast() throws Exception {
            FeedContent content = corpus("handmade-windows-zone-last.ics");
            assertThat(content.events()).extracting(e -> e.zone(), e -> e.startAt().toInstant()).containsExactly(
                    tuple(ZoneId.of("Europe/Paris"), Instant.parse("2022-01-14T19:00:00Z")),
                    tuple(ZoneId.of("Europe/Paris"), Instant.parse("2022-06-18T12:30:00Z")));
            assertThat(content.warnings()).extracting(FeedWarning::message).containsExactly(
                    "TZID \"Romance Standard Time\" read as Europe/Paris, its known alias");
        }

        @Test
        @DisplayName("streaming holds only what waits for a VTIMEZONE: other feeds hand each event on at once")
        void streamingHoldsOnlyWhatWaits() {
            String padding = vevent("pad-1", "DTSTART:20220301T100000Z", "DESCRIPTION:" + "x".repeat(40_000))
                    + vevent("pad-2", "DTSTART:20220302T100000Z", "DESCRIPTION:" + "x".repeat(40_000));
            String waiting = feed(vevent("club", "DTSTART;TZID=Clubtijd:20220210T193000"), padding, CUSTOM);
            String known = feed(vevent("paris", "DTSTART;TZID=Romance Standard Time:20220210T193000"), padding, CUSTOM);
            assertThat(bytesReadAtFirstEvent(waiting)).as("the custom zone waits for its VTIMEZONE")
                    .isGreaterThan(waiting.indexOf("BEGIN:VTIMEZONE"));
            assertThat(bytesReadAtFirstEvent(known)).as("a known name is not held")
                    .isLessThan(known.indexOf("BEGIN:VTIMEZONE"));
        }

        private long bytesReadAtFirstEvent(String feed) {
            long[] read = {0, -1};
            InputStream in = new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    int n = super.read(b, off, Math.min(len, 1024));
                    read[0] += Math.max(n, 0);
                    return n;
                }
            };
            List<Event> events = new ArrayList<>();
            READER.read(in, event -> {
                if (events.isEmpty()) {
                    read[1] = read[0];
                }
                events.add(event);
            });
            assertThat(events).extracting(e -> e.startAt().toInstant()).first()
                    .isEqualTo(Instant.parse("2022-02-10T18:30:00Z"));
            return read[1];
        }

        @Test
        @DisplayName("events wait within the character limit of one component, then are read without it, warned")
        void bounded() {
            List<String> vevents = new ArrayList<>();
            vevents.add(vevent("club", "DTSTART;TZID=Clubtijd:20220210T193000"));
            for (int i = 0; i < 20; i++) {
                vevents.add(vevent("e" + i, "DTSTART:20220301T100000Z", "SUMMARY:" + "y".repeat(100)));
            }
            vevents.add(CUSTOM);
            FeedContent content = FeedReader.builder().maxCharacters(1_000).build()
                    .read(feed(vevents.toArray(String[]::new)));
            assertThat(content.events()).hasSize(21);
            assertThat(content.events().get(0).id()).isEqualTo("club");
            assertThat(content.events().get(0).zone()).isEqualTo(ZoneOffset.UTC);
            assertThat(content.warnings()).extracting(FeedWarning::line).isSorted();
            assertThat(content.warnings()).extracting(FeedWarning::message).anySatisfy(m -> assertThat(m)
                    .matches("\\d+ VEVENT\\(s\\) from line 4 on waited for the VTIMEZONE of TZID \"Clubtijd\", "
                            + "which has not come within 1000 characters: read without it"))
                    .anySatisfy(m -> assertThat(m).startsWith("TZID \"Clubtijd\" is neither a zone Agendum knows"));
        }

        @Test
        @DisplayName("a VTIMEZONE serves its own VCALENDAR: one in a later VCALENDAR of the file is not waited for")
        void endOfCalendar() {
            FeedContent content = READER.read(feed(vevent("club", "DTSTART;TZID=Clubtijd:20220210T193000"))
                    + feed(CUSTOM, vevent("after", "DTSTART:20220710T193000Z")));
            assertThat(content.events()).extracting(Event::id).containsExactly("club", "after");
            assertThat(content.events().get(0).zone()).isEqualTo(ZoneOffset.UTC);
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message).containsExactly(
                    tuple(7, "TZID \"Clubtijd\" is neither a zone Agendum knows nor defined by a VTIMEZONE it can "
                            + "match: read in Z"));
        }
    }

    @Nested
    @DisplayName("recurrence")
    class Recurring {

        private static final String ZONE = "DTSTART;TZID=Europe/Amsterdam:20211004T120000";

        @Test
        @DisplayName("RRULE, RDATE and EXDATE give the occurrences in the zone, across daylight saving, with stable ids")
        void expands() {
            List<Event> events = READER.read(feed(vevent("lunch", ZONE, "DTEND;TZID=Europe/Amsterdam:20211004T130000",
                    "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=Europe/Amsterdam:20211011T120000",
                    "RDATE;TZID=Europe/Amsterdam:20211225T140000", "SUMMARY:Lunch")))
                    .events();
            assertThat(events).extracting(Event::id).containsExactly("lunch-20211004T100000Z",
                    "lunch-20211018T100000Z", "lunch-20211025T100000Z", "lunch-20211101T110000Z",
                    "lunch-20211225T130000Z");
            assertThat(events).allSatisfy(e -> assertThat(java.time.Duration.between(e.start(), e.end()))
                    .isEqualTo(java.time.Duration.ofHours(1)));
            assertThat(events.get(3).start()).as("the local time kept after the change to winter time")
                    .isEqualTo(LocalDateTime.parse("2021-11-01T12:00"));
        }

        @Test
        @DisplayName("a cancelled override cancels its occurrence")
        void cancelled() {
            List<Event> events = READER.read(feed(vevent("lunch", ZONE, "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Lunch"),
                    vevent("lunch", "RECURRENCE-ID;TZID=Europe/Amsterdam:20211011T120000", ZONE.replace("04T", "11T"),
                            "STATUS:CANCELLED", "SUMMARY:Lunch"))).events();
            assertThat(events).extracting(Event::status).containsExactly(dev.agendum.model.EventStatus.SCHEDULED,
                    dev.agendum.model.EventStatus.CANCELLED, dev.agendum.model.EventStatus.SCHEDULED);
        }

        @Test
        @DisplayName("by default the first 366 days of a series, at most the maximum, with a warning beyond it")
        void bounded() {
            String daily = feed(vevent("daily", ZONE, "RRULE:FREQ=DAILY", "SUMMARY:Elke dag"));
            assertThat(READER.read(daily).events()).hasSize(366);
            FeedContent capped = FeedReader.builder().maxOccurrences(10).build().read(daily);
            assertThat(capped.events()).hasSize(10);
            assertThat(capped.warnings()).extracting(FeedWarning::message).containsExactly(
                    "the series has more than 10 occurrences in the window: the first 10 are read");
        }

        @Test
        @DisplayName("the caller's window chooses the occurrences")
        void window() {
            String daily = feed(vevent("daily", ZONE, "RRULE:FREQ=DAILY", "SUMMARY:Elke dag"));
            List<Event> events = FeedReader.builder().recurrenceWindow(Instant.parse("2022-03-01T00:00:00Z"),
                    Instant.parse("2022-03-03T00:00:00Z")).build().read(daily).events();
            assertThat(events).extracting(Event::id).containsExactly("daily-20220301T110000Z",
                    "daily-20220302T110000Z");
        }

        @Test
        @DisplayName("an RRULE that cannot be computed keeps the first occurrence, with a warning and its line")
        void unreadable() {
            FeedContent content = READER.read(feed(vevent("odd", ZONE, "RRULE:FREQ=SOMETIMES", "SUMMARY:Soms")));
            assertThat(content.events()).hasSize(1);
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message).containsExactly(
                    tuple(8, "RRULE \"FREQ=SOMETIMES\" skipped: ical4j cannot compute it"));
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
