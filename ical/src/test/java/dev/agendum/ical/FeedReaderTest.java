package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ItemKind;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RoleType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("FeedReader")
class FeedReaderTest {

    private static final FeedReader READER = FeedReader.create();

    @Nested
    @DisplayName("reading a feed Agendum wrote")
    class OwnFeeds {

        private final Event hybrid = TestEvents.hybrid();

        @Test
        @DisplayName("gives back the event's id, times, zone, title, status, revision, join link and categories")
        void event() {
            FeedContent content = READER.read(FeedWriter.create().write(List.of(hybrid)));
            Event read = content.events().get(0);
            assertThat(read.id()).isEqualTo(hybrid.id());
            assertThat(read.zone()).isEqualTo(hybrid.zone());
            assertThat(read.start()).isEqualTo(hybrid.start());
            assertThat(read.end()).isEqualTo(hybrid.end());
            assertThat(read.title()).isEqualTo(hybrid.title());
            assertThat(read.language()).isEqualTo(hybrid.language());
            assertThat(read.revision()).isEqualTo(hybrid.revision());
            assertThat(read.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(read.attendanceMode()).isEqualTo(AttendanceMode.HYBRID);
            assertThat(read.online().orElseThrow().joinLink()).isEqualTo(hybrid.online().orElseThrow().joinLink());
            assertThat(read.online().orElseThrow().features()).containsExactly(ConferenceFeature.AUDIO,
                    ConferenceFeature.VIDEO, ConferenceFeature.CHAT);
            assertThat(read.online().orElseThrow().platform()).contains("Zoom");
            assertThat(read.categories()).isEqualTo(hybrid.categories());
            assertThat(read.organisers()).extracting(o -> o.name().text()).containsExactly("Vereniging voor Bestuurskunde");
            assertThat(read.links()).extracting(l -> l.url().orElseThrow().toString())
                    .containsExactly("https://www.bestuurskunde.nl/agenda");
        }

        @Test
        @DisplayName("gives back the programme with its nesting and the participants with their roles")
        void programmeAndPeople() {
            FeedContent content = READER.read(FeedWriter.builder().withItems(true).build().write(List.of(hybrid)));
            Event read = content.events().get(0);
            assertThat(content.events()).hasSize(1);
            assertThat(read.participations()).extracting(p -> p.personId(), p -> p.role().type())
                    .containsExactly(tuple("peggy-hurkmans", RoleType.CHAIR));
            assertThat(read.programme().items()).extracting(ProgrammeItem::id)
                    .containsExactly("opening", "panel", "afsluiting");
            assertThat(read.programme().find("panel").orElseThrow().children()).extracting(ProgrammeItem::id)
                    .containsExactly("vragen");
            assertThat(read.programme().find("panel").orElseThrow().participations())
                    .isEqualTo(hybrid.programme().find("panel").orElseThrow().participations());
            assertThat(read).isEqualTo(TestEvents.hybridPublished());
        }

        @Test
        @DisplayName("without X-AGENDUM- properties, reads the item VEVENTs as a flat programme, in time order")
        void itemsWithoutCarriedData() {
            FeedContent content = READER.read(FeedWriter.builder().withItems(true).lossless(false).build()
                    .write(List.of(hybrid)));
            Event read = content.events().get(0);
            assertThat(content.events()).hasSize(1);
            assertThat(read.programme().items()).extracting(ProgrammeItem::id, ProgrammeItem::kind, ProgrammeItem::start)
                    .containsExactly(tuple("opening", ItemKind.OPENING, LocalDateTime.parse("2021-04-02T10:00")),
                            tuple("panel", ItemKind.PANEL, LocalDateTime.parse("2021-04-02T10:45")),
                            tuple("vragen", ItemKind.QUESTIONS, LocalDateTime.parse("2021-04-02T11:30")),
                            tuple("afsluiting", ItemKind.CLOSING, LocalDateTime.parse("2021-04-02T12:00")));
            assertThat(read.programme().find("panel").orElseThrow().participations())
                    .extracting(p -> p.role().type()).containsExactly(RoleType.PANEL_LEADER, RoleType.PANELLIST);
        }

        @Test
        @DisplayName("reads an all-day event as dates, and a feed in another zone with its instants")
        void allDayAndZones() {
            FeedContent content = READER.read(FeedWriter.create().write(List.of(TestEvents.allDay(),
                    TestEvents.in("Australia/Lord_Howe", "2021-04-04T01:00", "2021-04-04T03:00"))));
            assertThat(content.events().get(0).allDay()).isTrue();
            assertThat(content.events().get(0).end()).isEqualTo(LocalDateTime.parse("2021-04-04T00:00"));
            assertThat(content.events().get(1).endAt().toInstant()).isEqualTo(Instant.parse("2021-04-03T16:30:00Z"));
        }
    }

    @Nested
    @DisplayName("reading a feed from elsewhere")
    class Foreign {

        private FeedContent read() throws Exception {
            try (InputStream in = getClass().getResourceAsStream("foreign.ics")) {
                return FeedReader.builder().defaultZone(ZoneId.of("Europe/Amsterdam"))
                        .defaultLanguage(java.util.Locale.forLanguageTag("nl")).build()
                        .read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Test
        @DisplayName("maps UTC, zoned, floating and all-day times, DURATION and unknown TZIDs")
        void times() throws Exception {
            List<Event> events = read().events();
            assertThat(events).extracting(Event::id).containsExactly("outlook-1", "floating-1", "all-day-1",
                    "7kukuqrfedjil5t8lvsbdcinhf-google.com-20210402T080000Z",
                    "7kukuqrfedjil5t8lvsbdcinhf-google.com-20210409T080000Z",
                    "7kukuqrfedjil5t8lvsbdcinhf-google.com-20210416T080000Z");
            assertThat(events.get(3).startAt().toInstant()).isEqualTo(Instant.parse("2021-04-02T08:00:00Z"));
            assertThat(events.get(3).zone()).isEqualTo(ZoneOffset.UTC);
            assertThat(events.get(0).zone()).as("W. Europe Standard Time, as CLDR maps it")
                    .isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(events.get(0).end()).isEqualTo(LocalDateTime.parse("2021-04-02T15:30"));
            assertThat(events.get(1).start()).isEqualTo(LocalDateTime.parse("2021-04-02T09:00"));
            assertThat(events.get(2).allDay()).isTrue();
        }

        @Test
        @DisplayName("maps summary, description, status, sequence, organiser and the chair among the attendees")
        void texts() throws Exception {
            Event event = read().events().get(3);
            assertThat(event.title().text()).isEqualTo("Samenwerken, online");
            assertThat(event.description().orElseThrow().text()).isEqualTo("Eerste regel\nTweede regel");
            assertThat(event.status()).isEqualTo(EventStatus.POSTPONED);
            assertThat(event.revision().number()).isEqualTo(2);
            assertThat(event.participations()).singleElement().satisfies(p -> {
                assertThat(p.role().type()).isEqualTo(RoleType.CHAIR);
                assertThat(event.person(p.personId()).orElseThrow().name()).isEqualTo("Peggy Hurkmans");
            });
            assertThat(event.contacts()).singleElement()
                    .satisfies(c -> assertThat(c.email()).contains("info@bestuurskunde.nl"));
            assertThat(event.online().orElseThrow().joinLink().orElseThrow().url())
                    .contains(java.net.URI.create("https://meet.example/abc"));
        }

        @Test
        @DisplayName("warns, with the line, of what it skipped or assumed")
        void warnings() throws Exception {
            assertThat(read().warnings()).extracting(FeedWarning::line, FeedWarning::message).containsExactly(
                    tuple(28, "1 attendee(s) without ROLE=CHAIR skipped: an announcement names its people as "
                            + "participants, not its audience"),
                    tuple(33, "VALARM component skipped"),
                    tuple(42, "TZID \"W. Europe Standard Time\" read as Europe/Berlin, its known alias"),
                    tuple(49, "a floating time is read in Europe/Amsterdam"));
        }
    }

    @Nested
    @DisplayName("refusing")
    class Refusing {

        @Test
        @DisplayName("Agendum's own data that does not hold together: that VEVENT is skipped with a warning and its line")
        void brokenOwnData() {
            String feed = FeedWriter.create().write(List.of(TestEvents.hybrid(),
                    TestEvents.in("Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00")))
                    .replaceFirst("status=scheduled", "status=unheard-of");
            FeedContent content = READER.read(feed);
            assertThat(content.events()).extracting(Event::id).containsExactly("event-asia-kolkata");
            assertThat(content.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isPositive();
                assertThat(w.message()).contains("VEVENT skipped", "status", "unheard-of");
            });
        }

        @Test
        @DisplayName("programme items nested beyond any sense are refused without exhausting the stack")
        void deepNesting() {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 5_000; i++) {
                items.append("X-AGENDUM-ITEM:id=i").append(i).append(i == 0 ? "" : "&parent=i" + (i - 1))
                        .append("&start=2021-04-02T10:00&kind=talk&title=nl:x\r\n");
            }
            String feed = FeedWriter.create().write(List.of(TestEvents.in("Asia/Kolkata", "2021-04-02T10:00",
                    "2021-04-02T12:00"))).replace("END:VEVENT", items + "END:VEVENT");
            FeedContent content = READER.read(feed);
            assertThat(content.events()).isEmpty();
            assertThat(content.warnings()).singleElement().extracting(FeedWarning::message).asString()
                    .contains("nest deeper than 32");
        }

        @Test
        @DisplayName("text that is not an iCalendar feed, with the line")
        void notICalendar() {
            assertThatExceptionOfType(FeedReadException.class)
                    .isThrownBy(() -> READER.read("\r\nHello:world\r\nBEGIN:VCALENDAR\r\n"))
                    .satisfies(e -> assertThat(e.line()).isEqualTo(2))
                    .withMessage("line 2: not an iCalendar feed: it does not begin with BEGIN:VCALENDAR");
        }

        @Test
        @DisplayName("a component at the character limit is read, one character more is not; the feed is unbounded")
        void characters() {
            String feed = FeedWriter.create().write(List.of(TestEvents.hybrid()));
            int vevent = componentCharacters(feed, "VEVENT");
            FeedReader exact = FeedReader.builder().maxCharacters(Math.max(vevent, componentCharacters(feed,
                    "VTIMEZONE"))).build();
            assertThat(exact.read(feed).events()).hasSize(1);
            assertThat(exact.read(feed + feed).events()).as("two calendars of one event each, each within")
                    .hasSize(2);
            assertThatExceptionOfType(FeedReadException.class)
                    .isThrownBy(() -> FeedReader.builder().maxCharacters(vevent - 1).build().read(feed))
                    .withMessageContaining("VEVENT of line").withMessageContaining("longer than " + (vevent - 1));
            assertThatExceptionOfType(FeedReadException.class).isThrownBy(() -> FeedReader.builder()
                    .maxCharacters(vevent - 1).build().read(new java.io.StringReader(feed)));
        }

        /** The characters of the unfolded content lines inside the first {@code name}, BEGIN and END excluded. */
        private static int componentCharacters(String feed, String name) {
            String unfolded = FeedAssertions.unfold(feed);
            String inside = unfolded.substring(unfolded.indexOf("BEGIN:" + name + "\r\n") + name.length() + 8,
                    unfolded.indexOf("END:" + name + "\r\n"));
            return inside.lines().filter(l -> !l.startsWith("BEGIN:") && !l.startsWith("END:"))
                    .mapToInt(String::length).sum();
        }

        @Test
        @DisplayName("a content line at the length limit is read, one character more is not, with its line")
        void lineLength() {
            String feed = FeedWriter.create().write(List.of(TestEvents.hybrid()));
            int longest = FeedAssertions.unfold(feed).lines().mapToInt(String::length).max().orElseThrow();
            assertThat(FeedReader.builder().maxLineLength(longest).build().read(feed).events()).hasSize(1);
            assertThatExceptionOfType(FeedReadException.class)
                    .isThrownBy(() -> FeedReader.builder().maxLineLength(longest - 1).build().read(feed))
                    .satisfies(e -> assertThat(e.line()).isPositive());
        }

        @Test
        @DisplayName("components in one VEVENT at the limit are read, one more is not, with the line of the one too many")
        void components() {
            String feed = FeedWriter.create().write(List.of(TestEvents.hybrid()));
            String vevent = feed.substring(feed.indexOf("BEGIN:VEVENT"), feed.indexOf("END:VEVENT"));
            int count = vevent.split("\r\nBEGIN:", -1).length;
            assertThat(FeedReader.builder().maxComponents(count).build().read(feed).events()).hasSize(1);
            assertThatExceptionOfType(FeedReadException.class)
                    .isThrownBy(() -> FeedReader.builder().maxComponents(count - 1).build().read(feed))
                    .withMessageContaining("more than " + (count - 1) + " components in one")
                    .satisfies(e -> assertThat(e.line()).isPositive());
        }

        @Test
        @DisplayName("more VEVENTs than the limit, with the line of the one too many")
        void events() {
            String feed = FeedWriter.create().write(List.of(TestEvents.hybrid(),
                    TestEvents.in("Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00")));
            assertThat(FeedReader.builder().maxEvents(2).build().read(feed).events()).hasSize(2);
            assertThatExceptionOfType(FeedReadException.class)
                    .isThrownBy(() -> FeedReader.builder().maxEvents(1).build().read(feed))
                    .withMessageContaining("more than 1 VEVENTs");
        }
    }

    @Test
    @DisplayName("reads Amsterdam's spring-forward gap and autumn overlap with the instants java.time gives")
    void daylightSavingEdges() {
        String feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                + "BEGIN:VEVENT\r\nUID:gap\r\nDTSTAMP:20210301T000000Z\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20210328T023000\r\nDTEND;TZID=Europe/Amsterdam:20210328T040000\r\n"
                + "SUMMARY:Gap\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:overlap\r\nDTSTAMP:20210301T000000Z\r\n"
                + "DTSTART;TZID=Europe/Amsterdam:20211031T023000\r\nDTEND;TZID=Europe/Amsterdam:20211031T040000\r\n"
                + "SUMMARY:Overlap\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        List<Event> events = READER.read(feed).events();
        // The local time is kept as announced; its instant follows java.time: after the gap, the earlier offset.
        assertThat(events.get(0).start()).isEqualTo(LocalDateTime.parse("2021-03-28T02:30"));
        assertThat(events.get(0).startAt().toInstant()).isEqualTo(Instant.parse("2021-03-28T01:30:00Z"));
        assertThat(events.get(1).startAt().toInstant()).isEqualTo(Instant.parse("2021-10-31T00:30:00Z"));
        assertThat(events.get(1).endAt().toInstant()).isEqualTo(Instant.parse("2021-10-31T03:00:00Z"));
    }

    @Test
    @DisplayName("reads many feeds without holding on to memory")
    void memoryStaysFlat() {
        String feed = FeedWriter.create().write(List.of(TestEvents.hybrid(),
                TestEvents.in("Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00")));
        for (int i = 0; i < 50; i++) {
            READER.read(feed);
        }
        long before = usedAfterGc();
        for (int i = 0; i < 1_000; i++) {
            READER.read(feed);
        }
        assertThat(usedAfterGc() - before).isLessThan(16L * 1024 * 1024);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
