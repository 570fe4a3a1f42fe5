package dev.agendum.importer;

import static dev.agendum.importer.Cues.VERGADERING;
import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The people of press releases, newsletters and pages that the third held-out set (now d47–d60) was misread on,
 * each in at least two wordings: people after a dash, a role word or a verb, chairs named in passing, people cells
 * that open with a position. Values are compared as {@link Scoring} scores them; the mailings' other cues are in
 * {@link AnnouncementImporterMailingCuesTest}.
 */
@DisplayName("AnnouncementImporter reads the people of press releases, newsletters and pages")
class AnnouncementImporterMailingPeopleCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10.15 uur Keynote: Waarom jongeren afhaken – Prof. dr. Youssef Amrani, hoogleraar aan de Universiteit "
            + "Twente | youssef amrani = keynote-speaker",
        "15:05 u Keynote: tien jaar warmtenet – Harm Jan Kuiper (Coöperatie Dorpswarmte Ezinge) | harm jan "
            + "kuiper = keynote-speaker",
        "14.00 uur Workshop over data - Sanne Oosterhof (Hanzehogeschool) | sanne oosterhof = speaker"})
    @DisplayName("a name after a dash in a programme line is the item's person")
    void afterDash(String line, String role) {
        Draft draft = read("a.txt", VERGADERING + "Programma\n" + line + "\n16.25 uur Afsluiting\n");
        assertThat(scored(draft, "role")).contains(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "15:35 u Korte pitches van de sprekers Jolanda Meester (Warm Wirdum) en Rob Dekker (Dorpsbelang Aduard)",
        "15:35 u Drie routes, verteld door de sprekers Jolanda Meester (Warm Wirdum) en Rob Dekker (Dorpsbelang "
            + "Aduard)"})
    @DisplayName("a role word before names in a programme line introduces them")
    void afterRoleWord(String line) {
        Draft draft = read("a.txt", VERGADERING + "Programma\n" + line + "\n16.25 uur Afsluiting\n");
        assertThat(scored(draft, "role")).contains("jolanda meester = speaker", "rob dekker = speaker");
        assertThat(scored(draft, "organisation")).contains("warm wirdum", "dorpsbelang aduard");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Om 10.20 uur houdt kustonderzoeker prof. dr. Wim de Kok (NIOZ) de keynote. | wim de kok = keynote-speaker",
        "Na de lunch, om 13.30 uur, gaan Lotte Verhulst (Waterschap Scheldestromen) en Ilse Cornelisse als panel "
            + "in gesprek. | lotte verhulst = panellist",
        "Om 14.00 uur geeft onderzoeker Sanne Oosterhof een lezing. | sanne oosterhof = speaker"})
    @DisplayName("a prose item's person after a verb, and its kind from the words after its time")
    void afterVerb(String sentence, String role) {
        Draft draft = read("a.txt", "Kennisdag\n\nOp vrijdag 5 maart 2027 in Vlissingen van 9.30 tot 16.00 uur."
                + "\n\nOm 10.00 uur opent Anja Meulenberg de dag. " + sentence + "\n");
        assertThat(scored(draft, "role")).contains(role);
    }

    @Test
    @DisplayName("a preposition after a time is no verb: 'om 10.00 uur bij Café De Brug' names no person")
    void prepositionIsNoVerb() {
        Draft draft = read("a.txt", "Wandeling\n\nZaterdag 21 september 2024\n\nVertrek om 10.00 uur bij Café De "
                + "Brug, Maasboulevard 4, 5911 AA Venlo.\n");
        assertThat(scored(draft, "person")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Dagvoorzitter op beide dagen is Mirjam Olthof.",
        "Om 10.00 uur opent Anja Meulenberg de dag. Dagvoorzitter is Mirjam Olthof.",
        "De moderator tijdens de middag is Mirjam Olthof."})
    @DisplayName("a chair or moderator named in passing, also in an untimed sentence of a programme paragraph")
    void chairInPassing(String sentence) {
        Draft draft = read("a.txt", "Kennisdag\n\nOp vrijdag 5 maart 2027 van 9.30 tot 16.00 uur.\n\n" + sentence
                + "\n");
        assertThat(scored(draft, "role")).anyMatch(r -> r.equals("mirjam olthof = chair")
                || r.equals("mirjam olthof = moderator"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"columnist [Merel Stoker](https://example.nl/merel) | merel stoker = speaker",
        "gespreksleider Hamid Azzouzi; panel: Wendy Smit (Vastgoed Salland) en Gea Tuinstra | wendy smit = "
            + "panellist",
        "gespreksleider Hamid Azzouzi; panel: Wendy Smit (Vastgoed Salland) en Gea Tuinstra | hamid azzouzi = "
            + "moderator"})
    @DisplayName("a table's people cell may open with a position or a role word")
    void peopleCell(String cell, String role) {
        Draft draft = read("a.md", "# Debat\n\n**Donderdag 17 september 2026 · 20.00 – 22.15 uur**\n\n| Tijd | "
                + "Onderdeel | Wie |\n|---|---|---|\n| 20.10 | Debat | " + cell + " |\n| 22.00 | Afsluiting | |\n");
        assertThat(scored(draft, "role")).contains(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "7.30 pm Welcome by Willem Schrijver, Dean of Leiden Law School | willem schrijver = speaker",
        "19.45 uur Welkom door Anna Visser, directeur van de bibliotheek | anna visser = speaker",
        "11.00 uur Inleiding door Amina Yusuf, Principal Researcher at Deltares | amina yusuf = speaker"})
    @DisplayName("a surname that spells a position is a name; a title-case position before 'at' is not")
    void surnameLikePosition(String line, String role) {
        Draft draft = read("a.txt", VERGADERING + "Programma\n" + line + "\n16.25 uur Afsluiting\n");
        assertThat(scored(draft, "role")).contains(role);
        assertThat(scored(draft, "person")).noneMatch(p -> p.contains("researcher"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"In conversation: host Noor Bakker interviews Katarina Lindqvist",
        "Tafelgesprek: gastvrouw Noor Bakker interviewt Katarina Lindqvist"})
    @DisplayName("the one introduced before an interview's word asks, the one after it answers")
    void interviews(String title) {
        Draft draft = read("a.txt", VERGADERING + "Programma\n14.00 uur " + title + "\n16.25 uur Afsluiting\n");
        assertThat(scored(draft, "role")).contains("noor bakker = host", "noor bakker = interviewer",
                "katarina lindqvist = interviewee");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Architect Bram Hulsbosch (Bureau Groenwerk) zou onderweg vertellen hoe je bijen een plek geeft.",
        "Dr. Bram Hulsbosch (Bureau Groenwerk) will talk about bees in buildings."})
    @DisplayName("a sentence whose subject is a person with a speaker's verb gives a speaker")
    void speakingSubject(String sentence) {
        Draft draft = read("a.txt", "Excursie\n\nZaterdag 26 september 2026, 10.00 – 13.00 uur\n\n" + sentence
                + " Het aanmeldformulier is gesloten.\n");
        assertThat(scored(draft, "role")).containsExactly("bram hulsbosch = speaker");
        assertThat(scored(draft, "organisation")).contains("bureau groenwerk");
    }

    @Test
    @DisplayName("a sentence that is not a speaker's records nobody")
    void otherSubject() {
        Draft draft = read("a.txt", "Excursie\n\nZaterdag 26 september 2026, 10.00 – 13.00 uur\n\nPakhuis De "
                + "Zwijger is open vanaf tien uur.\n");
        assertThat(scored(draft, "person")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "16:00 Panel: Algorithms. Moderator: Tariq Aziz. Panellists: Sofie Lambrecht (VNG) and Jan Willem de Boer",
        "16.00 uur Panel over algoritmen. Gespreksleider: Tariq Aziz. Panelleden: Sofie Lambrecht (VNG) en Jan "
            + "Willem de Boer"})
    @DisplayName("role labels inside a programme line each introduce their people, the written role first")
    void labelsInLine(String line) {
        Draft draft = read("a.txt", VERGADERING + "Programma\n" + line + "\n17.00 uur Afsluiting\n");
        assertThat(scored(draft, "role")).contains("tariq aziz = moderator", "sofie lambrecht = panellist",
                "jan willem de boer = panellist").doesNotContain("tariq aziz = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Confirmed were a keynote by Dr. Amara Nwosu, Director at the Commons Policy Institute, and a closing panel "
            + "chaired by Bas Leenders.",
        "Op het programma staan een keynote door Amara Nwosu (Commons Policy Institute) en een panel geleid door "
            + "Bas Leenders."})
    @DisplayName("'a keynote by X' names a keynote speaker, 'a panel chaired by Y' a panel leader")
    void keynoteAndPanelInProse(String sentence) {
        Draft draft = read("a.txt", "Summit\n\nDate: Thursday 19 November 2026, 9:00 – 17:00\n\n" + sentence
                + "\n");
        assertThat(scored(draft, "role")).contains("amara nwosu = keynote-speaker", "bas leenders = panel-leader")
                .doesNotContain("bas leenders = chair");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "- \"Signalen op school herkennen\" – workshopleider Erik ten Hove (Saxion) | workshopleider",
        "- Ouders als bondgenoot – workshopleiders Erik ten Hove (Saxion) en Nadia Boukhari | workshopleider",
        "- Roundtable on heat – discussant Erik ten Hove (Saxion) | discussant"})
    @DisplayName("a role Agendum has no name for keeps the text's word, also after a dash outside the timetable")
    void customRole(String item, String label) {
        Draft draft = read("a.txt", VERGADERING + "Workshops\n" + item + "\n");
        assertThat(scored(draft, "role")).contains("erik ten hove = custom");
        assertThat(scored(draft, "organisation")).contains("saxion");
        assertThat(draft.event().participations()).anySatisfy(p -> assertThat(p.role().label(
                java.util.Locale.forLanguageTag("nl"))).isEqualTo(label));
        assertThat(draft.valid()).isTrue();
    }

    @Test
    @DisplayName("a custom role word after 'with' names the item's people")
    void customRoleOnItem() {
        Draft draft = read("a.txt", "Roundtable\n\nDate: Tuesday 14 April 2026, 2 pm – 4.30 pm\n\n3.00 pm  "
                + "Discussion, with discussants Ayesha Khan (GGD Amsterdam) and Lars Holm\n4.00 pm  Drinks\n");
        assertThat(scored(draft, "role")).contains("ayesha khan = custom", "lars holm = custom")
                .doesNotContain("ayesha khan = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "At 3.45 pm the atlas is presented by its authors, Dr. Pieter-Jan Maas and Dr. Leila Haddou.",
        "At 3.45 pm the book is presented by their authors, Pieter-Jan Maas and Leila Haddou."})
    @DisplayName("a possessive before a role word: 'presented by its authors, A and B'")
    void possessiveRole(String sentence) {
        Draft draft = read("a.txt", "Launch\n\nTuesday 16 June 2026 from 3.30 pm to 6 pm in Delft.\n\nThe "
                + "programme starts at 3.30 pm with a welcome by Rianne Kok. " + sentence + "\n");
        assertThat(scored(draft, "role")).contains("pieter-jan maas = author", "leila haddou = author");
    }
}
