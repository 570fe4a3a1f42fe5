package dev.agendum.importer;

import static dev.agendum.importer.Cues.THEMAMIDDAG;
import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cues of people and their roles that the fifth held-out set (h76–h90, now d76–d90) wrote in ways the rules had
 * not met: a role word after a label's people, a round table's members, a position before a name, chairs of an
 * evening or a session, performers, and groups that are no person. Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads people's roles")
class AnnouncementImporterRoleCuesTest {

    private static Draft cell(String session, String people) {
        return read("a.md", "# Workshop\n\n12 March 2027, Delft\n\n| Time | Session | People |\n|---|---|---|\n"
                + "| 14:00 | " + session + " | " + people + " |\n| 16:00 | Drinks | |\n");
    }

    @Nested
    @DisplayName("at a table")
    class AtATable {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Chair: Lena Vos (TU Delft); panellists: Omar Said (KNMI), Pia Berg | lena vos = chair",
            "Gespreksleider: Tom Wit; panelleden: Omar Said (KNMI) en Pia Berg | tom wit = moderator"})
        @DisplayName("a role word after a label's first person introduces the people after it")
        void labelThenRoleWord(String people, String leader) {
            Draft draft = cell("Panel: Who pays?", people);
            assertThat(scored(draft, "role")).contains(leader, "omar said = panellist", "pia berg = panellist");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Rondetafel met Anouk Peters (Rabobank), Bram de Wit (LTO) en Fleur Kok",
            "Round table with Anouk Peters (Rabobank), Bram de Wit (LTO) and Fleur Kok"})
        @DisplayName("the people named at a round table are its panellists")
        void roundTable(String line) {
            Draft draft = read("a.txt", THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n");
            assertThat(scored(draft, "role")).contains("anouk peters = panellist", "bram de wit = panellist",
                    "fleur kok = panellist");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Gesprek met Anouk Peters (Rabobank) en Bram de Wit (LTO)",
            "Lezing door Anouk Peters (Rabobank) en Bram de Wit (LTO), nieuw forum"})
        @DisplayName("a conversation, or a table word that is no part of the title, leaves its people speakers")
        void notATable(String line) {
            Draft draft = read("a.txt", THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n");
            assertThat(scored(draft, "role")).contains("anouk peters = speaker", "bram de wit = speaker");
        }
    }

    @Nested
    @DisplayName("from the words around a name")
    class AroundAName {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Inleiding door Tweede Kamerlid Joost Brink (CDA)",
            "Inleiding door Eerste Kamerlid Joost Brink (CDA)"})
        @DisplayName("a capitalised position before a name of two words is not part of the name")
        void positionBeforeName(String line) {
            Draft draft = read("a.txt", THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n");
            assertThat(scored(draft, "person")).contains("joost brink").noneMatch(p -> p.contains("kamerlid"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Debat met Anouk Peters (Rabobank) en Bram de Wit; gespreksleider is journalist Mila Stam | mila stam = moderator",
            "Debate with Anouk Peters (Rabobank) and Bram de Wit; the chair is Mila Stam | mila stam = chair"})
        @DisplayName("a role word and 'is' after an item's people introduce who holds the role")
        void roleIsName(String line, String role) {
            Draft draft = read("a.txt", THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n");
            assertThat(scored(draft, "role")).contains(role);
            assertThat(scored(draft, "person")).contains("anouk peters", "bram de wit", "mila stam");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Welkom door avondvoorzitter Hans Dekker | hans dekker = chair",
            "Opening door sessievoorzitter Hans Dekker | hans dekker = chair",
            "Opening door afdelingsvoorzitter Hans Dekker | hans dekker = speaker"})
        @DisplayName("the chair of an evening or session is a chair; the chair of a body holds a position")
        void chairCompounds(String line, String role) {
            Draft draft = read("a.txt", THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n");
            assertThat(scored(draft, "role")).contains(role);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Session chair: Dr. Maria Lopes (University of Porto)",
            "Track chair: Dr. Maria Lopes (University of Porto)"})
        @DisplayName("a label whose last word is a chair's names a chair")
        void chairLabel(String people) {
            assertThat(scored(cell("Paper session 2", people), "role")).contains("maria lopes = chair");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"4.00 pm Welcome by Dr. Anna Berg (Leiden University), who chairs the afternoon",
            "4.00 pm Welcome by Dr. Anna Berg (Leiden University), who will chair the debate"})
        @DisplayName("a clause after the name that says the person chairs gives the role")
        void whoChairs(String line) {
            Draft draft = read("a.txt", "Lecture\n\nThursday 4 March 2027\n\nProgramme\n" + line + "\n5.30 pm Drinks\n");
            assertThat(scored(draft, "role")).contains("anna berg = chair");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Closing keynote: Water and cities", "Opening keynote: Water and cities"})
        @DisplayName("a closing or opening keynote is a keynote")
        void closingKeynote(String session) {
            assertThat(scored(cell(session, "Prof. Ruth Okafor, University of Lagos"), "role"))
                    .contains("ruth okafor = keynote-speaker");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"11.00 Case studies from three cities, presented by Dr. Ian Moss and Dr. Eva Roth",
            "11.00 Findings of the survey, presented by Dr. Ian Moss and Dr. Eva Roth"})
        @DisplayName("those who present a talk speak")
        void presentedBy(String line) {
            Draft draft = read("a.txt", "Symposium\n\nFriday 5 March 2027\n\nProgramme\n" + line + "\n12.00 Lunch\n");
            assertThat(scored(draft, "role")).contains("ian moss = speaker", "eva roth = speaker");
        }
    }

    @Nested
    @DisplayName("of performers and groups")
    class Performers {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Concert door het Haags Kamerorkest onder leiding van dirigent Lotte Smit",
            "Concert met sopraan Lotte Smit en het Leids Jongerenkoor"})
        @DisplayName("a performer's word is kept as a custom role, and an orchestra or choir is no person")
        void performers(String line) {
            Draft draft = read("a.txt", THEMAMIDDAG + "Programma\n20.00 uur " + line + "\n22.00 uur Afsluiting\n");
            assertThat(scored(draft, "role")).contains("lotte smit = custom");
            assertThat(scored(draft, "person")).containsExactly("lotte smit");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Music by the Delft Jazz Trio", "Round table with the European Commission"})
        @DisplayName("a trio or a commission is no person")
        void groups(String session) {
            assertThat(scored(cell(session, ""), "person")).isEmpty();
        }
    }
}
