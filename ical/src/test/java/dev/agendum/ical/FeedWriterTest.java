package dev.agendum.ical;

import static dev.agendum.ical.FeedAssertions.assertLinesWithin75Octets;
import static dev.agendum.ical.FeedAssertions.unfold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.agendum.model.Event;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("FeedWriter")
class FeedWriterTest {

    private static final FeedWriter FEED = FeedWriter.create();
    private static final FeedWriter WITH_ITEMS = FeedWriter.builder().withItems(true).build();

    private static String feed(Event... events) {
        return FEED.write(List.of(events));
    }

    /** Parses a feed with ical4j, the cross-check every feed must pass. */
    static Calendar parse(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    @Test
    @DisplayName("writes the calendar properties: METHOD:PUBLISH, names, refresh interval with VALUE=DURATION")
    void calendarProperties() {
        String feed = FeedWriter.builder().calendarName("Bestuurskunde").refreshInterval(Duration.ofHours(6)).build()
                .write(List.of(TestEvents.hybrid()));
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Agendum//Agendum 0.1//EN\r\n")
                .contains("\r\nCALSCALE:GREGORIAN\r\n", "\r\nMETHOD:PUBLISH\r\n", "\r\nNAME:Bestuurskunde\r\n",
                        "\r\nX-WR-CALNAME:Bestuurskunde\r\n", "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n",
                        "\r\nX-PUBLISHED-TTL:PT6H\r\n")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    @DisplayName("is byte-for-byte deterministic, with DTSTAMP and SEQUENCE from the revision, not the clock")
    void deterministic() {
        String first = feed(TestEvents.hybrid());
        assertThat(feed(TestEvents.hybrid())).isEqualTo(first);
        assertThat(first).contains("\r\nDTSTAMP:20210320T083000Z\r\n", "\r\nSEQUENCE:3\r\n",
                "\r\nUID:hybrid-2021-04-02@agendum.dev\r\n");
    }

    @Test
    @DisplayName("writes local times with the event's TZID and a VTIMEZONE whose TZID is the same")
    void timeZoneMatches() {
        String feed = feed(TestEvents.hybrid());
        assertThat(feed).contains("DTSTART;TZID=Europe/Amsterdam:20210402T100000\r\n",
                "DTEND;TZID=Europe/Amsterdam:20210402T120000\r\n", "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n")
                .doesNotContain("Europe/Brussels");
        assertEveryTzidDefined(feed);
    }

    @Test
    @DisplayName("writes an all-day event as dates, the end exclusive")
    void allDay() {
        assertThat(feed(TestEvents.allDay())).contains("DTSTART;VALUE=DATE:20210402\r\n",
                "DTEND;VALUE=DATE:20210404\r\n").doesNotContain("BEGIN:VTIMEZONE");
    }

    @Test
    @DisplayName("writes the event's properties: summary, description, location, URL, organizer, contact, status")
    void eventProperties() {
        String feed = unfold(feed(TestEvents.hybrid()));
        assertThat(feed).contains("SUMMARY;LANGUAGE=nl:Samenwerken als één overheid\r\n",
                "LOCATION;LANGUAGE=nl:Zaal 1\\, Lange Voorhout 1\\, 2514 EA Den Haag\\, NL\\; Online (Zoom)\r\n",
                "URL;VALUE=URI:https://www.bestuurskunde.nl/agenda\r\n",
                "ORGANIZER;CN=\"Vereniging voor Bestuurskunde\":mailto:info@bestuurskunde.nl\r\n",
                "CONTACT;LANGUAGE=nl:Vereniging voor Bestuurskunde\\, info@bestuurskunde.nl (informatie)\r\n",
                "STATUS:CONFIRMED\r\n", "CATEGORIES;LANGUAGE=nl:bijeenkomst,bestuur\\, samenwerking\r\n",
                "IMAGE;VALUE=URI;DISPLAY=BADGE:https://www.bestuurskunde.nl/beeld.jpg\r\n");
    }

    @Test
    @DisplayName("writes CONFERENCE with VALUE=URI, an unquoted FEATURE list and LABEL for a known join link")
    void conference() {
        assertThat(unfold(feed(TestEvents.hybrid()))).contains(
                "CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO,CHAT;LABEL=Zoom:https://zoom.example/j/123?pwd=x\r\n");
        assertThat(feed(TestEvents.in("Europe/Amsterdam", "2021-01-15T14:00", "2021-01-15T15:00")))
                .doesNotContain("CONFERENCE").contains("link volgt");
    }

    @Test
    @DisplayName("lists the programme and the people readably in DESCRIPTION, in the event's language")
    void description() {
        String feed = unfold(feed(TestEvents.hybrid()));
        assertThat(feed).contains("\\n\\nProgramma:\\n10.00–10.45 Aftrap\\n10.45–12.00 Paneldiscussie — "
                + "Peggy Hurkmans (gespreksleider panel)\\, Martijn van der Steen (panellid\\, Adj-directeur\\, NSOB\\; "
                + "Hoogleraar\\, EUR)\\n11.30–12.00 Vragen uit de chat\\n12.00 Afsluiting");
        assertThat(unfold(FeedWriter.builder().language(Locale.ENGLISH).build().write(List.of(TestEvents.hybrid()))))
                .contains("\\n\\nProgramme:\\n10.00–10.45 Aftrap");
    }

    @Test
    @DisplayName("writes one PARTICIPANT per participation, with type, a readable summary, and the address if published")
    void participants() {
        String feed = unfold(feed(TestEvents.hybrid()));
        assertThat(feed.split("BEGIN:PARTICIPANT", -1)).hasSize(4);
        assertThat(feed).doesNotContain("CALENDAR-ADDRESS", "steen@nsob.example");
        assertThat(unfold(FeedWriter.builder().publishPersonalDetails(true).build().write(List.of(TestEvents.hybrid()))))
                .contains("PARTICIPANT-TYPE:X-PANELLIST\r\nCALENDAR-ADDRESS:mailto:steen@nsob.example\r\n");
        assertThat(feed).contains("PARTICIPANT-TYPE:X-CHAIR\r\n", "PARTICIPANT-TYPE:X-PANEL-LEADER\r\n",
                "X-AGENDUM-PARTICIPATION:person=martijn-van-der-steen&role=panellist&item=panel\r\n"
                        + "X-AGENDUM-AFFILIATION:position=nl:Adj-directeur&organisation=nl:NSOB\r\n"
                        + "X-AGENDUM-AFFILIATION:position=nl:Hoogleraar&organisation=nl:EUR\r\nEND:PARTICIPANT\r\n");
        assertThat(ParticipantMapper.participantType(dev.agendum.model.RoleType.SPEAKER)).isEqualTo("SPEAKER");
        assertThat(ParticipantMapper.participantType(dev.agendum.model.RoleType.SPOKESPERSON))
                .isEqualTo("PUBLICITY-CONTACT");
    }

    @Nested
    @DisplayName("with programme items")
    class WithItems {

        @Test
        @DisplayName("writes each item as its own VEVENT related to its event, a point in time without DTEND")
        void items() {
            String feed = unfold(WITH_ITEMS.write(List.of(TestEvents.hybrid())));
            assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize(6);
            assertThat(feed).contains("UID:panel.hybrid-2021-04-02@agendum.dev\r\n",
                    "RELATED-TO;RELTYPE=PARENT:hybrid-2021-04-02@agendum.dev\r\n",
                    "UID:afsluiting.hybrid-2021-04-02@agendum.dev\r\nDTSTAMP:20210320T083000Z\r\nSEQUENCE:3\r\n"
                            + "DTSTART;TZID=Europe/Amsterdam:20210402T120000\r\nSUMMARY");
        }

        @Test
        @DisplayName("is parsed back by ical4j with every VEVENT")
        void parsedByIcal4j() throws Exception {
            Calendar calendar = parse(WITH_ITEMS.write(List.of(TestEvents.hybrid(), TestEvents.allDay())));
            assertThat(calendar.getComponents(Component.VEVENT)).hasSize(6);
        }
    }

    @Nested
    @DisplayName("the traps measured on ical4j 4.4.0")
    class Traps {

        @Test
        @DisplayName("folds at 75 octets, not 75 characters")
        void octetFolding() {
            Event accented = TestEvents.hybrid().toBuilder().title(TestEvents.nl("één ".repeat(100).strip())).build();
            assertLinesWithin75Octets(feed(accented));
        }

        @Test
        @DisplayName("never writes DTEND before DTSTART, and writes no DTEND for a point in time")
        void endAfterStart() throws Exception {
            Calendar calendar = parse(WITH_ITEMS.write(List.of(TestEvents.hybrid())));
            for (Component event : calendar.getComponents(Component.VEVENT)) {
                event.getProperty("DTEND").ifPresent(end -> assertThat(end.getValue())
                        .isGreaterThan(event.getProperty("DTSTART").orElseThrow().getValue()));
            }
        }

        @Test
        @DisplayName("a VTIMEZONE for each zone, a few lines long instead of a century of history")
        void shortTimeZones() {
            String feed = feed(TestEvents.hybrid(), TestEvents.in("Asia/Kolkata", "2021-04-02T10:00",
                    "2021-04-02T12:00"));
            assertEveryTzidDefined(feed);
            int from = feed.indexOf("TZID:Europe/Amsterdam");
            String amsterdam = feed.substring(from, feed.indexOf("END:VTIMEZONE", from));
            assertThat(amsterdam.split("\r\n")).hasSizeLessThan(12);
        }
    }

    @Test
    @DisplayName("refuses a control character that validation would have reported, a lone CR too, naming the property")
    void refusesControlCharacters() {
        Event bad = TestEvents.hybrid().toBuilder().title(TestEvents.nl("Titel\rBEGIN:VEVENT")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> feed(bad)).withMessageContaining("SUMMARY");
        Event nul = TestEvents.hybrid().toBuilder().description(TestEvents.nl("a\u0000b")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> feed(nul)).withMessageContaining("DESCRIPTION");
    }

    @Test
    @DisplayName("refuses CRLF then BEGIN:VEVENT in a title, and writes LF then BEGIN:VEVENT as an escaped line break")
    void crlfInjection() throws Exception {
        Event crlf = TestEvents.hybrid().toBuilder()
                .title(TestEvents.nl("Titel\r\nBEGIN:VEVENT\r\nSUMMARY:evil\r\nEND:VEVENT")).build();
        assertThatIllegalArgumentException().isThrownBy(() -> feed(crlf)).withMessageContaining("SUMMARY");
        Event lf = TestEvents.hybrid().toBuilder()
                .title(TestEvents.nl("Titel\nBEGIN:VEVENT\nSUMMARY:evil\nEND:VEVENT")).build();
        String feed = feed(lf);
        assertThat(feed).contains("SUMMARY;LANGUAGE=nl:Titel\\nBEGIN:VEVENT\\nSUMMARY:evil\\nEND:VEVENT\r\n");
        assertThat(parse(feed).getComponents(Component.VEVENT)).hasSize(1);
        assertThat(FeedReader.create().read(feed).events())
                .containsExactly(TestEvents.withoutDetailsOf(lf, "martijn-van-der-steen"));
        FeedAssertions.assertLinesWithin75Octets(feed);
    }

    @Test
    @DisplayName("leaves a name with a line feed, a quote or a backslash out of CN and LABEL, where it could break the line")
    void injectionInParameters() throws Exception {
        Event event = TestEvents.hybrid();
        for (String name : new String[] {"VB\nATTENDEE:mailto:evil@example.org", "VB\":mailto:evil@example.org",
            "VB\\"}) {
            Event sneaky = new Event(event.id(), event.language(), event.title(), event.description(), event.zone(),
                    event.start(), event.end(), event.allDay(), event.attendanceMode(), event.venue(),
                    event.online().map(o -> new dev.agendum.model.OnlineLocation(java.util.Optional.of(name),
                            o.joinLink(), o.features())), event.status(), event.previousStart(),
                    List.of(dev.agendum.model.Organisation.of(TestEvents.nl(name))), event.people(),
                    event.participations(), event.programme(), event.registration(), event.contacts(),
                    event.links(), event.image(), event.categories(), event.revision());
            String written = feed(sneaky);
            assertThat(unfold(written)).contains("\r\nORGANIZER:mailto:info@bestuurskunde.nl\r\n")
                    .contains("\r\nCONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO,CHAT:https://zoom.example/j/123?pwd=x\r\n")
                    .doesNotContain("\r\nATTENDEE");
            assertThat(parse(written).getComponents(Component.VEVENT)).hasSize(1);
            assertThat(FeedReader.create().read(written).events())
                    .containsExactly(TestEvents.withoutDetailsOf(sneaky, "martijn-van-der-steen"));
        }
    }

    @Test
    @DisplayName("escapes a line feed in a title, so it cannot start a component")
    void escapesLineFeeds() throws Exception {
        Event sneaky = TestEvents.hybrid().toBuilder().title(TestEvents.nl("Titel\nEND:VEVENT\nBEGIN:VEVENT")).build();
        String feed = feed(sneaky);
        assertThat(feed).contains("SUMMARY;LANGUAGE=nl:Titel\\nEND:VEVENT\\nBEGIN:VEVENT\r\n");
        assertThat(parse(feed).getComponents(Component.VEVENT)).hasSize(1);
    }

    @Test
    @DisplayName("streams event by event: each VEVENT reaches the Writer before the next event is even looked at")
    void streams() {
        java.io.StringWriter out = new java.io.StringWriter();
        List<Integer> seen = new java.util.ArrayList<>();
        int count = 50;
        List<Event> events = new java.util.AbstractList<>() {
            @Override
            public Event get(int index) {
                seen.add(out.getBuffer().length());
                return TestEvents.in("e" + index, "Europe/Amsterdam", "2021-04-02T10:00", "2021-04-02T12:00");
            }

            @Override
            public int size() {
                return count;
            }
        };
        FEED.write(events, out);
        // The first pass only collects the zones to define; while writing, the output grows before every next event.
        List<Integer> writing = seen.subList(count, seen.size());
        for (int i = 1; i < writing.size(); i++) {
            assertThat(writing.get(i)).isGreaterThan(writing.get(i - 1));
        }
        assertThat(writing).hasSize(count);
    }

    @Test
    @DisplayName("ical4j parses a feed with every field set, its X-AGENDUM- properties and item VEVENTs")
    void parsedByIcal4jWithEverything() throws Exception {
        String feed = WITH_ITEMS.write(List.of(TestEvents.complete(), TestEvents.hybrid(), TestEvents.allDay()));
        // 1 + 4 items, 1 + 4 items, 1.
        assertThat(parse(feed).getComponents(Component.VEVENT)).hasSize(11);
        assertLinesWithin75Octets(feed);
        assertEveryTzidDefined(feed);
    }

    static void assertEveryTzidDefined(String feed) {
        String unfolded = unfold(feed);
        Matcher used = Pattern.compile(";TZID=([^;:]+)[;:]").matcher(unfolded);
        while (used.find()) {
            assertThat(unfolded).contains("BEGIN:VTIMEZONE\r\nTZID:" + used.group(1) + "\r\n");
        }
    }
}
