package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statuses devset-next (d191-d210) missed, each in two wordings of its own: a headline's status word before
 * the body's; "gaat niet door op die datum", a day off rather than an end; and a meeting kept on its day but held
 * online ("niet uit te stellen, maar online te houden", a subject's "– nu online").
 */
@DisplayName("AnnouncementImporter reads the statuses devset-next set in round fifteen")
class AnnouncementImporterFifteenthStatusCuesTest {

    private static final String BODY = "Datum: dinsdag 20 april 2027, 14.00 - 16.00 uur\nPlaats: Ministerie, "
            + "Rijnstraat 8, Den Haag\n\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"# Uitgesteld: stakeholdersessie Westkust\n\nDe sessie gaat helaas niet door. Een nieuwe "
            + "datum is nog niet bekend.\n", "# Postponed: stakeholder session\n\nThe session has been cancelled for "
            + "now; a new date is not yet known.\n"})
    @DisplayName("a headline's status word is the notice's, before the words of its body")
    void headlineStatusFirst(String notice) {
        assertThat(scored("a.md", notice + "\n" + BODY, "status")).containsExactly("postponed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"De sessie gaat niet door op die datum. De sessie wordt uitgesteld; een nieuwe datum volgt.",
        "De sessie gaat helaas niet door op de geplande datum en is uitgesteld tot na de zomer."})
    @DisplayName("'gaat niet door op die datum' takes the day off, not the event: a later word says what it is")
    void notOnThatDay(String sentence) {
        assertThat(scored("a.txt", "Stakeholdersessie\n\n" + BODY + sentence + "\n", "status"))
                .containsExactly("postponed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Het bestuur heeft besloten de vergadering niet uit te stellen, maar online te houden.",
        "Onderwerp: Algemene Ledenvergadering 2027 – nu online"})
    @DisplayName("a meeting kept on its day but held online has moved online")
    void heldOnlineInstead(String sentence) {
        assertThat(scored("a.txt", "Ledenvergadering\n\n" + BODY + sentence + "\n", "status"))
                .containsExactly("moved-online");
    }
}
