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
 * at a debate's table, who speaks on an item named in brackets after its title (or after the line it wraps
 * onto), and an alderman's portfolio set small, which names no municipality. Each in two wordings of its own.
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
}
