package dev.agendum.importer;

import static dev.agendum.importer.Cues.BUURTAVOND;
import static dev.agendum.importer.Cues.COMMUNITY_EVENING;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The roles that d111–d150 wrote in ways the rules had not met: who presents a meeting's report, a role word in
 * brackets after a position, a club's chair before a name, a leader's word on a panel, the parts of an item given
 * "door" someone, clauses after a name, plural talks and "onder anderen", courses "gegeven door", those who go
 * along with a group, a panel's members on the line under it, a position after a determiner and a comma, "our
 * speaker is", a response, headings that ask who speaks or name a panellist's talk, interviewers, a people cell
 * that opens with a position, a card's "door" line, subjects after a position, a given name alone, verbs before
 * their subject, an oratie, "volgt", an appositive after a cue, a panel "moderated by", "welcome from", a signing.
 * Each in two wordings of its own; the people and the layouts they stand in are in
 * {@link AnnouncementImporterEleventhPeopleCuesTest}.
 */
@DisplayName("AnnouncementImporter reads the roles of d111-d150's cues")
class AnnouncementImporterEleventhRoleCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20.15  Financieel verslag 2026, gepresenteerd door penningmeester Jelle Smit | jelle smit",
        "20.15  Begroting 2027 en contributie, gepresenteerd door Marieke Dam | marieke dam"})
    @DisplayName("who presents a meeting's report or budget ('gepresenteerd door') speaks on that item")
    void presentsAReport(String row, String person) {
        String draft = BUURTAVOND + "Agenda\n19.30  Opening\n" + row + "\n21.00  Rondvraag en sluiting\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker").doesNotContain(person + " = host");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19:30  Welcome — Lena Vos, Head of Community Affairs (host) | lena vos | host",
        "19:30  Opening – Omar Said, editor at the Courier (moderator) | omar said | moderator"})
    @DisplayName("a role word in brackets after the position a person holds gives their role")
    void roleInBrackets(String row, String person, String role) {
        String draft = COMMUNITY_EVENING + "Programme\n" + row + "\n20:00  The river in numbers — Pia Berg\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = " + role)
                .doesNotContain(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "21.15  Afsluiting met een dankwoord door onze voorzitter Gerrit Mulder | gerrit mulder",
        "21.15  Closing words by our chair Hannah Reid | hannah reid"})
    @DisplayName("'onze voorzitter', 'our chair' before a name is who chairs the club, a position, not the event's chair")
    void clubChair(String row, String person) {
        String draft = (row.contains("door") ? BUURTAVOND : COMMUNITY_EVENING) + "Programma\n19.30  Opening\n" + row + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker").doesNotContain(person + " = chair");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Zaal 1 Buurtbudget: hoe werkt het?, door Lena Vos (gemeente Zwolle)\\nZaal 2 Groen in de straat, door Omar Said en Pia Berg | lena vos | omar said",
        "Room A Heat pumps explained, by Fleur Kok (Northwind)\\nRoom B Insulating an old house? by Tom Wit and Pia Berg | fleur kok | tom wit"})
    @DisplayName("the parts of an item on the lines under it, each a title and then 'door' or 'by', name who speaks")
    void partsGivenBy(String lines, String first, String second) {
        String draft = (lines.contains("door") ? BUURTAVOND : COMMUNITY_EVENING) + "Programma\n19.30 Opening\n"
                + "19.45 Ronde 1 (twee zalen)\n" + lines.replace("\\n", "\n") + "\n21.00 Borrel\n";
        assertThat(scored("a.txt", draft, "role")).contains(first + " = speaker", second + " = speaker",
                "pia berg = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"Het wordt een bijzondere avond,\" zegt huisarts Marieke Dam, die de bijeenkomst voorzit. | marieke dam | chair",
        "Wie de plannen wil zien, kan terecht bij Jelle Smit, die het debat leidt. | jelle smit | moderator"})
    @DisplayName("a clause after a name found anywhere ('die de bijeenkomst voorzit', 'die het debat leidt') gives the role")
    void clauseAfterAName(String sentence, String person, String role) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(person + " = " + role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Daarna volgen lezingen van ecoloog Lena Vos en van Omar Said, boswachter. | lena vos | omar said",
        "After the break there are talks by Fleur Kok (Northwind) and by Tom Berg. | fleur kok | tom berg"})
    @DisplayName("talks or presentations 'van' or 'by' several, the preposition said again after 'en', name speakers")
    void talksBySeveral(String sentence, String first, String second) {
        String draft = (sentence.contains("lezingen") ? BUURTAVOND : COMMUNITY_EVENING) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(first + " = speaker", second + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We sluiten af met een paneldiscussie onder leiding van Lena Vos, met onder anderen Omar Said van de buurtvereniging. | lena vos | omar said",
        "We close with a panel led by Fleur Kok, with among others Tom Wit of the Linden Trust. | fleur kok | tom wit"})
    @DisplayName("'onder anderen' or 'among others' before the names a panel is with still names its panellists")
    void amongOthers(String sentence, String leader, String panellist) {
        String draft = (sentence.contains("We sluiten") ? BUURTAVOND : COMMUNITY_EVENING) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(leader + " = panel-leader", panellist + " = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De cursus wordt gegeven door Lena Vos, docent bij het Stadsarchief, samen met Omar Said. | lena vos | omar said",
        "The workshop is given by Fleur Kok of the Northwind Trust, together with Tom Berg. | fleur kok | tom berg"})
    @DisplayName("who a course or workshop 'wordt gegeven door' or 'is given by', and who is with them, speak")
    void givenBy(String sentence, String first, String second) {
        String draft = (sentence.contains("cursus") ? BUURTAVOND : COMMUNITY_EVENING) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(first + " = speaker", second + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Begeleiding: pastoor Lena Vos en diaken Omar Said. | lena vos | omar said",
        "Begeleiders: Fleur Kok (gids) en Tom Berg | fleur kok | tom berg"})
    @DisplayName("those a label names as the group's 'begeleiding' or 'begeleiders' hold a role of that name")
    void accompanied(String line, String first, String second) {
        assertThat(scored("a.txt", BUURTAVOND + line + "\n", "role")).contains(first + " = custom", second + " = custom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20:00  Panel discussion\\n       with Lena Vos (Northwind), Omar Said (Linden Trust) and Pia Berg\\n       Chair: Fleur Kok | lena vos | fleur kok | chair",
        "20.00  Paneldiscussie\\n       met Lena Vos (wijkteam), Omar Said (GGD) en Pia Berg\\n       Gespreksleider: Fleur Kok | lena vos | fleur kok | moderator"})
    @DisplayName("an indented line under a panel that opens with 'with' or 'met' names its members; a label under it its leader")
    void panelMembersOnTheNextLine(String lines, String member, String leader, String role) {
        String draft = (lines.contains("Paneldiscussie") ? BUURTAVOND : COMMUNITY_EVENING) + "Programme\n19:30  Welcome\n"
                + lines.replace("\\n", "\n") + "\n21:00  Drinks\n";
        assertThat(scored("a.txt", draft, "role")).contains(member + " = panellist", "omar said = panellist",
                "pia berg = panellist", leader + " = " + role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19:30  Welcome by our director, Lena Vos | lena vos",
        "19.30  Welkom door onze directeur, Omar Said | omar said"})
    @DisplayName("a determiner and a position, then a comma and the name, is who the item has")
    void positionThenComma(String row, String person) {
        String draft = (row.contains("Welkom") ? BUURTAVOND : COMMUNITY_EVENING) + "Programme\n" + row
                + "\n20:00  The river in numbers — Pia Berg\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Our speaker this year is the Revd Dr Lena Vos, Chaplain at St Mary's, York. | lena vos",
        "Onze spreker vanavond is ds. Omar Said, predikant in Zwolle. | omar said"})
    @DisplayName("'our speaker (this year) is' before a name, maybe after 'the' and titles, makes the person speaker")
    void ourSpeakerIs(String sentence, String person) {
        String draft = (sentence.startsWith("Our") ? COMMUNITY_EVENING : BUURTAVOND) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
        assertThat(scored("a.txt", draft, "person")).containsOnly(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "After the talk there will be a response from Fleur Kok of the Linden Trust. | fleur kok",
        "Na de lezing volgt een reactie van Tom Berg, wijkagent. | tom berg"})
    @DisplayName("who gives 'a response' or 'een reactie' after a talk speaks too")
    void response(String sentence, String person) {
        String draft = (sentence.startsWith("After") ? COMMUNITY_EVENING : BUURTAVOND) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "## Wie vertelt er?\\n\\nLena Vos – energiecoach bij het Energiehuis\\n\\nOmar Said – wethouder Wonen | lena vos | omar said",
        "## Who is speaking?\\n\\nAnna Smit – researcher at Northwind\\n\\nTom Berg – teacher | anna smit | tom berg"})
    @DisplayName("a heading that asks who speaks ('Wie vertelt er?', 'Who is speaking?') heads the speakers")
    void headingAsksWhoSpeaks(String section, String first, String second) {
        String draft = "# Infoavond\n\n" + (section.contains("Wie") ? BUURTAVOND : COMMUNITY_EVENING)
                + section.replace("\\n", "\n") + "\n";
        assertThat(scored("a.md", draft, "role")).contains(first + " = speaker", second + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "## Keynote\\n\\nProf. Lena Vos (Northwind University)\\n\\n## Panel\\n\\nThe day ends with a panel led by Fleur Kok, with Lena Vos and Tom Berg. | lena vos | keynote-speaker",
        "## Sprekers\\n\\nDr. Omar Said (GGD Zwolle)\\n\\n## Panel\\n\\nWe sluiten af met een panel onder leiding van Fleur Kok, met Omar Said en Tom Berg. | omar said | speaker"})
    @DisplayName("who a speakers' or keynote heading names speaks, even when a panel elsewhere seats them too")
    void headingBesideAPanel(String sections, String person, String role) {
        String draft = "# Symposium\n\n" + COMMUNITY_EVENING + sections.replace("\\n", "\n") + "\n";
        assertThat(scored("a.md", draft, "role")).contains(person + " = " + role, person + " = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Afterwards the author will be interviewed by Lena Vos of the Courier. | lena vos",
        "Daarna wordt de schrijfster geïnterviewd door Omar Said van Radio Oost. | omar said"})
    @DisplayName("who someone is 'interviewed by' or 'geïnterviewd door' is the interviewer")
    void interviewedBy(String sentence, String person) {
        String draft = (sentence.startsWith("After") ? COMMUNITY_EVENING : BUURTAVOND) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = interviewer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20.00  Lena Vos interviewt Omar Said over zijn nieuwe roman | lena vos | omar said",
        "20:00  Fleur Kok interviews Tom Berg about his first novel | fleur kok | tom berg"})
    @DisplayName("an item whose title is 'A interviewt B' has A as its interviewer and B as the one interviewed")
    void interviewsInTheTitle(String row, String asks, String answers) {
        String draft = (row.contains("interviewt") ? BUURTAVOND : COMMUNITY_EVENING) + "Programma\n19.30  Opening\n" + row
                + "\n21.00  Borrel\n";
        assertThat(scored("a.txt", draft, "role")).contains(asks + " = interviewer", answers + " = interviewee");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "| 19.30 | Rondleiding door de tuin | imker Lena Vos |\\n| 20.30 | Lezing over bijen | bioloog Omar Said | ; lena vos ; omar said",
        "| 19:30 | Garden tour | beekeeper Lena Vos |\\n| 20:30 | Talk on bees | gardener Omar Said | ; lena vos ; omar said"})
    @DisplayName("a table's people cell that opens with a word set small before a known given name names the item's person")
    void positionInAPeopleCell(String rows, String first, String second) {
        String draft = "# Tuindag\n\n" + (rows.contains("Rondleiding") ? BUURTAVOND : COMMUNITY_EVENING)
                + "| Tijd | Wat | Wie |\n|---|---|---|\n" + rows.replace("\\n", "\n") + "\n";
        assertThat(scored("a.md", draft, "role")).contains(first + " = speaker", second + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "## Bijen in de stad\\n\\ndoor stadsecoloog Lena Vos (gemeente Zwolle) | lena vos",
        "## Bees in the city\\n\\nby Dr. Omar Said (Northwind University) | omar said"})
    @DisplayName("a session card's line that is only 'door' or 'by' and a person names who speaks")
    void byLine(String card, String person) {
        String draft = "# Kennissessies\n\n" + (card.contains("door") ? BUURTAVOND : COMMUNITY_EVENING)
                + card.replace("\\n", "\n") + "\n";
        assertThat(scored("a.md", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20.15 uur – Wat gebeurt er met de bomen? Hovenier Lena Vos van Hoveniersbedrijf Groenwerk vertelt welke blijven. | lena vos",
        "20:15 – What happens to the trees? Gardener Omar Said of Greenworks explains which stay. | omar said"})
    @DisplayName("an item's sentence whose subject, after the position capitalised first, speaks names its speaker")
    void positionFirstSubjectSpeaks(String row, String person) {
        String draft = (row.contains("uur") ? BUURTAVOND : COMMUNITY_EVENING) + "Programma\n- 19.30 uur – Welkom\n- "
                + row + "\n";
        assertThat(scored("a.txt", draft, "person")).contains(person);
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19:30  Welcome — Lena Vos, head of communications (host)\\n20:30  Questions from the floor, moderated by Lena | lena vos",
        "19.30  Welkom — Omar Said, wijkregisseur\\n20.30  Vragenronde, geleid door Omar | omar said"})
    @DisplayName("the given name alone of someone named in full before ('moderated by Lena') is that person")
    void givenNameAlone(String rows, String person) {
        String draft = (rows.contains("Welcome") ? COMMUNITY_EVENING : BUURTAVOND) + "Programme\n" + rows.replace("\\n", "\n")
                + "\n21:00  Drinks\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = moderator");
        assertThat(scored("a.txt", draft, "person")).containsOnly(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We beginnen om 19u30. Eerst legt notaris Lena Vos (Notariaat Vos) uit wat een testament is. Om 20u15 is er tijd voor vragen. | lena vos",
        "We beginnen om 19.30 uur. Daarna vertelt huisarts Omar Said over slaap. Om 20.15 uur is er tijd voor vragen. | omar said"})
    @DisplayName("a sentence after a timed one that opens with 'eerst' or 'daarna' and a speaker's verb before its subject names the speaker")
    void verbBeforeTheSubject(String paragraph, String person) {
        assertThat(scored("a.txt", BUURTAVOND + paragraph + "\n", "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Schepen van Mobiliteit Lena Vos geeft om 19 uur en om 20 uur een korte toelichting. | lena vos",
        "Directeur Wonen en Zorg Omar Said geeft vanavond een presentatie over de plannen. | omar said"})
    @DisplayName("a sentence whose subject follows a position of several words and who 'geeft … een toelichting' speaks")
    void positionOfSeveralWordsThenGives(String sentence, String person) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Op deze middag aanvaardt Lena Vos het ambt van hoogleraar Stedenbouw met het uitspreken van haar oratie. | lena vos",
        "The afternoon closes with the inaugural lecture by Prof. Omar Said on urban rivers. | omar said"})
    @DisplayName("who 'aanvaardt het ambt' or gives the inaugural lecture speaks")
    void inauguralLecture(String sentence, String person) {
        String draft = (sentence.startsWith("The") ? COMMUNITY_EVENING : BUURTAVOND) + sentence + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Het programma begint om 19.30 uur met koffie. Om 20.00 uur volgt dr. Lena Vos (GGD) met nieuwe cijfers. | lena vos",
        "The programme starts at 7.30 pm with coffee. At 8 pm follows Dr. Omar Said (Northwind) with new figures. | omar said"})
    @DisplayName("who 'volgt' or 'follows' at a time in prose is that item's speaker")
    void follows(String paragraph, String person) {
        String draft = (paragraph.startsWith("The") ? COMMUNITY_EVENING : BUURTAVOND) + paragraph + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The soup is served from 19:00 and the evening is chaired by our\\nChaplain, the Revd Lena Vermeulen. | lena vermeulen | chair",
        "Na de pauze wordt het gesprek geleid door onze voorzitter, Omar Said, die de vereniging al tien jaar leidt. | omar said | chair"})
    @DisplayName("a determiner, a position and a comma between a cue and the name (an appositive) leave the name to the cue, a role word among them giving the role")
    void appositiveAfterACue(String paragraph, String person, String role) {
        String draft = (paragraph.startsWith("The") ? COMMUNITY_EVENING : BUURTAVOND) + paragraph.replace("\\n", "\n")
                + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = " + role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Om 19.30 uur opent de wethouder de avond. Vanaf 20.00 uur is er een wandeling onder begeleiding van boswachter Lena Vermeulen. | lena vermeulen",
        "At 7.30 pm the mayor opens the evening. From 8 pm there is a walk through the park guided by ranger Omar Said. | omar said"})
    @DisplayName("a prose sentence 'vanaf' a time is an item, and who goes along ('onder begeleiding van', 'guided by') holds a role of that name")
    void guidedFrom(String paragraph, String person) {
        String draft = (paragraph.startsWith("Om") ? BUURTAVOND : COMMUNITY_EVENING) + paragraph + "\n";
        assertThat(scored("a.txt", draft, "item")).contains("2027-03-16t20:00");
        assertThat(scored("a.txt", draft, "role")).contains(person + " = custom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Om 20.00 uur begint het gesprek. Vanaf 21.00 uur signeert Lena Vos haar nieuwe roman. | lena vos",
        "At 8 pm the conversation starts. At 9 pm signs Omar Said his new novel at the stand. | omar said"})
    @DisplayName("who signs a book at a signing ('signeert', 'signs') is its author")
    void signing(String paragraph, String person) {
        String draft = (paragraph.startsWith("Om") ? BUURTAVOND : COMMUNITY_EVENING) + paragraph + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = author").doesNotContain(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20.00  Panelgesprek: wie betaalt de dijk? Gemodereerd door Lena Vos, met Omar Said en Pia Berg | lena vos",
        "20:00  Panel: who pays for the dyke? Moderated by Fleur Kok, with Omar Said and Pia Berg | fleur kok"})
    @DisplayName("who a panel is 'moderated by' is its moderator, not its leader")
    void panelModeratedBy(String row, String person) {
        String draft = (row.contains("Panelgesprek") ? BUURTAVOND : COMMUNITY_EVENING) + "Programma\n19.30  Opening\n" + row
                + "\n21.00  Borrel\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = moderator", "pia berg = panellist")
                .doesNotContain(person + " = panel-leader");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19:30  Welcome from our director, Lena Vos | lena vos",
        "19:30  Opening: a word from Omar Said (Linden Trust) | omar said"})
    @DisplayName("who an item's 'welcome from' or 'a word from' names speaks on it")
    void welcomeFrom(String row, String person) {
        String draft = COMMUNITY_EVENING + "Programme\n" + row + "\n20:00  The river in numbers — Pia Berg\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }
}
