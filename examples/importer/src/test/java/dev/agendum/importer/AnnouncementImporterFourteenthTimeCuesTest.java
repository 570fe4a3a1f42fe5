package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event times devset-next still missed after round thirteen: a start and, later on the same line, the time it
 * is said to end ("om 17 uur (einde omstreeks 18u15)"), and one span from a day and time to a later day and time
 * ("Saturday 15 May 2027, 09:00 – Sunday 16 May 2027, 17:00"), each in two wordings of its own; a second time that
 * is no end still leaves the start alone; and a date given with its weekday but no year anywhere ("Vrijdag 24
 * september"), whose year is the one near the import's day in which the date falls on that weekday.
 */
@DisplayName("AnnouncementImporter reads the event times devset-next set in round fourteen")
class AnnouncementImporterFourteenthTimeCuesTest {

    /** A service on 24 January 2027 in Leuven, its date line ending in {@code times}. */
    private static String service(String times) {
        return "Viering\n\nWanneer: zondag 24 januari 2027 " + times + "\nPlaats: Sint-Pieterskerk, Grote Markt 1,"
                + " 3000 Leuven\n";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"om 17 uur (einde omstreeks 18u15)", "om 17.00 uur, einde 18.15 uur"})
    @DisplayName("a start and the end said after it on the date's line give the event's start and end")
    void endSaidAfterTheStart(String times) {
        String text = service(times);
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-01-24t17:00");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-01-24t18:15");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"om 17 uur (inloop vanaf 16u30)", "om 17 uur (deuren open om 16u30)"})
    @DisplayName("a second time that is no end gives no end: the event is a point in time")
    void secondTimeThatIsNoEnd(String times) {
        String text = service(times);
        assertThat(scored("a.txt", text, "end")).isEqualTo(scored("a.txt", text, "start"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Saturday 15 May 2027, 09:00 – Sunday 16 May 2027, 17:00",
        "zaterdag 15 mei 2027 om 09.00 uur tot zondag 16 mei 2027, 17.00 uur"})
    @DisplayName("a span from a day and time to a later day and time gives the event's days, start and end")
    void spanOverTwoDays(String span) {
        String text = "# FloodHack\n\n- **Dates:** " + span + "\n- **Venue:** Het Gemaal, Dijkweg 3, Lelystad\n\n"
                + "### Sunday 16 May\n- `16:00` Prizes\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-05-15t09:00");
        assertThat(scored("a.md", text, "end")).containsExactly("2027-05-16t17:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ideeënfestival\\n\\nVrijdag 24 september, 19.00 - 23.00 uur, Stadsschouwburg, Kleine Berg 1, 5611 JV "
            + "Eindhoven | 2026-12-03T10:00:00Z | 2027-09-24t19:00",
        "Ideas festival\\n\\nFriday 24 September, 19:00 - 23:00, The Corn Exchange, Market Place 1, Reading"
            + " | 2021-03-01T10:00:00Z | 2021-09-24t19:00"})
    @DisplayName("a weekday with a date and no year anywhere fixes the year nearest the import's day")
    void yearFromTheWeekday(String text, String now, String start) {
        AnnouncementImporter importer = AnnouncementImporter.builder()
                .clock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).build();
        Draft draft = importer.read("a.txt", text.replace("\\n", "\n"));
        assertThat(Scoring.values(draft.event()).get("start")).containsExactly(start);
        assertThat(draft.valuesUnder("start")).singleElement()
                .satisfies(v -> assertThat(v.basis().describe()).contains("falls on that weekday"));
    }
}
