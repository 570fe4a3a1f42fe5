package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues the next additions' harder layouts (d111–d150) were misread on, for titles, times, places, status and
 * contacts, each in at least two wordings of its own. Values are compared as {@link Scoring} scores them.
 */
@DisplayName("AnnouncementImporter reads the harder layouts of bulletins, releases and mails")
class AnnouncementImporterEleventhLayoutCuesTest {

    /** Reads a CSV cell, its "\\n" standing for line feeds, as plain text. */
    private static Draft plain(String text) {
        return read("a.txt", text.replace("\\n", "\n"));
    }

    @Nested
    @DisplayName("titles")
    class Titles {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "PAROCHIEBLAD SINT-JOZEF — nr. 7, oktober 2027\\n\\nUit het parochiecentrum\\nDe verwarming is hersteld."
                + "\\n\\nCollecte\\nDank voor uw gaven.\\n\\nZANGAVOND IN DE KAPEL\\nOp vrijdag 15 oktober 2027 om"
                + " 20.00 uur zingen we samen. ~ zangavond in de kapel",
            "GREEN LANE ALLOTMENTS – MEMBERS' NEWSLETTER – MAY 2027\\n\\nFrom the committee\\nThe water is back on."
                + "\\n\\n----------\\nSEED SWAP AND PLANT SALE\\nSaturday 22 May 2027, 10:00 to 13:00\\nAt the "
                + "clubhouse. ~ seed swap and plant sale"})
        @DisplayName("a bulletin's title is the item heading its date is set under, not its first section's")
        void bulletinItem(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "HOLY CROSS CHURCH, LEIDEN\\nWeekly Bulletin · Sunday 7 March 2027\\n\\nThis week: 10:00 Mass\\n\\n"
                + "QUIZ NIGHT: bring your own team\\nFriday 19 March 2027, 19:30 to 22:00\\nIn the hall. ~ quiz "
                + "night: bring your own team",
            "HARMONIE CONCORDIA\\nClubblad · jaargang 12, nummer 2\\n\\nVan de voorzitter: het seizoen loopt goed"
                + "\\n\\nVOORJAARSCONCERT: muziek uit de film\\nZaterdag 10 april 2027, 20.00 tot 22.00 uur\\nIn de "
                + "Schouwburg. ~ voorjaarsconcert: muziek uit de film"})
        @DisplayName("a sender's name over a bulletin's issue line is a masthead too")
        void issueUnderName(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "PERSBERICHT\\n\\nZwolle, 12 april 2027\\n\\nOpen dag brandweerkazerne\\n\\nOp zaterdag 8 mei 2027 van "
                + "10.00 tot 16.00 uur is iedereen welkom. ~ open dag brandweerkazerne",
            "PRESS RELEASE\\n\\n's-Hertogenbosch, 2 February 2027\\n\\nRobotics day for schools\\n\\nOn Wednesday 17 "
                + "March 2027 from 9:00 to 15:00 pupils build robots. ~ robotics day for schools"})
        @DisplayName("a press release's dateline (place and day of sending) is no headline")
        void dateline(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "# Clubnieuws — jaargang 8, nummer 1\\n\\n### ⚽ Zomerkamp 2027 — inschrijving geopend!\\n\\nOp maandag"
                + " 19 juli 2027 van 9.00 tot 16.00 uur begint het kamp. ~ zomerkamp 2027",
            "# Chess club bulletin\\n\\n## ♟️ Rapid Open 2027 – entries now open\\n\\nSaturday 12 June 2027, 10:00 "
                + "to 18:00 in the club rooms. ~ rapid open 2027"})
        @DisplayName("the emoji before a headline and a call to sign up after its dash are no part of the name")
        void emojiAndCall(String text, String title) {
            assertThat(scored(read("a.md", text.replace("\\n", "\n")), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Regiodag Wijkverpleging 2027                                  pagina 1 van 3\\n\\nOp dinsdag 9 maart "
                + "2027 van 9.30 tot 16.00 uur in Zwolle. ~ regiodag wijkverpleging 2027",
            "Annual Archive Symposium                                        page 1 of 2\\n\\nOn Friday 4 June 2027 "
                + "from 10:00 to 17:00 in Leiden. ~ annual archive symposium"})
        @DisplayName("the page marker of a text taken from a PDF is cut from its running head")
        void pageMarker(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }
    }
}
