package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.ical.IndependentParsers.Read;
import dev.agendum.model.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A corpus of zones that break VTIMEZONEs written carelessly, one event in each so that each VTIMEZONE covers that
 * event alone: single summer events in both hemispheres (a zone whose only observance in the span is DAYLIGHT),
 * 30- and 45-minute offsets, Pacific/Apia after it skipped 30 December 2011 (two DAYLIGHT observances in a row),
 * Dublin (whose tzdb rules call winter the daylight-saving time) and a zone that abolished summer time. Every
 * VTIMEZONE starts with a STANDARD observance, and ical4j, ical.js, python's icalendar (also through
 * {@code Timezone.to_tz()}), vobject and libical read the instants {@code java.time} gives.
 */
@DisplayName("The zone corpus, read by five parsers")
class ZoneCorpusTest {

    static final List<Event> CORPUS = List.of(
            TestEvents.in("amsterdam-summer", "Europe/Amsterdam", "2021-07-01T10:00", "2021-07-01T12:00"),
            TestEvents.in("new-york-summer", "America/New_York", "2021-07-04T19:00", "2021-07-04T21:30"),
            TestEvents.in("sydney-summer", "Australia/Sydney", "2021-01-15T09:00", "2021-01-15T17:00"),
            TestEvents.in("adelaide-summer", "Australia/Adelaide", "2021-01-15T09:00", "2021-01-15T10:30"),
            TestEvents.in("darwin", "Australia/Darwin", "2021-04-04T09:00", "2021-04-04T10:00"),
            TestEvents.in("lord-howe-across", "Australia/Lord_Howe", "2021-04-04T01:00", "2021-04-04T03:00"),
            TestEvents.in("chatham-summer", "Pacific/Chatham", "2021-02-01T08:00", "2021-02-01T09:00"),
            TestEvents.in("santiago-summer", "America/Santiago", "2021-01-20T18:00", "2021-01-20T20:00"),
            TestEvents.in("kolkata", "Asia/Kolkata", "2021-07-01T10:00", "2021-07-01T12:00"),
            TestEvents.in("kathmandu", "Asia/Kathmandu", "2021-07-01T10:00", "2021-07-01T12:00"),
            TestEvents.in("st-johns-summer", "America/St_Johns", "2021-08-01T10:00", "2021-08-01T11:00"),
            TestEvents.in("apia-after-the-skip", "Pacific/Apia", "2012-01-10T10:00", "2012-01-10T12:00"),
            TestEvents.in("apia-summer-2021", "Pacific/Apia", "2021-02-01T10:00", "2021-02-01T12:00"),
            TestEvents.in("dublin-summer", "Europe/Dublin", "2021-07-01T10:00", "2021-07-01T12:00"),
            TestEvents.in("sao-paulo-no-dst", "America/Sao_Paulo", "2021-01-15T10:00", "2021-01-15T12:00"));

    private static final Pattern VTIMEZONE = Pattern.compile("BEGIN:VTIMEZONE\r\nTZID:([^\r]+)\r\nBEGIN:(\\w+)\r\n");

    private static String text;
    private static Path feed;

    @BeforeAll
    static void writeFeed() throws Exception {
        // Apia appears twice: its VTIMEZONE covers both, from 2012 to 2021.
        text = FeedWriter.create().write(CORPUS);
        Path dir = Files.createDirectories(Path.of("target", "independent-parsers"));
        feed = Files.writeString(dir.resolve("zone-corpus.ics"), text, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("every VTIMEZONE begins with the STANDARD observance in force before its first instant")
    void standardFirst() {
        Matcher zones = VTIMEZONE.matcher(text);
        int count = 0;
        while (zones.find()) {
            assertThat(zones.group(2)).as(zones.group(1)).isEqualTo("STANDARD");
            count++;
        }
        assertThat(count).isEqualTo(CORPUS.size() - 1);
    }

    @Test
    @DisplayName("ical4j reads the instants java.time gives")
    void ical4j() throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new java.io.StringReader(text))
                .getComponents(Component.VEVENT);
        assertThat(events).hasSize(CORPUS.size());
        for (int i = 0; i < events.size(); i++) {
            Object start = events.get(i).getDateTimeStart().getDate();
            assertThat(java.time.Instant.from((java.time.temporal.TemporalAccessor) start))
                    .as(CORPUS.get(i).id()).isEqualTo(CORPUS.get(i).startAt().toInstant());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(IndependentParsers.Parser.class)
    @DisplayName("each independent parser reads the instants java.time gives (python icalendar: zones by to_tz())")
    void independentParser(IndependentParsers.Parser parser) throws Exception {
        assertInstants(parser.read(feed));
    }

    private static void assertInstants(List<Read> read) {
        assertThat(read).hasSize(CORPUS.size());
        for (int i = 0; i < read.size(); i++) {
            Event event = CORPUS.get(i);
            assertThat(read.get(i).uid()).isEqualTo(event.id() + "@agendum.dev");
            assertThat(read.get(i).start()).as("start of %s", event.id())
                    .isEqualTo(event.startAt().toInstant().toString());
            assertThat(read.get(i).end()).as("end of %s", event.id()).isEqualTo(event.endAt().toInstant().toString());
            assertThat(read.get(i).zoneResolved()).as("zone of %s", event.id()).isTrue();
        }
    }
}
