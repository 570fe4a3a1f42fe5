package dev.agendum.importer;

import static dev.agendum.importer.Cues.BUURTAVOND;
import static dev.agendum.importer.Cues.COMMUNITY_EVENING;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The people that d111–d150 named in ways the rules had not met, and the layouts they stand in: given names the
 * list lacked, names and brackets cut by a hard wrap, a portfolio before a municipality or a given name, who a text
 * remembers, a mail header's sender, a social post's commenters, a position written in capitals, a given name
 * that spells a month, a paper's name after "van", a registration deadline, a programme in a Markdown code block,
 * a timetable's day-led line, sentences that end in a number or a time, from when the coffee waits.
 * Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the people of d111-d150's cues and the layouts they stand in")
class AnnouncementImporterEleventhPeopleCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19.45  Fietsroutes in kaart — Lena Vos (gemeente Zwolle) | lena vos",
        "20.00  Sensors on the bridge — Omar Said, data engineer at Northwind | omar said"})
    @DisplayName("a programme kept between a Markdown block's fences is read as the plain lines it shows")
    void fencedProgramme(String row, String person) {
        String draft = "# Meetup\n\n**When:** Tuesday 16 March 2027, 19:30 - 21:30\n\n### Programme\n\n```\n"
                + "19.30  Doors open\n" + row + "\n```\n";
        assertThat(scored("a.md", draft, "item")).hasSize(2);
        assertThat(scored("a.md", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Na afloop praten we na met Wietske Hoekstra en Saartje Vermeulen. | wietske hoekstra | saartje vermeulen",
        "Aanmelden bij Jannie Verweij of bij Nourah Saleh. | jannie verweij | nourah saleh",
        "Vragen kunt u stellen aan Dianne Verschuur of Evelyne Claes. | dianne verschuur | evelyne claes"})
    @DisplayName("Wietske, Saartje, Dianne, Evelyne, Jannie and Nourah start a person's name wherever it stands")
    void givenNames(String sentence, String first, String second) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "person")).contains(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De avond wordt geopend door onze gastvrouw. Dagvoorzitter is wijkagent Marieke\\nHoekstra, die al jaren in de buurt werkt. | marieke hoekstra | chair",
        "The evening opens with a short film and a word of welcome. Our moderator is Dr.\\nAnnika Berg of the Northwind Trust. | annika berg | moderator"})
    @DisplayName("a hard-wrapped line that breaks after a given name or a title goes on with the name's rest")
    void nameCutByTheWrap(String paragraph, String person, String role) {
        String draft = (paragraph.contains("Dagvoorzitter") ? BUURTAVOND : COMMUNITY_EVENING)
                + paragraph.replace("\\n", "\n") + "\n";
        assertThat(scored("a.txt", draft, "person")).contains(person);
        assertThat(scored("a.txt", draft, "role")).contains(person + " = " + role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20.00 Paneldiscussie met Yara Bouzid (wijkteam Noord), Tjeerd Hoekstra (buurtvereniging\\nDe Linde) en Pia Berg; gespreksleider: Anouk Peters | tjeerd hoekstra | anouk peters",
        "20.00 Panel discussion with Lena Vos (Northwind), Omar Said (Friends of the\\nLinden Park) and Pia Berg; moderator: Fleur Kok | omar said | fleur kok"})
    @DisplayName("a bracket a wrapped line leaves open goes on on the next line; a leader's word on a panel gives the leader")
    void bracketCutByTheWrap(String row, String panellist, String leader) {
        String draft = (row.contains("Paneldiscussie") ? BUURTAVOND : COMMUNITY_EVENING) + "Programma\n19.30 Opening\n"
                + row.replace("\\n", "\n") + "\n21.00 Borrel\n";
        assertThat(scored("a.txt", draft, "role")).contains(panellist + " = panellist", "pia berg = panellist",
                leader + " = moderator").doesNotContain(leader + " = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sprekers: Yara Bouzid (wethouder Wonen, gemeente Zwolle) en Pia Berg | gemeente zwolle | gemeente wonen",
        "Speakers: Lena Vos (alderman for Housing, City of York) and Pia Berg | city of york | gemeente housing"})
    @DisplayName("a portfolio held and then the municipality, comma between, is one affiliation with that municipality")
    void portfolioThenMunicipality(String line, String body, String wrong) {
        String draft = (line.contains("Sprekers") ? BUURTAVOND : COMMUNITY_EVENING) + line + "\n";
        assertThat(scored("a.txt", draft, "organisation")).contains(body).doesNotContain(wrong);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The flowers this week are given in memory of Lena Vos. | lena vos",
        "De bloemen staan er ter nagedachtenis aan Omar Said. | omar said"})
    @DisplayName("who a text remembers ('in memory of', 'ter nagedachtenis aan') is no person of the event")
    void remembered(String sentence, String person) {
        String draft = (sentence.startsWith("The") ? COMMUNITY_EVENING : BUURTAVOND) + sentence + "\n";
        assertThat(scored("a.txt", draft, "person")).doesNotContain(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Van: Lena Vos <lena.vos@mailbox.example.nl> | lena vos",
        "From: Omar Said <omar@mailbox.example.org> | omar said"})
    @DisplayName("who a forwarded mail's header line names as its sender is no person of the event")
    void mailHeader(String header, String person) {
        String draft = "---------- Forwarded message ----------\n" + header + "\n\n"
                + (header.startsWith("Van") ? BUURTAVOND : COMMUNITY_EVENING);
        assertThat(scored("a.txt", draft, "person")).doesNotContain(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Het woord is aan wethouder Groen en Water Marieke Dam, die de plannen toelicht. | marieke dam | groen en water marieke dam",
        "Schepen van Sport Lena Vos opent de avond. | lena vos | sport lena vos"})
    @DisplayName("capitalised words between a position word and a given name are the portfolio, not the person's name")
    void portfolioBeforeTheName(String sentence, String person, String wrong) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "person")).contains(person).doesNotContain(wrong);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Speakers: Dr. Lena Vos (Internist-infectiologist, Northwind Hospital) | internist-infectiologist",
        "Sprekers: Omar Said (kinderarts-neonatoloog, Isala Zwolle) | kinderarts-neonatoloog"})
    @DisplayName("a practitioner's position of two fields joined by a hyphen is a position, not an organisation")
    void hyphenatedPractitioner(String line, String position) {
        assertThat(scored("a.txt", COMMUNITY_EVENING + line + "\n", "organisation")).doesNotContain(position);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Om 19.30 uur opent ds. Lena Vos de avond met een lezing uit Psalm 23. Om 19.45 uur houdt Omar Said een inleiding over de tuin. | lena vos | omar said",
        "At 7.30 pm Lena Vos reads from chapter 12. At 7.45 pm Omar Said gives a talk on the garden. | lena vos | omar said"})
    @DisplayName("a sentence that ends in a number ('Psalm 23.') ends there, and the timed sentence after it is an item")
    void sentenceEndsInANumber(String paragraph, String first, String second) {
        String draft = (paragraph.startsWith("Om") ? BUURTAVOND : COMMUNITY_EVENING) + paragraph + "\n";
        assertThat(scored("a.txt", draft, "item")).hasSize(2);
        assertThat(scored("a.txt", draft, "role")).contains(second + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tue 16 March  19:30  Welcome by Lena Vos\\nTue 16 March  20:00  Lecture on rivers by Dr. Omar Said | 2027-03-16t20:00 | omar said",
        "di 16 maart  19.30  Welkom door Lena Vos\\ndi 16 maart  20.00  Lezing over rivieren door dr. Omar Said | 2027-03-16t20:00 | omar said"})
    @DisplayName("a timetable's line that opens with the event's day, a column's gap and a time is an item of that day")
    void dayThenTime(String lines, String item, String person) {
        String draft = (lines.startsWith("Tue") ? COMMUNITY_EVENING : BUURTAVOND) + "Programme\n"
                + lines.replace("\\n", "\n") + "\n";
        assertThat(scored("a.txt", draft, "item")).contains("2027-03-16t19:30", item);
        assertThat(scored("a.txt", draft, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Inschrijven kan vóór 10 maart bij Lena Vos, tel. 038 123 45 67. | lena vos",
        "Please register before 10 March with Omar Said at the church office. | omar said"})
    @DisplayName("a sentence whose only date is a deadline ('vóór 10 maart') still names the event's people")
    void deadlineIsNoOtherDay(String sentence, String person) {
        String draft = (sentence.startsWith("Please") ? COMMUNITY_EVENING : BUURTAVOND) + sentence + "\n";
        assertThat(scored("a.txt", draft, "person")).contains(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Contact: Lena Vos, Events Officer, events@linden.example.org | events officer",
        "Vragen: Omar Said, Senior Beleidsmedewerker, info@linde.example.nl | senior beleidsmedewerker"})
    @DisplayName("two capitalised words that end in a position word, the first no given name, are a position, not a person")
    void capitalisedPosition(String line, String position) {
        String draft = (line.startsWith("Contact") ? COMMUNITY_EVENING : BUURTAVOND) + line + "\n";
        assertThat(scored("a.txt", draft, "person")).doesNotContain(position);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Most relevant comments ▾\\n\\nLena Vos • 2nd\\nTeacher at Northwind\\nLooking forward to it! | lena vos",
        "Reacties (3)\\n\\nOmar Said\\nMooi initiatief, ik kom zeker! | omar said"})
    @DisplayName("who comments under a social post, below the line that opens its comments, is no person of the event")
    void commenters(String comments, String person) {
        String draft = (comments.startsWith("Most") ? COMMUNITY_EVENING : BUURTAVOND) + "Speaker: Pia Berg\n\n"
                + comments.replace("\\n", "\n") + "\n";
        assertThat(scored("a.txt", draft, "person")).contains("pia berg").doesNotContain(person);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Vanaf 19.00 uur staat de koffie klaar. Om 19.30 uur opent Lena Vos de avond.",
        "From 7 pm the doors are open. At 7.30 pm Omar Said opens the evening."})
    @DisplayName("from when the coffee or the doors wait ('vanaf 19.00 uur staat de koffie klaar') is no item")
    void walkIn(String paragraph) {
        String draft = (paragraph.startsWith("Vanaf") ? BUURTAVOND : COMMUNITY_EVENING) + paragraph + "\n";
        assertThat(scored("a.txt", draft, "item")).doesNotContain("2027-03-16t19:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Moderator: Mei Ling Chen (Expat Centre) | mei ling chen | moderator",
        "Spreker: Mei Xiao Wang, onderzoeker bij de GGD | mei xiao wang | speaker"})
    @DisplayName("a given name that also spells a month ('Mei') starts a name when two name words follow it")
    void monthGivenName(String line, String person, String role) {
        String draft = (line.startsWith("Moderator") ? COMMUNITY_EVENING : BUURTAVOND) + line + "\n";
        assertThat(scored("a.txt", draft, "role")).contains(person + " = " + role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Om 20.10 uur interviewt journalist Lena Vos van De Stentor de schrijfster over haar roman. | lena vos | lena vos van de stentor",
        "Om 20.10 uur interviewt verslaggever Omar Said van Het Parool de auteur over zijn boek. | omar said | omar said van het parool"})
    @DisplayName("'van' and an article set capital after a name ('van De Stentor') open a paper's name, not the person's surname")
    void paperAfterTheName(String sentence, String person, String wrong) {
        String draft = BUURTAVOND + sentence + "\n";
        assertThat(scored("a.txt", draft, "person")).contains(person).doesNotContain(wrong);
    }
}
