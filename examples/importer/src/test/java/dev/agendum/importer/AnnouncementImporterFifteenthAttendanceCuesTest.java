package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attendance devset-next (d191-d210) missed, in two wordings of its own: a meeting in a hall that those who
 * cannot come watch live from elsewhere is hybrid.
 */
@DisplayName("AnnouncementImporter reads the attendance devset-next set in round fifteen")
class AnnouncementImporterFifteenthAttendanceCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"U bent welkom op de publieke tribune. Wie niet kan komen, kijkt live mee via "
            + "raad.example.nl/live.", "You are welcome in the public gallery, or watch it live at council.example.com."})
    @DisplayName("a meeting in a hall that can be watched live from elsewhere is hybrid")
    void watchedLive(String sentence) {
        String text = "Raadsvergadering\n\nDonderdag 8 april 2027, 19.30 uur\nRaadhuis Eemsterveld, Marktplein 1, "
                + "9675 AC Eemsterveld\n\n" + sentence + "\n";
        assertThat(scored("a.txt", text, "attendance")).containsExactly("hybrid");
    }
}
