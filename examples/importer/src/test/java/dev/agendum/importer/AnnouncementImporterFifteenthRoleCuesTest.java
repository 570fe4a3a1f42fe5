package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The roles devset-next (d191-d210) missed, each in two wordings of its own: who chairs a meeting and who clerks it
 * ("Voorzitter van de vergadering is …", "Griffier is …"); who plays the records or the piano, who teaches; and a
 * timetable's parallel sessions, each cell with its own kind, so that a track's keynote or workshop gives its
 * people their roles.
 */
@DisplayName("AnnouncementImporter reads the roles devset-next set in round fifteen")
class AnnouncementImporterFifteenthRoleCuesTest {

    private static final String MEETING = "Raadsvergadering\n\nDatum: donderdag 8 april 2027, 19.30 uur\nPlaats: "
            + "Stadhuis, Markt 1, Veendam\n\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Voorzitter van de vergadering is burgemeester Annelies Hoekstra. Griffier is Joost "
            + "van Velzen.", "De voorzitter van de vergadering is Annelies Hoekstra en de griffier is Joost van Velzen."})
    @DisplayName("the meeting's chair and its clerk, each named after 'is'")
    void chairAndClerkOfAMeeting(String sentence) {
        assertThat(scored("a.txt", MEETING + sentence + "\n", "role"))
                .contains("annelies hoekstra = chair", "joost van velzen = custom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "22.30 Prinsenbal met DJ Tuur De Wolf|tuur de wolf = custom",
        "18.30 Netwerkborrel; aan de vleugel: pianiste Lieke Verstegen|lieke verstegen = custom",
        "10.00 Wheel throwing with your tutor Maya Okonkwo|maya okonkwo = custom",
        "20.00 Intermezzo met harpiste Ellen Fairweather|ellen fairweather = custom"})
    @DisplayName("who plays the records or the piano, or teaches the class, holds a role of their own")
    void performersAndTeachers(String line, String role) {
        assertThat(scored("a.txt", MEETING + "Programma\n\n19.30 Welkom\n" + line + "\n", "role")).contains(role);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"| 13.15 | **Keynote** – Wie is de baas? door Jurriaan Oosterwijk | **Workshop** – "
            + "Denkexperiment o.l.v. Ineke Bosma |",
        "| 13.15 | Keynote door Jurriaan Oosterwijk | Workshop o.l.v. Ineke Bosma | |"})
    @DisplayName("a row of parallel sessions, each opening with its kind, reads each session with its own people")
    void parallelSessions(String row) {
        String text = "# Festival\n\nVrijdag 24 september 2027, De Spoorloods, Deventer\n\n| Tijd | Grote Zaal | De Kas "
                + "| Buiten |\n|---|---|---|---|\n| 13.00 | Opening | | |\n" + row + "\n";
        assertThat(scored("a.md", text, "role")).contains("jurriaan oosterwijk = keynote-speaker")
                .doesNotContain("ineke bosma = keynote-speaker", "jurriaan oosterwijk = moderator");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The panel is moderated by Rhea Castellanos. On stage: Oluwaseun Adeyemi (Fernbank "
            + "Software) and Ingrid Solberg.", "Het gesprek leidt Rhea Castellanos. Aan tafel: Oluwaseun Adeyemi (Fernbank "
            + "Software) en Ingrid Solberg."})
    @DisplayName("'On stage:' or 'Aan tafel:' opening a later sentence names the panel's members")
    void onStageInALaterSentence(String sentence) {
        assertThat(scored("a.txt", MEETING + sentence + "\n", "role"))
                .contains("oluwaseun adeyemi = panellist", "ingrid solberg = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Your hosts Priya Lowther and Callum Reade will record a full episode.",
        "Our hosts Priya Lowther and Callum Reade welcome you at the door."})
    @DisplayName("'Your hosts' or 'Our hosts' before names makes them the hosts")
    void hostsPlural(String sentence) {
        assertThat(scored("a.txt", MEETING + sentence + "\n", "role"))
                .contains("priya lowther = host", "callum reade = host");
    }
}
