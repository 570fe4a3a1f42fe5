package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout devset-next (d191-d210) missed, in two wordings of its own: an HTML mail laid out in a table whose
 * cells hold the text and, inside them, a table of the programme; its rows are the programme's, its headings and
 * paragraphs lines of their own.
 */
@DisplayName("AnnouncementImporter reads the layout devset-next set in round fifteen")
class AnnouncementImporterFifteenthLayoutCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<table role=\"presentation\" width=\"100%\">", "<table class=\"wrapper\" cellpadding=\"0\">"})
    @DisplayName("a mail's layout table holds the text; the table inside its cell gives the programme's rows")
    void layoutTableAroundTheProgramme(String outer) {
        String html = "<html><body>" + outer + "<tr><td>\n<h1>Nieuwjaarsreceptie 2027</h1>\n<p>donderdag 14 januari "
                + "2027 · 17.00 – 20.00 uur</p>\n<p>Brasserie Het Veerhuis, Veerweg 3, 5301 AZ Zaltbommel</p>\n"
                + "<h2>Het programma</h2>\n<table role=\"presentation\">\n<tr><td>17.00</td><td>Inloop</td></tr>\n"
                + "<tr><td>17.30</td><td>Welkom door voorzitter Maarten Heijmans</td></tr>\n<tr><td>17.45</td>"
                + "<td>Nieuwjaarstoespraak door burgemeester Carla Timmers</td></tr>\n</table>\n</td></tr></table>"
                + "</body></html>";
        assertThat(scored("a.html", html, "item"))
                .containsExactly("2027-01-14t17:00", "2027-01-14t17:30", "2027-01-14t17:45");
        assertThat(scored("a.html", html, "title")).containsExactly("nieuwjaarsreceptie 2027");
    }
}
