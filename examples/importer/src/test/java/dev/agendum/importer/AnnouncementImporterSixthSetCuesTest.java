package dev.agendum.importer;

import static dev.agendum.importer.Cues.THEMAMIDDAG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The other cues the sixth held-out set (h91–h110, now d91–d110) wrote in ways the rules had not met: mastheads and
 * trails set with "|" or a dash, Belgian programme times and day headings, people cells that open with their cue,
 * registration in person, at the door, or "Dat kan telefonisch via …", the page's publisher in its footer, and
 * bodies named like people. Each in two wordings of its own; lines joined with " // ".
 */
@DisplayName("AnnouncementImporter reads the sixth held-out set's cues")
class AnnouncementImporterSixthSetCuesTest {

    private static Draft read(String name, String text) {
        return Cues.read(name, text.replace(" // ", "\n\n"));
    }

    private static Set<String> scored(String text, String field) {
        return Cues.scored(read("a.txt", text), field);
    }

    @Nested
    @DisplayName("the title")
    class Title {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', value = {
            "Stadsbank Oost | Nieuws | Agenda // Spreekuur schuldhulp in de wijk // Dinsdag 9 juni 2026, 19.00 "
                + "- 21.00 uur"
                + "# spreekuur schuldhulp in de wijk",
            "Harbour Trust – Events – Walks // Guided walk along the old quay // Tuesday 9 June 2026, 7 pm - 9 pm"
                + "# guided walk along the old quay"})
        @DisplayName("is not a trail of three parts joined by '|' or a dash")
        void trail(String text, String title) {
            assertThat(scored(text, "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', value = {
            "Clubblad De Wissel – april 2026 // Beste leden, // === Voorjaarswandeling langs de Vecht === // "
                + "Zaterdag 18 april 2026, 10.00 - 12.00 uur # voorjaarswandeling langs de vecht",
            "Parish News | May 2026 // Dear friends, // *** Spring concert in the nave *** // "
                + "Saturday 16 May 2026, 7 pm - 9 pm # spring concert in the nave"})
        @DisplayName("is not a mailing's name with its month, nor the rules around a headline")
        void issueMonth(String text, String title) {
            assertThat(scored(text, "title")).containsExactly(title);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The committee has decided to hold it online, on the same evening.",
        "Het bestuur heeft besloten de vergadering volledig online te houden."})
    @DisplayName("a decision to hold the event online moves it online")
    void heldOnline(String sentence) {
        assertThat(scored(THEMAMIDDAG + sentence + "\n", "status")).containsExactly("moved-online");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {"Waar? Buurthuis De Linde, Kerkstraat 3, 1234 AB Dorp # buurthuis de linde",
        "Where? Community Hall The Oak, Kerkstraat 3, 1234 AB Dorp # community hall the oak"})
    @DisplayName("a venue label may ask its question")
    void askingLabel(String line, String venue) {
        assertThat(scored(THEMAMIDDAG + line + "\n", "place")).contains(venue).noneMatch(p -> p.contains("?"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "| vrijdag 22 mei 2026 | 13u – 21u | // | zaterdag 23 mei 2026 | 10u – 18u | # 2026-05-22t13:00 # "
            + "2026-05-23t18:00",
        "| Friday 22 May 2026 | 10 am – 8 pm | // | Saturday 23 May 2026 | 10 am – 5 pm | # 2026-05-22t10:00 # "
            + "2026-05-23t17:00"})
    @DisplayName("a table of opening hours, a row a day, gives a fair's start and end before its talks do")
    void openingHours(String rows, String start, String end) {
        String text = "# Beurs\n\n22 – 23 mei 2026 · Expohal\n\n| Dag | Open |\n|---|---|\n"
                + rows.replace(" // ", "\n") + "\n\n## Podium\n\n- 15u00 – Lezing over daken\n- 16u00 – Lezing "
                    + "over gevels\n";
        Draft draft = Cues.read("a.md", text);
        assertThat(Cues.scored(draft, "start")).containsExactly(start);
        assertThat(Cues.scored(draft, "end")).containsExactly(end);
    }

    @Nested
    @DisplayName("the programme")
    class Programme {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Programma\n14u00 – Onthaal\n14u30 – Rondleiding door de tuin\n",
            "Programma\n14u00 - Verwelkoming\n14u30 - Wandeling\n"})
        @DisplayName("reads lines that open with a Belgian time")
        void belgianTimes(String programme) {
            assertThat(scored(THEMAMIDDAG + programme, "item")).containsExactly("2026-05-21t14:00", "2026-05-21t14:30");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Vrijdag 22/05", "Vr 22/05"})
        @DisplayName("moves the talks under a day heading of day and month numbers to that day")
        void slashedDay(String heading) {
            String text = "Beurs\n\nDonderdag 21 en vrijdag 22 mei 2026, 10.00 - 17.00 uur\n\nDonderdag 21/05\n"
                    + "11u00 – Lezing over daken\n" + heading + "\n11u00 – Lezing over gevels\n";
            assertThat(scored(text, "item")).containsExactly("2026-05-21t11:00", "2026-05-22t11:00");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', value = {
            "| 15.00 | Panel: wie beslist? | o.l.v. Arjen Smit, met Petra Wolters en Joost Kamp | # arjen smit "
                + "= panel-leader",
            "| 15.00 | Paneldiscussie | o.l.v. Arjen Smit, met Petra Wolters en Joost Kamp | # arjen smit = "
                + "panel-leader"})
        @DisplayName("reads a people cell that opens with its cue")
        void cueCell(String row, String leader) {
            String text = "# Middag\n\nDatum: 21 mei 2026, 13.30 - 17.00 uur\n\n| Tijd | Onderwerp | Door |\n"
                    + "|---|---|---|\n" + row + "\n";
            Set<String> roles = Cues.scored(read("a.md", text), "role");
            assertThat(roles).contains(leader, "petra wolters = panellist", "joost kamp = panellist");
        }
    }

    @Nested
    @DisplayName("an interview")
    class Interview {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Tamsin Reid, director of Seaway Ports, interviewed by Colin Baird",
            "Tamsin Reid (Seaway Ports) in conversation with Colin Baird"})
        @DisplayName("names the one asked before its cue and who asks after it, in a people cell")
        void cell(String cell) {
            String text = "# Forum\n\nDate: 21 May 2026, 1 pm - 5 pm\n\n| Time | Session | Who |\n|---|---|---|\n"
                    + "| 14:00 | Fireside chat on ports | " + cell + " |\n";
            assertThat(Cues.scored(read("a.md", text), "role"))
                    .containsExactlyInAnyOrder("tamsin reid = interviewee", "colin baird = interviewer");
        }
    }

    @Nested
    @DisplayName("registration")
    class Registration {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Kaarten koopt u aan de balie van het theater.",
            "Tickets are on sale at the door from 7 pm."})
        @DisplayName("in person, at a desk or the door")
        void inPerson(String sentence) {
            assertThat(scored(THEMAMIDDAG + sentence + "\n", "channel")).containsExactly("in-person");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Wilt u komen? Meld u dan uiterlijk 14 mei aan. Dat kan telefonisch via (030) "
            + "123 45 67.",
            "We vragen je om in te schrijven voor 14 mei. Dat kan telefonisch op 030 123 45 67, op werkdagen."})
        @DisplayName("says how in the sentence after the ask")
        void thatCan(String sentence) {
            assertThat(scored(THEMAMIDDAG + sentence + "\n", "channel")).containsExactly("phone +31 30 123 4567");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"### Meedoen?\n\nStuur vóór 14 mei een e-mail naar inschrijven@tuin.example.nl "
            + "met uw naam.",
            "### Join us?\n\nSend an e-mail to inschrijven@tuin.example.nl with your name before 14 May."})
        @DisplayName("under a heading that asks to take part, the line that says how")
        void joinHeading(String section) {
            String text = "# Tuindag\n\nDatum: 21 mei 2026, 13.30 - 17.00 uur\n\n" + section + "\n";
            assertThat(Cues.scored(read("a.md", text), "channel"))
                    .containsExactly("email inschrijven@tuin.example.nl");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Friends of the Park is a registered charity. [Donate](https://park.example.org/give)",
            "The livestream needs no registration: watch it at https://park.example.org/live."})
        @DisplayName("is not a body's legal standing, nor what needs none")
        void notRegistration(String sentence) {
            assertThat(scored(THEMAMIDDAG + sentence + "\n", "channel")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CONTACT\nBureau Evenementen, Sanne Wit\n030 - 123 45 67 – events@stad.example.nl\n",
            "Contact\nEvents office, Ruth Kemp\n030 123 45 67 – events@park.example.org\n"})
        @DisplayName("gives its contact under a heading with a line of who between")
        void contactBlock(String block) {
            assertThat(scored(THEMAMIDDAG + block, "phone")).containsExactly("+31 30 123 4567");
        }
    }

    @Nested
    @DisplayName("organisations")
    class Bodies {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', value = {"Stichting Het Erf B.V. · Dorpsstraat 4 · 1234 AB Ergens · "
            + "info@erf.example.nl"
                + "# stichting het erf",
            "Kestrel Walking Club | PO Box 12 | Leeds LS1 4AB # kestrel walking club"})
        @DisplayName("the page's publisher, named first in its footer's address line")
        void publisher(String footer, String body) {
            assertThat(scored(THEMAMIDDAG + "Welkom.\n\n" + footer + "\n", "organisation")).containsExactly(body);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', value = {"Het festival is een organisatie van Stichting Zomerklanken. # "
            + "stichting zomerklanken",
            "De markt is een organisatie van Buurtvereniging Ons Dorp. # buurtvereniging ons dorp"})
        @DisplayName("'is een organisatie van' names the organiser")
        void organisationOf(String sentence, String body) {
            assertThat(scored(THEMAMIDDAG + sentence + "\n", "organisation")).containsExactly(body);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Lezing door ds. Maarten Boer, predikant van de gemeente",
            "Talk by Helen Ward, director of the library"})
        @DisplayName("a common noun set small names no body")
        void commonNoun(String line) {
            String text = THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n";
            assertThat(scored(text, "organisation")).isEmpty();
            assertThat(scored(text, "role")).hasSize(1);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Hosted by Brightfield Analytics, makers of the app.",
            "Keynote by Tidewater Energy on the new grid."})
        @DisplayName("a company's sector word makes a body, not a person")
        void sectorWord(String sentence) {
            assertThat(scored(THEMAMIDDAG + sentence + "\n", "person")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '#', value = {"Welkom door Tom Kerkhof, teamleider bij Zorggroep Zuid – Opening "
            + "# zorggroep zuid",
            "Lezing door fysiotherapeut Iris Mol van Revalidatie Centrum Oost # revalidatie centrum oost"})
        @DisplayName("ends at a dash, and starts after 'van' before a run whose second word is a body's")
        void affiliationEdges(String line, String body) {
            String text = THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n";
            assertThat(scored(text, "organisation")).containsExactly(body);
        }
    }
}
