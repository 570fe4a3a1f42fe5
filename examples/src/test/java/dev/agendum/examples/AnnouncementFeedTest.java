package dev.agendum.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.ical.FeedWriter;
import dev.agendum.ical.IndependentParsers;
import dev.agendum.model.Event;
import dev.agendum.model.Person;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed of the two announcements: equal to the golden files a person has read, read with the right instants by
 * ical.js, python's icalendar and ical4j, with every person, contact and programme item in it. Regenerate the golden
 * files after a deliberate change with {@code mvn -pl examples test -Dtest=AnnouncementFeedTest
 * -Dagendum.regenerate=true}, and read the difference.
 */
@DisplayName("The announcements' feed")
class AnnouncementFeedTest {

    private static final List<Event> EVENTS = Announcements.all();
    private static final Tuple[] EVENT_INSTANTS = {
        tuple("pbl-nsob-seminar-2021-01-15@agendum.dev", "2021-01-15T13:00:00Z", "2021-01-15T14:00:00Z"),
        tuple("vb-samenwerken-als-een-overheid-2021-04-02@agendum.dev", "2021-04-02T08:00:00Z", "2021-04-02T10:00:00Z")
    };

    private static String feed(boolean withItems) {
        return FeedWriter.builder().calendarName("Agendum").withItems(withItems).build().write(EVENTS);
    }

    @Test
    @DisplayName("equals the golden files, with and without programme items")
    void golden() throws Exception {
        for (boolean withItems : new boolean[] {false, true}) {
            String name = withItems ? "announcements-with-items.ics" : "announcements.ics";
            if (Boolean.getBoolean("agendum.regenerate")) {
                Files.writeString(Path.of("src/test/resources/dev/agendum/examples", name), feed(withItems),
                        StandardCharsets.UTF_8);
            }
            try (InputStream in = getClass().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(feed(withItems)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    @DisplayName("is read by ical.js and python's icalendar with the announced instants, UIDs and summaries")
    void independentParsers(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("events.ics"), feed(false), StandardCharsets.UTF_8);
        for (List<IndependentParsers.Read> read : List.of(IndependentParsers.icalJs(feed),
                IndependentParsers.pythonIcalendar(feed))) {
            assertThat(read).extracting(IndependentParsers.Read::uid, IndependentParsers.Read::start,
                    IndependentParsers.Read::end).containsExactly(EVENT_INSTANTS);
            assertThat(read).extracting(IndependentParsers.Read::summary).containsExactly(
                    "PBL/NSOB-seminar: leren samenwerken aan opgaven",
                    "Samenwerken als één overheid, wat betekent dit voor de publieke manager?");
            assertThat(read).allMatch(IndependentParsers.Read::zoneResolved);
        }
    }

    @Test
    @DisplayName("gives every programme item its own VEVENT with its instants, read alike by both parsers")
    void itemsByIndependentParsers(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("items.ics"), feed(true), StandardCharsets.UTF_8);
        List<IndependentParsers.Read> icalJs = IndependentParsers.icalJs(feed);
        assertThat(icalJs).hasSize(11);
        assertThat(icalJs).filteredOn(r -> r.uid().startsWith("interview.")).singleElement()
                .extracting(IndependentParsers.Read::start, IndependentParsers.Read::end)
                .containsExactly("2021-01-15T13:05:00Z", "2021-01-15T13:15:00Z");
        assertThat(icalJs).filteredOn(r -> r.uid().startsWith("afsluiting.vb")).singleElement()
                .extracting(IndependentParsers.Read::start, IndependentParsers.Read::end)
                .containsExactly("2021-04-02T10:00:00Z", "");
        assertThat(IndependentParsers.pythonIcalendar(feed)).isEqualTo(icalJs);
    }

    @Test
    @DisplayName("names every person, contact and programme item, and is parsed back by ical4j")
    void complete() throws Exception {
        String feed = feed(false);
        String unfolded = feed.replace("\r\n ", "");
        for (Event event : EVENTS) {
            for (Person person : event.people()) {
                assertThat(unfolded).contains(person.name());
            }
            event.programme().allItems().forEach(item -> assertThat(unfolded).contains(item.title().text()));
            assertThat(unfolded.split("X-AGENDUM-PERSON:", -1).length - 1).isGreaterThanOrEqualTo(
                    event.appearances().size());
        }
        assertThat(unfolded).contains("CONTACT;LANGUAGE=nl:Mieke Berkers\\, woordvoerder\\, PBL\\, "
                        + "mieke.berkers@pbl.nl\\, +31 6 25068171 (informatie)",
                "CONTACT;LANGUAGE=nl:Vereniging voor Bestuurskunde\\, info@bestuurskunde.nl (informatie)",
                "Online: link volgt", "Klik hier: adres niet vermeld");
        assertThat(unfolded.split("BEGIN:PARTICIPANT", -1)).hasSize(EVENTS.stream()
                .mapToInt(e -> e.appearances().size()).sum() + 1);
        var calendar = new CalendarBuilder().build(new StringReader(feed));
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(2);
    }
}
