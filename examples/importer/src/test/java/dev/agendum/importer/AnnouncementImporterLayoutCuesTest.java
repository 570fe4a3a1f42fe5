package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page layouts of the seventh held-out set (h111–h130, now d111–d130) that hid the event's facts: a fact card in
 * a sidebar, a listing of other events, a term list of times, an article's own header. Judged by structure and by
 * what a block holds, never by a class name.
 */
@DisplayName("AnnouncementImporter reads a page's layout")
class AnnouncementImporterLayoutCuesTest {

    @Nested
    @DisplayName("in a sidebar")
    class InASidebar {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "<aside><div><h2>Praktisch</h2><ul><li>woensdag 14 april 2027</li><li>14.00 - 16.30 uur</li>"
                    + "<li>Wijkcentrum Het Anker<br>Kerkstraat 4<br>3811 CV Amersfoort</li></ul></div></aside>",
            "<div class=\"kolom-rechts\" role=\"complementary\"><h3>Wanneer en waar</h3><p>Datum: woensdag 14 april "
                    + "2027<br>Tijd: 14.00 - 16.30 uur<br>Wijkcentrum Het Anker, Kerkstraat 4, 3811 CV Amersfoort</p>"
                    + "</div>"})
        @DisplayName("a card that states the date, the times and the address is read as the event's facts")
        void factCard(String card) {
            Draft draft = read("a.html", "<main><h1>Buurtgesprek groen</h1><p>Praat mee over de plannen voor het "
                    + "park.</p>" + card + "</main>");
            assertThat(scored(draft, "start")).containsExactly("2027-04-14t14:00");
            assertThat(scored(draft, "end")).containsExactly("2027-04-14t16:30");
            assertThat(scored(draft, "place")).contains("kerkstraat 4", "3811 cv", "amersfoort");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "<section><h2>Ook in de agenda</h2><div><a href=\"/agenda/a\"><span>di 20 apr</span><span>Inloopspreekuur,"
                    + " 19.30 uur</span></a><a href=\"/agenda/b\"><span>do 22 apr</span><span>Wandeling</span></a>"
                    + "</div></section>",
            "<aside><h2>Next up</h2><ul><li><a href=\"/events/c\">Repair café</a> – Tuesday 20 April 2027, 19.30 uur"
                    + "</li><li><a href=\"/events/d\">Book club</a> – Thursday 22 April 2027</li></ul></aside>"})
        @DisplayName("a listing of other events, each led by a link to its page, gives no value")
        void listing(String listing) {
            Draft draft = read("a.html", "<main><h1>Buurtgesprek groen</h1><p>Woensdag 14 april 2027, 14.00 - 16.30 "
                    + "uur</p>" + listing + "</main>");
            assertThat(scored(draft, "start")).containsExactly("2027-04-14t14:00");
            assertThat(scored(draft, "item")).isEmpty();
            assertThat(scored(draft, "title")).containsExactly("buurtgesprek groen");
        }
    }

    @Nested
    @DisplayName("in a term list")
    class InATermList {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"19.30 uur", "19:30"})
        @DisplayName("a time over its description is one programme line, and a last 'Einde' only ends the event")
        void timeline(String first) {
            Draft draft = read("a.html", "<main><h1>Informatieavond</h1><p>Dinsdag 8 juni 2027</p><dl><dt>" + first
                    + "</dt><dd>Welkom door voorzitter Petra Lindhout</dd><dt>20.00 uur</dt><dd>Presentatie van de "
                    + "plannen</dd><dt>21.30 uur</dt><dd>Einde</dd></dl></main>");
            assertThat(scored(draft, "item")).containsExactly("2027-06-08t19:30", "2027-06-08t20:00");
            assertThat(scored(draft, "end")).containsExactly("2027-06-08t21:30");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Date", "Datum"})
        @DisplayName("a label over its value reads as the label's line")
        void label(String label) {
            Draft draft = read("a.html", "<main><h1>Open day</h1><p>Come and see the new lab.</p><dl><dt>" + label
                    + "</dt><dd>Saturday 12 June 2027</dd><dt>Time</dt><dd>10:00 – 15:00</dd></dl></main>");
            assertThat(scored(draft, "start")).containsExactly("2027-06-12t10:00");
            assertThat(scored(draft, "end")).containsExactly("2027-06-12t15:00");
        }
    }

    @Nested
    @DisplayName("in a speaker grid")
    class InASpeakerGrid {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "<div><img src=\"k.jpg\" alt=\"\"><h3>Dr. Lotte Kramer</h3><p>lector, Hogeschool Windesheim</p></div>",
            "<figure><img src=\"k.jpg\" alt=\"\"><figcaption><strong>Dr. Lotte Kramer</strong><span>lector, Hogeschool "
                    + "Windesheim</span></figcaption></figure>"})
        @DisplayName("a card's name, position and organisation in sibling elements are one person with her body")
        void card(String card) {
            Draft draft = read("a.html", "<main><h1>Zorgcongres</h1><p>Dinsdag 5 oktober 2027, 13.00 - 17.00 uur</p>"
                    + "<section><h2>Sprekers</h2><div>" + card + "</div></section></main>");
            assertThat(scored(draft, "person")).containsExactly("lotte kramer");
            assertThat(scored(draft, "role")).containsExactly("lotte kramer = speaker");
            assertThat(scored(draft, "organisation")).contains("hogeschool windesheim");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Cardioloog, Ziekenhuis Gelderse Vallei", "Psychiater, Stichting GGz Rivierduinen"})
        @DisplayName("a practitioner's word first on a card ('-ist', '-oloog', '-iater', '-kundige') is a position")
        void practitioner(String affiliation) {
            Draft draft = read("a.html", "<main><h1>Zorgcongres</h1><p>Dinsdag 5 oktober 2027, 13.00 - 17.00 uur</p>"
                    + "<h2>Sprekers</h2><div><div><h3>Dr. Ruben Smits</h3><p>" + affiliation + "</p></div></div></main>");
            assertThat(scored(draft, "person")).containsExactly("ruben smits");
            assertThat(scored(draft, "organisation")).hasSize(1)
                    .allSatisfy(name -> assertThat(name).doesNotStartWith("cardioloog").doesNotStartWith("psychiater"));
        }
    }

    @Nested
    @DisplayName("in an article's header")
    class InAnArticlesHeader {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"article", "main"})
        @DisplayName("the header's heading is the title and its facts the event's, where a page header is skipped")
        void header(String root) {
            Draft draft = read("a.html", "<header><p>Stadsbibliotheek Oost</p></header><" + root + "><header>"
                    + "<h1>Lezing over sterrenkunde</h1><p>Vrijdag 9 juli 2027, 20.00 - 21.30 uur</p></header><h2>Chair"
                    + "</h2><p>De avond wordt ingeleid door de bibliothecaris.</p></" + root + ">");
            assertThat(scored(draft, "title")).containsExactly("lezing over sterrenkunde");
            assertThat(scored(draft, "start")).containsExactly("2027-07-09t20:00");
            assertThat(scored(draft, "end")).containsExactly("2027-07-09t21:30");
        }
    }
}
