package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-third held-out set, read as d411-d430 after it was scored, missed and round twenty-seven reads,
 * each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d411-d430 missed in round twenty-seven")
class AnnouncementImporterTwentySeventhCuesTest {

    @Test
    @DisplayName("a release's own date beside its kind ('Persbericht | dinsdag 12 oktober 2027') is not the event's")
    void releaseDateBesideItsKind() {
        String text = "# Minister opent congres over koele wijken\n\n*Persbericht | dinsdag 12 oktober 2027*\n\nHet"
                + " congres vindt plaats op **donderdag 4 november 2027** in De Werf, Utrecht.\n\n| Tijd | Onderdeel |\n"
                + "|---|---|\n| 09.30 | Ontvangst |\n| 10.00 | Opening |\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-11-04t09:30");
        assertThat(scored("a.md", text, "item")).containsExactly("2027-11-04t09:30", "2027-11-04t10:00");
    }

    @Test
    @DisplayName("a mailing's 'THIS MONTH'S HIGHLIGHT' label over a name in capitals names the event, and the letter's"
            + " wrapped first sentence under its greeting is no subject")
    void highlightLabel() {
        String text = "OLD MILL ARTS CENTRE, ENNIS\nWhat's On - May 2027\n\nDear friend of the Mill,\n\n"
                + "Spring has come to Abbey Street, the scaffolding is off, and we have a month of music for you.\n\n"
                + "==========================\nTHIS MONTH'S HIGHLIGHT\n\nSONGS FROM THE SHORE\n"
                + "Friday 14 May 2027 | 8pm | Main Auditorium\n==========================\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("songs from the shore");
    }

    @Test
    @DisplayName("a timetable's room ('Aula Schelde') is no person, and 'Aan tafel zitten:' over a list seats its"
            + " people as panellists, a 'Vlaams Parlementslid' among them a position")
    void roomsAndTheTable() {
        String text = "# Studiedag zorg\n\nDonderdag 10 juni 2027, Campus Kortrijk\n\n| Uur | Onderdeel | Wie | Zaal |\n"
                + "|---|---|---|---|\n| 09.45 | Keynote: buurten | prof. Bart Wouters | Aula Schelde |\n"
                + "| 14.30 | Panelgesprek | zie hieronder | Aula Schelde |\n\n### Het panel\n\nKatrien Vos leidt het"
                + " gesprek. Aan tafel zitten:\n\n- Mohamed El Amrani, huisarts in Gent\n- Hilde Claerhout, Vlaams"
                + " Parlementslid\n";
        assertThat(scored("a.md", text, "person")).doesNotContain("aula schelde", "vlaams parlementslid");
        assertThat(scored("a.md", text, "role")).contains("mohamed el amrani = panellist", "hilde claerhout = panellist");
    }

    @Test
    @DisplayName("'X leidt als dagvoorzitter door de dag' makes X the chair over the 'presentator' before the name;"
            + " a body before 'als gastspreker' is no person")
    void roleAfterAls() {
        String text = "# Congres Koele Wijken\n\nDonderdag 4 november 2027, 09.30 uur, De Werf, Utrecht.\n\n"
                + "Journalist en presentator Youssef El Amrani leidt als dagvoorzitter door de dag.\n\n"
                + "In de tweede sessie schuift Juristenkollectief Kompas aan als gastspreker.\n";
        assertThat(scored("a.md", text, "role")).contains("youssef el amrani = chair")
                .doesNotContain("youssef el amrani = host");
        assertThat(scored("a.md", text, "person")).doesNotContain("juristenkollectief kompas");
    }

    @Test
    @DisplayName("a listing's card labelled 'Music · Festival spotlight', past its 'SOLD OUT' badge, is the event")
    void spotlitCard() {
        String html = "<html><body><main><h1>What's on</h1><section><article><p>Family</p><h3>Kite-Making on the Edge</h3>"
                + "<p>Sat 19 June 2027 · 10.30am–12.30pm</p></article><article><p>Music · Festival spotlight</p>"
                + "<p>SOLD OUT – waiting list open</p><h3>Midsummer Folk Night</h3><p>Saturday 19 June 2027 · 7.30pm"
                + " until 10.30pm</p></article></section></main></body></html>";
        assertThat(scored("a.html", html, "title")).containsExactly("midsummer folk night");
        assertThat(scored("a.html", html, "start")).containsExactly("2027-06-19t19:30");
    }

    @Test
    @DisplayName("a letterhead in capitals may carry its board ('… LIBRARY - NOTICEBOARD') after the name")
    void letterheadWithBoard() {
        String withBoard = "BRAMFIELD LIBRARY - NOTICEBOARD\nSpring 2027\n\nBuild a Bug Hotel: Saturday 10 April 2027,"
                + " 10.30am, in the children's library.\n";
        assertThat(Cues.organisations("a.txt", withBoard)).contains("bramfield library");
    }

    @Test
    @DisplayName("'einde uiterlijk 16.30 uur' on the last item's line ends the event")
    void endAtTheLatest() {
        String text = "Audiologiecongres\n\nVrijdag 19 november 2027, De Eenhoorn, Amersfoort\n\n09.30  Ontvangst\n"
                + "10.00  Keynote\n15.30  Afsluiting en netwerkborrel, einde uiterlijk 16.30 uur\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-11-19t16:30");
    }

    @Test
    @DisplayName("'Refunds to cards used online' and 'make a donation online' say nothing of attending online")
    void moneyOnline() {
        String text = "# Autumn Table Quiz\n\nFriday 22 October 2027, 8pm, Hanlon's Lounge, Clonmore.\n\n"
                + "Refunds to cards used online are made within five days, and you can still make a donation online.\n";
        assertThat(scored("a.md", text, "attendance")).containsExactly("in-person");
    }

    @Test
    @DisplayName("a numbered table of the same session given twice runs the event from the first to the second, each"
            + " an item at its hours, and 'De link naar de Teams-vergadering volgt' says the link follows")
    void sessionGivenTwice() {
        String text = "# Infosessie Groene Dorpskernen\n\nOnline via Microsoft Teams.\n\n| Sessie | Dag | Datum | Uur |\n"
                + "|---|---|---|---|\n| 1 | dinsdag | 18 mei 2027 | 10.00 – 11.30 uur |\n"
                + "| 2 | donderdag | 27 mei 2027 | 19.30 – 21.00 uur |\n\nDe link naar de Teams-vergadering volgt in"
                + " een aparte mail.\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-05-18t10:00");
        assertThat(scored("a.md", text, "end")).containsExactly("2027-05-27t21:00");
        assertThat(scored("a.md", text, "item")).containsExactly("2027-05-18t10:00", "2027-05-27t19:30");
        assertThat(scored("a.md", text, "channel")).contains("link-follows");
    }
}
