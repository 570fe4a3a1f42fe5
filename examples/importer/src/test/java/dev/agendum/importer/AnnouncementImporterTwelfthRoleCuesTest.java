package dev.agendum.importer;

import static dev.agendum.importer.Cues.BUURTAVOND;
import static dev.agendum.importer.Cues.COMMUNITY_EVENING;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The roles that d151–d170 wrote in ways the rules had not met: the people listed under a heading that seats them
 * at a debate's table, who speaks on an item named in brackets after its title (or after the line it wraps onto),
 * an alderman's portfolio set small, which names no municipality, the speaker cards under "Meet the speakers" with a
 * card's own role word, a leader's word right after "geleid door", "toegelicht door", "een rede van", a person who
 * talks "over" a subject, the people after a dash in further track cells, a leader's word before the cue that
 * brings a panel's members, who closes as the conference's chair (and a club's chair, who still speaks), a
 * bulleted part "Name: subject" under an item, and a fact table's role row. Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the roles of d151-d170's cues")
class AnnouncementImporterTwelfthRoleCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"## Aan tafel", "## In het panel", "## At the table", "## On the panel"})
    @DisplayName("the people listed under a heading that seats them at the table ('Aan tafel') are panellists")
    void seatedAtTheTable(String heading) {
        String text = "# Debat over de buurt\n\nDinsdag 16 maart 2027, 19.30 - 21.30 uur, Wijkcentrum De Linde, "
                + "Zwolle\n\n" + heading + "\n\n- **Karin Veldman**, wethouder wonen\n"
                + "- **Youssef Amrani**, directeur van Woonstichting De Kern\n";
        assertThat(scored("a.md", text, "role")).contains("karin veldman = panellist", "youssef amrani = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19.45 uur   Wat kost een warmtepomp echt? (Karin Veldman, energiecoach) | karin veldman",
        "19.45 uur   Wie beheert het buurthuis straks? (Youssef Amrani) | youssef amrani"})
    @DisplayName("a person named in brackets after an item's title, maybe with the position held, speaks on it")
    void bracketsAfterTheTitle(String row, String person) {
        String text = BUURTAVOND + "Programma\n19.30 uur   Welkom\n" + row + "\n20.30 uur   Afsluiting\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "het schooladvies en de | aanmelding (Karin Veldman, directeur) | karin veldman",
        "wie er straks de sleutel | heeft (Youssef Amrani) | youssef amrani"})
    @DisplayName("so do the brackets that close the line a long title wraps onto")
    void bracketsAfterAWrappedTitle(String first, String wrapped, String person) {
        String text = BUURTAVOND + "Programma\n19.30 uur   Welkom\n19.45 uur   Hoe gaat het verder met " + first
                + "\n            " + wrapped + "\n20.30 uur   Afsluiting\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wethouder wonen", "wethouder zorg"})
    @DisplayName("an alderman's portfolio set small names no municipality")
    void portfolioSetSmall(String position) {
        String text = BUURTAVOND + "Programma\n19.30 uur   Welkom\n19.45 uur   Wat kost een warmtepomp echt? "
                + "(Karin Veldman, " + position + ")\n20.30 uur   Afsluiting\n";
        assertThat(scored("a.txt", text, "role")).contains("karin veldman = speaker");
        assertThat(scored("a.txt", text, "organisation")).noneMatch(o -> o.startsWith("gemeente"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19:45  What does a heat pump really cost? (Karin Veldman, energy coach) | karin veldman",
        "19:45  Who runs the community centre next year? (Youssef Amrani) | youssef amrani"})
    @DisplayName("the same holds in English")
    void bracketsAfterTheTitleInEnglish(String row, String person) {
        String text = COMMUNITY_EVENING + "Programme\n19:30  Welcome\n" + row + "\n20:30  Close\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meet the speakers | Webinar: Plain language | Tuesday 2 November 2027, 12:30 - 13:30",
        "Onze sprekers | Webinar: Heldere taal | dinsdag 2 november 2027, 12.30 - 13.30 uur"})
    @DisplayName("the cards under a people section's heading after a lead-in ('Meet the speakers') hold its role,"
            + " unless the line after the card's name opens with the person's own role word")
    void speakerCards(String section, String title, String when) {
        String html = "<html><body><h1>" + title + "</h1><p>" + when + "</p><h2>" + section + "</h2>"
                + "<div><h3>Karin Veldman</h3><p>Editor, Helder Schrijven</p><p>Karin writes guides.</p></div>"
                + "<div><h3>Youssef Amrani</h3><p>Host · Head of Content, Taalhuis</p></div></body></html>";
        assertThat(scored("a.html", html, "role")).contains("karin veldman = speaker", "youssef amrani = host")
                .doesNotContain("youssef amrani = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Over de organisatie", "About the venue"})
    @DisplayName("a card under a heading that names no role gives no role")
    void nameHeadingWithoutARole(String section) {
        String html = "<html><body><h1>Webinar: Heldere taal</h1><p>dinsdag 2 november 2027, 12.30 - 13.30 uur</p>"
                + "<h2>" + section + "</h2><h3>Karin Veldman</h3><p>Karin schrijft gidsen.</p></body></html>";
        assertThat(scored("a.html", html, "role")).noneMatch(r -> r.startsWith("karin veldman"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meet the speakers | Webinar: Plain language | Tuesday 2 November 2027, 12:30 - 13:30",
        "Maak kennis met de sprekers | Webinar: Heldere taal | dinsdag 2 november 2027, 12.30 - 13.30 uur"})
    @DisplayName("so do the cards headed by a name, a picture before it")
    void speakerCardHeadings(String section, String title, String when) {
        String html = "<html><body><h1>" + title + "</h1><p>" + when + "</p><section><h2>" + section + "</h2>"
                + "<div><img src=\"k.jpg\" alt=\"Karin\"><h3>Karin Veldman</h3><p>Editor, Helder Schrijven</p>"
                + "<p>Karin writes guides.</p></div><div><img src=\"y.jpg\" alt=\"Youssef\"><h3>Youssef Amrani</h3>"
                + "<p>Host · Head of Content, Taalhuis</p></div></section></body></html>";
        assertThat(scored("a.html", html, "role")).contains("karin veldman = speaker", "youssef amrani = host")
                .doesNotContain("youssef amrani = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De avond wordt geleid door voorzitter Karin Veldman en eindigt om 21.30 uur. | karin veldman = chair",
        "The evening is led by host Youssef Amrani of the Courier. | youssef amrani = host",
        "De vergadering wordt geleid door dagvoorzitter Youssef Amrani. | youssef amrani = chair"})
    @DisplayName("a leader's word right before the name after 'geleid door' gives the role")
    void leaderWordAfterTheCue(String sentence, String role) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De plannen worden toegelicht door projectleider Karin Veldman. | karin veldman",
        "- Jaarrekening 2026, toegelicht door penningmeester Youssef Amrani | youssef amrani"})
    @DisplayName("who explains a plan or a report ('toegelicht door') speaks")
    void explainedBy(String sentence, String person) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19.45 uur   Opening met een rede van burgemeester Amira Haddou | amira haddou",
        "19.45 uur   Jubileumavond, met een korte rede van Mariska Tol en muziek van het koor | mariska tol"})
    @DisplayName("who gives a speech on an item ('een rede van') speaks on it")
    void speechOf(String row, String person) {
        String text = BUURTAVOND + "Programma\n19.30 uur   Inloop\n" + row + "\n20.30 uur   Afsluiting\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "19.45 uur   Uit het veld: buurtcoach Mariska Tol (Welzijn Oost) over wat bewoners zelf regelen | mariska tol",
        "19.45 uur   Karin Veldman over de nieuwe speeltuin en wat die kost | karin veldman"})
    @DisplayName("a person an item's words open with, then 'over' and a subject, speaks about it")
    void talksAbout(String row, String person) {
        String text = BUURTAVOND + "Programma\n19.30 uur   Inloop\n" + row + "\n20.30 uur   Afsluiting\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Water in the city — Karin Veldman (Waterschap Vallei) ; Green roofs — Youssef Amrani (Dakpark)",
        "Parkeren in de wijk — Karin Veldman ; Speelplekken — Youssef Amrani (gemeente Zwolle)"})
    @DisplayName("the people after a dash in each track's cell of a timetable row speak on their part")
    void parallelTracks(String cells) {
        String text = "# Stadsdag\n\nTuesday 16 March 2027, 09:30 - 12:30, The Linden Centre, York\n\n"
                + "| Time | Track A | Track B |\n|---|---|---|\n| 09:30 | Opening | ↔ plenary |\n"
                + "| 10:30 | " + cells.replace(" ; ", " | ") + " |\n| 12:00 | Lunch | |\n";
        assertThat(scored("a.md", text, "role")).contains("karin veldman = speaker", "youssef amrani = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Panel: Who pays? — moderator Karin Veldman; with Youssef Amrani and Amira Haddou | karin veldman = moderator",
        "Paneldebat: Wie betaalt? — gespreksleider Karin Veldman, met Youssef Amrani en Amira Haddou"
            + " | karin veldman = moderator"})
    @DisplayName("a leader's word after the title, before the cue that brings the panel's members, gives the role")
    void leaderBeforeTheMembers(String row, String role) {
        String text = BUURTAVOND + "Programma\n19.30 uur   Inloop\n19.45 uur   " + row + "\n20.30 uur   Afsluiting\n";
        assertThat(scored("a.txt", text, "role")).contains(role, "youssef amrani = panellist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20:30  Closing by conference chair Karin Veldman | karin veldman = chair",
        "20:30  Closing words from evening host Youssef Amrani | youssef amrani = host"})
    @DisplayName("who closes or welcomes under a leader's word written right before the name does so in that role")
    void leaderClosing(String row, String role) {
        String text = COMMUNITY_EVENING + "Programme\n19:30  Talk by Amira Haddou\n" + row + "\n";
        assertThat(scored("a.txt", text, "role")).contains(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20:30  Closing with club chair Karin Veldman | karin veldman",
        "20:30  Closing words by our chair Youssef Amrani | youssef amrani"})
    @DisplayName("a body's chair who closes speaks: the position held is no leader's role on the event")
    void bodysChairClosing(String row, String person) {
        String text = COMMUNITY_EVENING + "Programme\n19:30  Talk by Amira Haddou\n" + row + "\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = speaker").doesNotContain(person + " = chair");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Lightning talks: | - Karin Veldman (City Library): a reading club for teenagers | karin veldman",
        "Korte pitches: | * Youssef Amrani (Buurtteam Oost): een repair café in de wijk | youssef amrani"})
    @DisplayName("the people a bulleted list under an item's line names, one a line, speak on the item")
    void bulletsUnderTheItem(String item, String bullet, String person) {
        String text = COMMUNITY_EVENING + "Programme\n19:30  Welcome\n19:45  " + item + "\n       " + bullet
                + "\n       - Amira Haddou: a tool library\n20:30  Drinks\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = speaker", "amira haddou = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Host; Dr. Karin Veldman; karin veldman = host",
        "Gespreksleider; Youssef Amrani (Radio Zwolle); youssef amrani = moderator"})
    @DisplayName("a fact table's row whose first cell is a role word gives the person in the second that role")
    void labelledRow(String label, String people, String role) {
        String html = "<html><body><h1>Colloquium: Diamonds</h1><table><tr><th>Date</th><td>Thursday 15 April 2027"
                + "</td></tr><tr><th>Time</th><td>16:00 - 17:00</td></tr><tr><th>" + label + "</th><td>" + people
                + "</td></tr></table></body></html>";
        assertThat(scored("a.html", html, "role")).contains(role);
    }
}
