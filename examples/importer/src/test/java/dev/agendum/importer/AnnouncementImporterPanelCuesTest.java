package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cues of a panel's people that the fourth held-out set (h61–h75, now d61–d75) wrote in ways the rules had not
 * met: a leader first and the members after a role word, in a table cell, a line or a sentence.
 */
@DisplayName("AnnouncementImporter reads a panel's people")
class AnnouncementImporterPanelCuesTest {

    @Nested
    @DisplayName("after a leader")
    class AfterALeader {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Gespreksleider Anouk Brouwer, met de panelleden Hatice Yilmaz (VNG), Ruben Hoogland (Aedes) en Els de Graaf",
            "gespreksleider Anouk Brouwer; panel: Hatice Yilmaz (VNG), Ruben Hoogland (Aedes) en Els de Graaf"})
        @DisplayName("in a table cell, the members a role word introduces after the leader are the panel's")
        void cell(String people) {
            Draft draft = read("a.html", "<h1>Congres</h1><p>Dinsdag 12 mei 2026, 10.00 - 16.00 uur</p><table><tr>"
                    + "<td>15.00</td><td>Panelgesprek: Wie bouwt de wijk?</td><td>" + people + "</td></tr></table>");
            assertThat(scored(draft, "person")).contains("hatice yilmaz", "ruben hoogland", "els de graaf");
            assertThat(scored(draft, "role")).contains("hatice yilmaz = panellist", "ruben hoogland = panellist",
                    "els de graaf = panellist");
            assertThat(scored(draft, "role")).doesNotContain("anouk brouwer = panellist");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Moderator: Leonie Vos (City of Rotterdam). Panellists: Yusuf Demir (Het Nieuwe Instituut), Grace Liu "
                    + "(TU/e) and Pieter Blom",
            "Moderator Leonie Vos (City of Rotterdam), panellists Yusuf Demir (Het Nieuwe Instituut), Grace Liu (TU/e) "
                    + "and Pieter Blom"})
        @DisplayName("in a Markdown table, the panellists after the moderator are read with their roles")
        void markdown(String people) {
            Draft draft = read("a.md", "# Conference\n\n10 February 2027, Rotterdam\n\n| Time | Session | Speakers |\n"
                    + "|---|---|---|\n| 11:00 | Panel: Who owns the data? | " + people + " |\n");
            assertThat(scored(draft, "role")).contains("leonie vos = moderator", "yusuf demir = panellist",
                    "grace liu = panellist", "pieter blom = panellist");
        }
    }

    @Nested
    @DisplayName("with their organisation")
    class WithTheirOrganisation {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "At 11:30 a panel chaired by Olivia Bennett of Offshore Skills Scotland discusses training.",
            "At 11:30 a panel chaired by Olivia Bennett from Offshore Skills Scotland discusses training."})
        @DisplayName("'of' or 'from' and capitalised words after a name give the person's organisation, not a person")
        void ofOrganisation(String sentence) {
            Draft draft = read("a.txt", "Forum\n\nWednesday 18 November 2026\n\n" + sentence + "\n");
            assertThat(scored(draft, "person")).containsExactly("olivia bennett");
            assertThat(scored(draft, "organisation")).contains("offshore skills scotland");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Om 14.15 uur houdt lector Sjoerd Bakker van de Hogeschool van Arnhem en Nijmegen (HAN) de keynote.",
            "Om 14.15 uur interviewt Wouter Kools van het Streekarchief Hoeksche Waard haar over de verhalen."})
        @DisplayName("'van de' or 'van het' and capitalised words after a name give the organisation, its 'en' kept "
                + "where its abbreviation closes it")
        void vanHet(String sentence) {
            Draft draft = read("a.txt", "Middag\n\nDonderdag 3 december 2026\n\nDe Hogeschool van Arnhem en "
                    + "Nijmegen (HAN) doet mee. " + sentence + "\n");
            assertThat(scored(draft, "organisation")).containsAnyOf("han", "streekarchief hoeksche waard");
            assertThat(scored(draft, "organisation")).doesNotContain("hogeschool van arnhem");
        }
    }
}
