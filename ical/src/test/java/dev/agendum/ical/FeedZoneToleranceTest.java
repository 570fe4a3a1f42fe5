package dev.agendum.ical;

import static dev.agendum.ical.ToleranceFeeds.HEAD;
import static dev.agendum.ical.ToleranceFeeds.TAIL;
import static dev.agendum.ical.ToleranceFeeds.feed;
import static dev.agendum.ical.ToleranceFeeds.vevent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Event;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the reader places times in zones as real clients name them, and zones defined after the events using them. */
@DisplayName("FeedReader tolerance: times and zones")
class FeedZoneToleranceTest {

    private static final FeedReader READER = FeedReader.create();

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
            return READER.read(Path.of(FeedZoneToleranceTest.class.getResource("corpus/" + name).toURI()));
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
}
