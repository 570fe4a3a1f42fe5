package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people, roles and organisations the fourteenth held-out set, read as d251-d270 after it was scored, missed and
 * round eighteen reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the people and bodies d251-d270 missed in round eighteen")
class AnnouncementImporterEighteenthPeopleCuesTest {

    /** A Markdown conference page whose programme table gives each session's people in its last cell. */
    private static String sessionTable(String people) {
        return "# Safety Day 2027\n\nThursday 16 September 2027, 09:00 - 17:00, Kingsway Centre, 200 Oxford Road, "
                + "Manchester M13 9PL\n\n| Time | Session | Speakers |\n|---|---|---|\n| 10:15 | **Panel:** Fatigue | "
                + people + " |\n";
    }

    @Test
    @DisplayName("'Name, Position, Body' entries between semicolons: the position ends in a position word, the body "
            + "is set as a name would be")
    void threePartEntries() {
        String text = sessionTable("Moderator: Joanne Whitaker, Health and Safety Editor, Safety Practice Today. "
                + "Panellists: Aled Morgan, Head of Safety, Northline Rail; Sunita Patel, Occupational Health Lead, "
                + "Pennine Royal Hospitals NHS Trust; Chris Doyle, Regional Safety Officer, Construction Workers' Union");
        assertThat(scored("a.md", text, "person"))
                .containsExactlyInAnyOrder("joanne whitaker", "aled morgan", "sunita patel", "chris doyle");
        assertThat(scored("a.md", text, "organisation")).contains("safety practice today", "northline rail",
                "pennine royal hospitals nhs trust", "construction workers' union")
                .doesNotContain("health and safety editor", "occupational health lead");
    }

    @Test
    @DisplayName("a session's letter before each name is no initial: 'Facilitators: A. Dev Sharma, …; B. …'")
    void optionLetters() {
        String text = sessionTable("Facilitators: A. Dev Sharma, Kestrel Construction; B. Claire Holroyd, Holroyd "
                + "Wellbeing Consultancy; C. Nina Bakker, Mersey Chemicals");
        assertThat(scored("a.md", text, "role"))
                .containsExactlyInAnyOrder("dev sharma = custom", "claire holroyd = custom", "nina bakker = custom");
        assertThat(scored("a.md", text, "organisation"))
                .contains("kestrel construction", "holroyd wellbeing consultancy", "mersey chemicals");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"met trainer Henk Bosman", "onder leiding van lesgeefster Sarah El Amrani",
            "met verhalenverteller Grace Okafor", "led by our facilitator Dev Sharma"})
    @DisplayName("who leads an activity by trade has a role of its own")
    void tradeRoles(String people) {
        String text = Cues.BUURTAVOND + "19.30 uur Wandeling door het park " + people + "\n";
        assertThat(scored("a.txt", text, "role")).singleElement().asString().endsWith("= custom");
    }

    @Test
    @DisplayName("a talk 'door trainer X' is given by X, a trainer: a speaker, the trade the position held")
    void talkByTrainer() {
        String text = Cues.BUURTAVOND + "19.40 uur 'Wat zie je, wat hoor je?' door trainer Gert-Jan Smit van Stichting "
                + "Lees Mee\n";
        assertThat(scored("a.txt", text, "role")).containsExactly("gert-jan smit = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Promotor: prof. dr. Karel Ploeger", "Paranimfen: Lotte de Vries en Emre Yilmaz"})
    @DisplayName("a thesis defence's promotor and paranymphs have roles of their own")
    void defenceRoles(String line) {
        String text = "Promotie Jorien de Vries\n\nDatum: vrijdag 8 oktober 2027, 12.30 uur\nLocatie: Aula, Broerstraat 5, "
                + "Groningen\n\n- " + line + "\n";
        assertThat(scored("a.md", text, "role")).isNotEmpty().allSatisfy(r -> assertThat(r).endsWith("= custom"));
    }

    /** An online panel's page in Markdown, its people under {@code intro}. */
    private static String panelPage(String intro) {
        return "# Caring at a distance\n\nOnline panel webinar, Wednesday 14 April 2027, 12:30 to 13:45.\n\n" + intro
                + "\n\n- **Professor Alastair Penhallow**, consultant geriatrician at Leeds Teaching Hospitals NHS Trust "
                + "and honorary\n  professor at the Northgate Ageing Research Centre\n"
                + "- **Bethan Lloyd-Harris**, senior social worker with Calderdale Council's adult social care team\n"
                + "- **Samir Chaudhry**, who has cared for his mother since 2021\n";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The panellists are:", "Our panellists:",
            "We are glad to say that all three panellists have agreed to join us,\nwhatever the weather:"})
    @DisplayName("a sentence that ends with a colon and names one role introduces the people of the list under it")
    void introducedList(String intro) {
        assertThat(scored("a.md", panelPage(intro), "role")).containsExactlyInAnyOrder(
                "alastair penhallow = panellist", "bethan lloyd-harris = panellist", "samir chaudhry = panellist");
    }

    @Test
    @DisplayName("a body's name ends before 'and' and a word set small; a body's possessive names no person")
    void bodyEndsBeforeSecondPosition() {
        Draft draft = Cues.read("a.md", panelPage("The panellists are:"));
        assertThat(Cues.scored(draft, "organisation")).contains("leeds teaching hospitals nhs trust")
                .noneMatch(o -> o.contains("honorary"));
        assertThat(Cues.scored(draft, "person")).doesNotContain("calderdale council");
    }

    @Test
    @DisplayName("a sentence that names two roles introduces no list of one")
    void twoRolesIntroduceNoList() {
        String text = panelPage("The speakers and the panellists are:");
        assertThat(scored("a.md", text, "role")).doesNotContain("bethan lloyd-harris = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dr Owen Price", "Megan Price", "Theresa May"})
    @DisplayName("a label's word that is a common surname still ends a name after a given name")
    void surnameThatIsAWord(String name) {
        String text = Cues.BATH_DINNER + "19:30 Panel on careers | Chair: " + name + ", South West Coastal Institute\n";
        assertThat(scored("a.txt", text, "person")).contains(name.replace("Dr ", "").toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KV Rood-Wit '52 | Sportpark De Zuidhoek | Dorpsweg 85 | Leusden=kv rood-wit '52",
            "Amateurtuindersvereniging De Koolwitjes  |  Kleverlaan 215, Haarlem=amateurtuindersvereniging de koolwitjes",
            "Romsey Camera Club | meets Tuesdays at Abbey Hall\nhttps://www.romseycameraclub.example.org.uk=romsey camera club"})
    @DisplayName("a mailing's last lines sign off with the body that sends it, over its street or its site's name")
    void signOff(String example) {
        String[] parts = example.split("=");
        String text = Cues.BUURTAVOND + "Tot dan!\n\n--\n" + parts[0] + "\nJe ontvangt deze mail als lid.\n";
        assertThat(Cues.organisations("a.txt", text)).contains(parts[1]);
    }

    @Test
    @DisplayName("a venue's line in two parts, far from the end, is no sign-off; nor a part with no street")
    void noSignOff() {
        String text = Cues.BUURTAVOND + "Wijkcentrum De Linde | Kerkstraat 4, Zwolle\n\nWe beginnen met koffie.\n"
                + "Daarna praten we over de buurt.\nEn over de plannen.\nEn over het park.\nEn over de school.\n"
                + "En over de bus.\nTot dan!\n--\nVeel plezier | tot ziens\n";
        assertThat(Cues.organisations("a.txt", text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Interviewer van dienst is Pieter De Wulf, cultuurjournalist.#pieter de wulf = interviewer",
            "Our quizmaster for the evening is Geoff Barnard, who promises fewer questions.#geoff barnard = custom",
            "Ceremoniemeester van het hele weekend is oud-speler Henk Brouwer.#henk brouwer = custom"})
    @DisplayName("a role word, what it is for and a copula before the name: 'Interviewer van dienst is …'")
    void roleForTheEvening(String example) {
        String[] parts = example.split("#");
        assertThat(scored("a.txt", Cues.BUURTAVOND + parts[0] + "\n", "role")).contains(parts[1]);
    }

    @Test
    @DisplayName("'i.s.m.' joins a second organiser")
    void inSamenwerkingMet() {
        String text = Cues.BUURTAVOND + "Organisatie: Bibliotheek Wetteren i.s.m. Davidsfonds Wetteren\n";
        assertThat(Cues.organisations("a.txt", text))
                .containsExactlyInAnyOrder("bibliotheek wetteren", "davidsfonds wetteren");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ook sopraan Marloes de Wit en organist Pieter van der Linde zingen mee.#marloes de wit = custom",
            "A talk on printing by speaker Raj Malhotra of Solent Print Lab.#raj malhotra = speaker",
            "In haar nieuwe roman keert auteur Lieke Vermeersch terug naar de kust.#lieke vermeersch = author",
            "Ook de solisten, sopraan Elke Desmet en alt Hanne Lauwers, moesten we afbellen.#elke desmet = custom"})
    @DisplayName("a role word right before a name gives that person the role")
    void roleWordBeforeName(String example) {
        String[] parts = example.split("#");
        assertThat(scored("a.txt", Cues.BUURTAVOND + parts[0] + "\n", "role")).contains(parts[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Persvragen: Daan Vermolen, woordvoerder Energie Samen, 06 38 29 17 40.",
            "Vragen over deze avond? Neem contact op met griffier Annelies Koster."})
    @DisplayName("a role word after a name and a comma is that one's position; a contact holds no role")
    void roleWordNoRole(String sentence) {
        assertThat(scored("a.txt", Cues.BUURTAVOND + sentence + "\n", "role"))
                .noneMatch(r -> r.startsWith("energie samen") || r.startsWith("annelies koster"));
    }

    @Test
    @DisplayName("a speaker the programme gave a role keeps the body a list under a heading says they work for")
    void affiliationUnderHeading() {
        String text = "# Netcongestie\n\nDinsdag 13 april 2027, 13.00 - 17.00 uur, Huis van de Stad, Markt 1, 3811 AB "
                + "Amersfoort\n\n| Tijd | Onderdeel |\n|---|---|\n| 13.30 | Lezing door Bram Veltkamp |\n\n"
                + "## Sprekers\n\n- **Bram Veltkamp** (Hogeschool Rijnmond), lector Energie en Samenleving\n";
        assertThat(Cues.organisations("a.md", text)).contains("hogeschool rijnmond");
    }

    @Test
    @DisplayName("a name a line ends with, its affiliation's bracket opening the next line: one person")
    void bracketOnNextLine() {
        String text = Cues.BATH_DINNER + "10:15  Panel 1: Who owns the pager?\n       Panellists: Sam Okafor (Gridwell Energy), "
                + "Lena Hartmann\n       (Baltic Freight Systems) and Tom Burridge (Tynebridge Council)\n";
        assertThat(Cues.organisations("a.txt", text)).contains("baltic freight systems", "tynebridge council");
        assertThat(scored("a.txt", text, "role")).contains("tom burridge = panellist", "lena hartmann = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Auditorium van Rijnland Ziekenhuis, Simon Smitweg 1, 2353 GA Leiderdorp.",
            "Unit 4, Ferry Road Business Park, Cardiff CF11 0JR.", "Park on Bute Crescent or Lloyd George Avenue.",
            "De sportdag wordt georganiseerd door Sportdienst Duffel.",
            "Speaker: Helen Aldridge, Pro Vice-Chancellor (Education)."})
    @DisplayName("a street named after a person, a service's compound and a position set in capitals are no one")
    void noPerson(String sentence) {
        assertThat(scored("a.txt", Cues.BATH_DINNER + sentence + "\n", "person"))
                .noneMatch(p -> p.matches("simon smitweg|ferry road.*|lloyd george|sportdienst duffel|pro vice.*"));
    }

    @Test
    @DisplayName("a Dutch surname that ends as a street does is a surname when no number follows it")
    void surnameLikeStreet() {
        String text = Cues.BUURTAVOND + "19.30 uur Workshop brood bakken door Joris Ammerlaan (Bakkerij Ammerlaan)\n";
        assertThat(scored("a.txt", text, "person")).contains("joris ammerlaan");
    }

    @Test
    @DisplayName("a cue's people may come after an appositive: 'in conversation with the exhibition's curator, X'")
    void appositiveAfterCue() {
        String text = Cues.BATH_DINNER + "19:15 Ada Penhallow in conversation with the exhibition's curator, Jonah Reid, "
                + "in the Long Gallery\n";
        assertThat(scored("a.txt", text, "role"))
                .containsExactlyInAnyOrder("ada penhallow = interviewee", "jonah reid = interviewer");
    }

    @Test
    @DisplayName("positions a union's or a charity's signature holds are no names: 'Branch Secretary', 'Treasurer'")
    void signaturePositions() {
        String text = Cues.BATH_DINNER + "The meeting will be chaired by Branch Chair Denise Okafor.\n\n"
                + "Denise Okafor                       Mark Pilling\nBranch Chair                        Branch Secretary\n";
        assertThat(scored("a.txt", text, "person")).doesNotContain("branch secretary", "branch chair");
    }
}
