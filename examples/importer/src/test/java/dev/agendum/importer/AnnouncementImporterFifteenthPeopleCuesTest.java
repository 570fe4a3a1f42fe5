package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people devset-next (d191-d210) missed, each in two wordings of its own: an English council's position before
 * a name ("Alderman Saskia Hoogvliet") is no part of it; a trade's workshop after "van" ("Sjoerd van Kemenade van
 * Slotenmakerij Van Kemenade") ends the name.
 */
@DisplayName("AnnouncementImporter reads the people devset-next set in round fifteen")
class AnnouncementImporterFifteenthPeopleCuesTest {

    private static final String WHEN = "Beurs\n\nDonderdag 8 april 2027, 10.00 - 17.00 uur, Ahoy, Ahoyweg 10, "
            + "Rotterdam\n\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The fair is opened by Alderman Saskia Hoogvliet at 10:00.",
        "The fair is opened by Councillor Saskia Hoogvliet at 10:00."})
    @DisplayName("a council's position before the name is no part of it")
    void councilPositionBeforeTheName(String sentence) {
        assertThat(scored("a.txt", WHEN + sentence + "\n", "person")).containsExactly("saskia hoogvliet");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Om 20.10 uur vertelt Sjoerd van Kemenade van Slotenmakerij Van Kemenade over sloten.",
        "Om 20.10 uur spreekt Sjoerd van Kemenade van Drukkerij Kemenade over flyers."})
    @DisplayName("a trade's workshop after 'van' ends the person's name")
    void tradeWorkshopEndsTheName(String sentence) {
        assertThat(scored("a.txt", WHEN + sentence + "\n", "person")).containsExactly("sjoerd van kemenade");
    }
}
