package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds in zones beyond Amsterdam are read with the instants the zone rules give, by ical4j and by two independent
 * parsers: a half-hour zone without daylight saving (Kolkata), a southern-hemisphere zone whose clocks move by half
 * an hour (Lord Howe), an event across Amsterdam's spring-forward night, one in New York across its autumn change,
 * and a multi-day event in Amsterdam starting in winter time and ending in summer time.
 */
@DisplayName("Time zones in feeds")
class TimeZonesTest {

    private static final List<Event> EVENTS = List.of(
            TestEvents.in("Europe/Amsterdam", "2021-03-28T01:00", "2021-03-28T04:00"),
            TestEvents.in("Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00"),
            TestEvents.in("Australia/Lord_Howe", "2021-04-04T01:00", "2021-04-04T03:00"),
            TestEvents.in("America/New_York", "2021-11-07T00:30", "2021-11-07T03:00"),
            TestEvents.in("multi-day", "Europe/Amsterdam", "2021-03-27T09:00", "2021-03-29T17:00"));

    private static final List<String[]> EXPECTED = List.of(
            new String[] {"2021-03-28T00:00:00Z", "2021-03-28T02:00:00Z"},
            new String[] {"2021-04-02T04:30:00Z", "2021-04-02T06:30:00Z"},
            new String[] {"2021-04-03T14:00:00Z", "2021-04-03T16:30:00Z"},
            new String[] {"2021-11-07T04:30:00Z", "2021-11-07T08:00:00Z"},
            new String[] {"2021-03-27T08:00:00Z", "2021-03-29T15:00:00Z"});

    @Test
    @DisplayName("formats UTC offsets as RFC 5545 does, seconds only when there are any")
    void offsets() {
        assertThat(TimeZoneWriter.offset(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("+0530");
        assertThat(TimeZoneWriter.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
        assertThat(TimeZoneWriter.offset(ZoneOffset.ofTotalSeconds(1172))).isEqualTo("+001932");
    }

    @Test
    @DisplayName("writes a fixed zone as one observance, a changing one from the standard time before the span, with each transition of the span")
    void observances() {
        String feed = FeedWriter.create().write(EVENTS);
        assertThat(feed).contains("TZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nDTSTART:19451015T000000\r\n"
                        + "TZOFFSETFROM:+0630\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
                "TZID:Australia/Lord_Howe\r\nBEGIN:STANDARD\r\nDTSTART:20200405T020000\r\nTZOFFSETFROM:+1100\r\n"
                        + "TZOFFSETTO:+1030\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:20201004T020000\r\nTZOFFSETFROM:+1030\r\n"
                        + "TZOFFSETTO:+1100\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nDTSTART:20210404T020000\r\n"
                        + "TZOFFSETFROM:+1100\r\nTZOFFSETTO:+1030\r\n");
        FeedWriterTest.assertEveryTzidDefined(feed);
        assertThat(FeedWriter.create().write(List.of(TestEvents.in("Etc/GMT-3", "2021-04-02T10:00",
                "2021-04-02T12:00")))).contains("TZID:Etc/GMT-3\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                + "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n");
    }

    @Test
    @DisplayName("ical.js and python's icalendar read the instants the zone rules give")
    void independentParsers(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("zones.ics");
        Files.writeString(feed, FeedWriter.create().write(EVENTS), StandardCharsets.UTF_8);
        assertThat(IndependentParsers.icalJs(feed))
                .extracting(IndependentParsers.Read::start, IndependentParsers.Read::end,
                        IndependentParsers.Read::zoneResolved)
                .containsExactly(EXPECTED.stream().map(e -> tuple(e[0], e[1], true))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(IndependentParsers.pythonIcalendar(feed))
                .extracting(IndependentParsers.Read::start, IndependentParsers.Read::end)
                .containsExactly(EXPECTED.stream().map(e -> tuple(e[0], e[1]))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
    }

    @Test
    @DisplayName("ical4j reads the same instants from our VTIMEZONEs")
    void ical4j() throws Exception {
        var calendar = FeedWriterTest.parse(FeedWriter.create().write(EVENTS));
        var events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        for (int i = 0; i < events.size(); i++) {
            var start = ((net.fortuna.ical4j.model.component.VEvent) events.get(i)).getDateTimeStart().getDate();
            assertThat(java.time.Instant.from(start).toString()).isEqualTo(EXPECTED.get(i)[0]);
        }
    }
}
