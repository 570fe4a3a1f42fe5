package dev.agendum.importer;

import static dev.agendum.importer.Cues.BUURTAVOND;
import static dev.agendum.importer.Cues.COMMUNITY_EVENING;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues of roles that d111–d130 wrote in ways the rules had not met: people of a role label set apart by a
 * middle dot or a bullet, a role label after an emoji and a determiner, a host named after "is" in a sentence,
 * the body a possessive names before the position held, the guests a label lists, performers and guides by
 * what they do, a forum's members, a spokesperson named after the word for one, whose speech an item is,
 * a panel's members named with its leader, a meeting's chair after "voorgezeten door", the author of a work, and
 * an interviewer named after the verb.
 * Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the roles of d111-d130's cues")
class AnnouncementImporterNextRoleCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sprekers: Lies Jansen, buurtcoach · Omar Said, vrijwilliger · Pia Berg, docent | lies jansen | omar said | pia berg",
        "Speakers: Lena Vos, mentor • Tom Wit, volunteer • Fleur Kok, teacher | lena vos | tom wit | fleur kok"})
    @DisplayName("a middle dot or a bullet between the people of a role label sets the next person apart")
    void listMarks(String line, String first, String second, String third) {
        boolean dutch = line.startsWith("Sprekers");
        String draft = (dutch ? BUURTAVOND : COMMUNITY_EVENING) + line + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(first + " = speaker", second + " = speaker",
                third + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "🎤 Your host: Lena Vos, editor at the Courier | lena vos",
        "▸ Onze presentator: Tom Wit (Radio Oost) | tom wit"})
    @DisplayName("a role label after an emoji or a bullet, with a determiner before the role word, gives the role")
    void labelAfterAMark(String line, String person) {
        String draft = (line.contains("Onze") ? BUURTAVOND : COMMUNITY_EVENING) + line + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = host");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Uw gastvrouw is wijkverpleegkundige Anouk Peters. | anouk peters",
        "De gastheer van de avond is journalist Omar Said. | omar said"})
    @DisplayName("'gastvrouw' or 'gastheer' and 'is' before a name, maybe after a position, make the person host")
    void hostInASentence(String sentence, String person) {
        String draft = BUURTAVOND + "We praten samen over de plannen voor het park. " + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = host");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Host: Lena Vos, Northwind's Head of Partnerships | northwind",
        "Moderator: Tom Wit, Brightfield’s director of research | brightfield"})
    @DisplayName("a possessive before the position held names the body the person works for")
    void possessiveBody(String line, String body) {
        assertThat(scored("a.txt", COMMUNITY_EVENING + line + "\n", "organisation")).contains(body)
                .noneMatch(o -> o.contains("head") || o.contains("director"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "🎤 Our guests\\n▪️ Lena Vos – researcher, Northwind\\n▪️ Omar Said – teacher | lena vos | omar said",
        "Te gast:\\n• Anouk Peters, wijkverpleegkundige\\n• Fleur Kok, docent | anouk peters | fleur kok"})
    @DisplayName("the guests listed under a label, each line maybe after a bullet, are the event's speakers")
    void guests(String lines, String first, String second) {
        String draft = (lines.contains("Te gast") ? BUURTAVOND : COMMUNITY_EVENING) + lines.replace("\\n", "\n") + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(first + " = speaker", second + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Te gast: Anouk Peters en Fleur Kok | Panel met Anouk Peters en Fleur Kok",
        "Our guests: Anouk Peters and Fleur Kok | Panel with Anouk Peters and Fleur Kok"})
    @DisplayName("a guest whom the programme gives a role keeps that role and is no speaker besides")
    void guestsWithARole(String label, String item) {
        String draft = BUURTAVOND + label + "\n\nProgramma\n19.30 uur " + item + "\n21.00 uur Borrel\n";
        assertThat(scored("a.txt", draft, "role")).contains("anouk peters = panellist", "fleur kok = panellist")
                .doesNotContain("anouk peters = speaker", "fleur kok = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Muzikale leiding: Anouk Peters\\nAan de piano: Fleur Kok | anouk peters | fleur kok",
        "Musical direction: Lena Vos\\nAt the organ: Omar Said | lena vos | omar said"})
    @DisplayName("who leads the music or plays an instrument, by a label of what they do, holds a performer's role")
    void performers(String lines, String first, String second) {
        String draft = (lines.contains("Muzikale") ? BUURTAVOND : COMMUNITY_EVENING) + lines.replace("\\n", "\n") + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(first + " = custom", second + " = custom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20.00 uur Avondwandeling door de polder met natuurgids Anouk Peters | anouk peters",
        "20.00 uur Night walk along the river with guide Omar Said | omar said"})
    @DisplayName("the guide named on a walk leads it, a custom role rather than a speaker's")
    void guides(String item, String person) {
        String draft = BUURTAVOND + "Programma\n" + item + "\n21.30 uur Afsluiting\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = custom")
                .doesNotContain(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Forumleden: Anouk Peters (Rabobank) en Fleur Kok (LTO)",
        "Panel members: Anouk Peters (Rabobank) and Fleur Kok (LTO)"})
    @DisplayName("the members of a forum or a panel, by their label, are its panellists")
    void forumMembers(String line) {
        String draft = BUURTAVOND + "Programma\n19.30 uur Forum: wie betaalt de zorg?\n" + line + "\n21.00 uur Borrel\n";
        assertThat(scored("a.txt", draft, "role")).contains("anouk peters = panellist", "fleur kok = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Journalisten kunnen woordvoerder Anouk Peters bellen op 06 1234 5678. | anouk peters = spokesperson",
        "Journalists can reach our press officer Omar Said on +44 20 7946 0000. | omar said = spokesperson"})
    @DisplayName("a spokesperson's word right before a name gives the person that role")
    void spokesperson(String sentence, String role) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Persvragen: Anouk Peters, woordvoerder Groene Koepel, 06 1234 5678",
        "Press: Anouk Peters, spokesperson Green Dome Trust, +44 20 7946 0000"})
    @DisplayName("a spokesperson's word after a name and a comma is that person's, not a cue for the words after it")
    void spokespersonAfterAName(String line) {
        assertThat(scored("a.txt", BUURTAVOND + line + "\n", "person")).containsExactly("anouk peters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19.30 uur Welkom, met een toespraak van wethouder Anouk Peters | anouk peters",
        "19.30 uur Lezing van schrijver Omar Said over zijn nieuwe roman | omar said"})
    @DisplayName("the one whose speech or lecture an item is ('toespraak van', 'lezing van') speaks on it")
    void speechOf(String item, String person) {
        String draft = BUURTAVOND + "Programma\n" + item + "\n21.00 uur Borrel\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The day closes with a panel led by Lena Vos, with Omar Said, Fleur Kok and Anouk Peters. | lena vos",
        "De middag sluit af met een panel geleid door Anouk Peters, met Omar Said, Fleur Kok en Lena Vos. | anouk peters"})
    @DisplayName("those named with a panel's leader after 'with' sit on the panel; only the leader leads it")
    void withThePanelLeader(String sentence, String leader) {
        String draft = (sentence.startsWith("The") ? COMMUNITY_EVENING : BUURTAVOND) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(leader + " = panel-leader", "omar said = panellist",
                "fleur kok = panellist").doesNotContain("omar said = panel-leader", "fleur kok = panel-leader");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De vergadering wordt voorgezeten door voorzitter Anouk Peters. | anouk peters",
        "De avond wordt voorgezeten door Omar Said, voorzitter van de wijkraad. | omar said"})
    @DisplayName("who the meeting is 'voorgezeten door' chairs it")
    void presidedBy(String sentence, String person) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(person + " = chair");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<figure><img src='a.jpg' alt=''><figcaption><strong>Anouk Peters</strong><span>auteur van ‘De stille haven’"
                + "</span></figcaption></figure> | a.html | anouk peters",
        "Omar Said, author of The Salt Road | a.txt | omar said"})
    @DisplayName("a card's or a line's one person whose position is the author of a work is an author on the event")
    void authorOfAWork(String card, String file, String person) {
        String draft = file.endsWith("html")
                ? "<html><body><h1>Boekenavond</h1><p>Datum: dinsdag 16 maart 2027, 19.30 - 21.30 uur</p>"
                        + "<section><h2>Sprekers</h2>" + card + "</section></body></html>"
                : COMMUNITY_EVENING + card + "\n";
        assertThat(scored(file, draft, "role")).contains(person + " = author");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Om 20.00 uur interviewt journalist Anouk Peters de schrijver over haar nieuwe boek. | anouk peters",
        "Om 20.00 uur interviewt verslaggever Omar Said (Radio Oost) de dichter over zijn werk. | omar said"})
    @DisplayName("the subject after an interviewer's verb, right after an item's time, is its interviewer")
    void interviewerAfterTheVerb(String sentence, String person) {
        String draft = BUURTAVOND + "Om 19.30 uur heet de voorzitter u welkom. " + sentence
                + " Om 21.00 uur is er een borrel.\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = interviewer")
                .doesNotContain(person + " = interviewee");
    }
}
