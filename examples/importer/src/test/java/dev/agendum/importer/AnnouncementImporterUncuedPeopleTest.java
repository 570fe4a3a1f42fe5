package dev.agendum.importer;

import static dev.agendum.importer.Cues.THEMAMIDDAG;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people the sixth held-out set (h91–h110, now d91–d110) named where no cue stands: a known given name makes a
 * person in prose, a card, a table cell or a signature; a heading gives a role to the people under it; a position of
 * several words may come before the name. Each rule in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads people no cue introduces")
class AnnouncementImporterUncuedPeopleTest {

    private static final String ENGLISH_DAY = "Open evening\n\nDate: Thursday 21 May 2026, 7 pm - 9 pm\n\n";

    @Nested
    @DisplayName("a known given name")
    class GivenName {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Na afloop kunt u napraten met Sietske Dijkman en haar team. | sietske dijkman",
            "Afterwards there is time to talk to Kwabena Osei about the plans. | kwabena osei"})
        @DisplayName("makes a person in prose, without a role")
        void prose(String sentence, String person) {
            String text = (sentence.startsWith("Na") ? THEMAMIDDAG : ENGLISH_DAY) + sentence + "\n";
            assertThat(scored("a.txt", text, "person")).containsExactly(person);
            assertThat(scored("a.txt", text, "role")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Met vriendelijke groet,\n\nJan-Willem Veenstra\nsecretaris",
            "Kind regards,\n\nSiobhán Keane\nClub secretary"})
        @DisplayName("makes a person of a signature")
        void signature(String signature) {
            assertThat(scored("a.txt", THEMAMIDDAG + signature + "\n", "person")).hasSize(1);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Het dorpshuis ligt aan de Piet Heinstraat, vlak bij het station.",
            "© 2026 Karin Smeets Fotografie · alle rechten voorbehouden"})
        @DisplayName("makes no person of a street or of page furniture")
        void notAStreet(String sentence) {
            assertThat(scored("a.txt", THEMAMIDDAG + sentence + "\n", "person")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Op zaterdag 14 maart plantten 30 vrijwilligers met Henk Wolters nieuwe heggen.",
            "On Saturday 14 March volunteers planted hedges with Gemma Holt of the trust."})
        @DisplayName("makes no person of a paragraph about another day")
        void anotherDay(String sentence) {
            assertThat(scored("a.txt", THEMAMIDDAG + sentence + "\n", "person")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"The choir sings settings of poems by William Blake and Emily Brontë.",
            "Het koor zingt liederen op gedichten van Ida Gerhardt en Willem Kloos."})
        @DisplayName("makes no participant of the authors of a work performed")
        void authors(String sentence) {
            assertThat(scored("a.txt", ENGLISH_DAY + sentence + "\n", "person")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Na de pauze vertelt Lotte Kamphuis van Adviesbureau Groen Dak meer. | lotte kamphuis",
            "Na de pauze vertelt Lotte Kamphuis van Omroep Zuidwest Friesland meer. | lotte kamphuis"})
        @DisplayName("ends before 'van' and two capitalised words: the body the person is from")
        void particlesAndABody(String sentence, String person) {
            assertThat(scored("a.txt", THEMAMIDDAG + sentence + "\n", "person")).containsExactly(person);
        }
    }

    @Nested
    @DisplayName("a heading")
    class Heading {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"## Sprekers // - **Ilse Brands**, adviseur bij Stichting Groen | speaker",
            "## Host // **Owen Pritchard**, editor of the Gazette | host"})
        @DisplayName("gives its role to the people under it")
        void role(String section, String role) {
            String text = "# Open avond\n\nDatum: 21 mei 2026, 19.00 - 21.00 uur\n\n" + section.replace(" // ", "\n\n");
            Set<String> roles = scored("a.md", text + "\n", "role");
            assertThat(roles).hasSize(1).allMatch(r -> r.endsWith("= " + role));
        }
    }

    @Nested
    @DisplayName("a position of several words")
    class Position {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Opening door wethouder Sport en Cultuur Femke Bosma | femke bosma",
            "Opening by club chairman and founder Gareth Pryce | gareth pryce",
            "Waarom lopers blessures krijgen – sportarts Ruben Mulder (SMC Oost) | ruben mulder"})
        @DisplayName("may stand between a cue or a dash and a known given name")
        void beforeAGivenName(String line, String person) {
            String text = THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n";
            assertThat(scored("a.txt", text, "role")).containsExactly(person + " = speaker");
        }
    }

    @Nested
    @DisplayName("a name at a sentence's end")
    class SentenceEnd {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"The evening will be chaired by club captain Morag MacLeod. | "
            + "morag macleod = chair",
            "De avond wordt geleid door clubvoorzitter Ilse DeWitte. | ilse dewitte = moderator"})
        @DisplayName("keeps a surname of mixed case, a position of several words before it")
        void mixedCase(String sentence, String role) {
            assertThat(scored("a.txt", ENGLISH_DAY + sentence + "\n", "role")).containsExactly(role);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Persverantwoordelijke Anouk Baert, +32 478 00 11 22", "Perswoordvoerder Anouk "
            + "Baert, 06 1234 5678"})
        @DisplayName("leaves a capitalised press officer's word out of the name")
        void pressOfficer(String line) {
            assertThat(scored("a.txt", THEMAMIDDAG + "Pers\n" + line + "\n", "person")).containsExactly("anouk baert");
        }
    }

    @Nested
    @DisplayName("a plain-text table")
    class PlainTable {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"14:00   Data in the field      Megan Clarke, CTO, Fieldwise | "
            + "megan clarke",
            "14:00   Klantverhaal: plannen in de zorg    Daan Wolters, teamleider, Zorggroep Noord | daan wolters",
            "14:00\tSoil sensors at scale\tPriya Raman, Greenfield Labs | priya raman",
            "14:00\tWerkbezoek: de nieuwe haven\t\tJoost Kramer, havenmeester | joost kramer"})
        @DisplayName("gives the item the first person of its people column, after three spaces or a tab")
        void column(String line, String person) {
            String text = ENGLISH_DAY + "Programme\n" + line + "\n16:30   Drinks\n";
            assertThat(scored("a.txt", text, "role")).containsExactly(person + " = speaker");
            assertThat(scored("a.txt", text, "person")).containsExactly(person);
        }
    }
}
