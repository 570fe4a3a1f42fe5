package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The people, roles, organisations and contacts the twenty-sixth held-out set, read as d471-d490 after it was scored,
 * missed and round thirty reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the people d471-d490 missed in round thirty")
class AnnouncementImporterThirtiethPeopleCuesTest {

    @Test
    @DisplayName("a plain text's label over a list ('Sprekers') gives its people their role, but not the people named"
            + " after the list, such as the sender under the signature")
    void labelHeadsItsListOnly() {
        String text = "Beste collega's,\n\nOp donderdag 8 april 2027 van 10.00 tot 11.30 uur houden we een online "
                + "sessie over data.\n\nSprekers\n- Ruben Smit, onderzoeker bij het CBS\n- Anouk de Wit, adviseur\n\n"
                + "Agenda\n10.00 Welkom\n10.15 Inleidingen\n\nMet vriendelijke groet,\n\nKarin Mol\n"
                + "Beleidsmedewerker\n";
        assertThat(scored("a.txt", text, "role")).contains("ruben smit = speaker", "anouk de wit = speaker")
                .doesNotContain("karin mol = speaker");
    }

    @Test
    @DisplayName("'Chair of the ICS Yorkshire & Humber Region' after a chair's name: the region is no second person")
    void regionIsNoName() {
        String text = "# Damp in old walls\n\nThursday 13 May 2027, 9.30am to 12.30pm, Leeds.\n\n"
                + "The morning will be chaired by **Ann Hirst**, Chair of the ICS Yorkshire & Humber Region.\n";
        assertThat(scored("a.md", text, "person")).containsExactly("ann hirst");
    }

    @Test
    @DisplayName("a list entry's name, a dash and a position in lower case: 'bij de Gemeente Rotterdam' is the"
            + " speaker's organisation, and the capitals of a chair's field ('hoogleraar Stedelijke Ecologie') no name")
    void dashedPosition() {
        String text = "# Webinar hitte\n\nDinsdag 13 april 2027, 15.00 tot 16.00 uur, online.\n\n**Sprekers**\n\n"
                + "- **Jeroen Bakker** – hoogleraar Stedelijke Ecologie, Universiteit Maasdelta. Hij presenteert.\n"
                + "- **Fatima Idrissi** – beleidsadviseur hitte bij de Gemeente Rotterdam. Zij vertelt.\n";
        assertThat(Cues.organisations("a.md", text)).contains("gemeente rotterdam", "universiteit maasdelta");
        assertThat(scored("a.md", text, "person")).containsExactlyInAnyOrder("jeroen bakker", "fatima idrissi");
    }

    @Test
    @DisplayName("a firm's name after a person's 'of' keeps its ampersand: 'Ashworth & Daughters'")
    void firmWithAmpersand() {
        String text = "# Gala\n\nSaturday 25 September 2027, 7pm, The Queens Hotel, Leeds LS1 5HD\n\n"
                + "After dinner, auctioneer **Tom Ashby** of Ashby & Daughters will take the gavel.\n";
        assertThat(Cues.organisations("a.md", text)).contains("ashby & daughters").doesNotContain("ashby");
    }

    @Test
    @DisplayName("a table cell's 'Panel leader: X (RTÉ Archives)' leads the panel, and a Galway number of nine digits"
            + " ('091 524 418') is read in an Irish text")
    void panelLeaderLabelAndGalwayNumber() {
        String text = "# Heritage Data Day\n\nThursday 11 March 2027, 9am to 5pm, University of Galway H91 TK33\n\n"
                + "| Time | Session | Who |\n|---|---|---|\n| 14:00 | **Panel:** Who owns it? | Panel leader: Aoife"
                + " Brennan (RTÉ Archives). Panellists: Ciarán Ó Dálaigh (National Library of Ireland), Sinéad Walsh |"
                + "\n\nQueries by phone on 091 524 418 (Tuesday).\n";
        assertThat(scored("a.md", text, "role")).contains("aoife brennan = panel-leader", "sinéad walsh = panellist");
        assertThat(Cues.organisations("a.md", text)).contains("rté archives");
        assertThat(scored("a.md", text, "phone")).containsExactly("+353 91 524 418");
    }

    @Test
    @DisplayName("'drop us a line at hello@…' gives a contact's address")
    void dropUsALine() {
        String text = "# Leeds Systems Night\n\nThursday 11 March 2027, 6.30pm, The Tannery, Leeds LS3 1AB\n\n"
                + "If you need a quiet space or captions, drop us a line at hello@systems.example.co.uk and we'll sort"
                + " it.\n";
        assertThat(scored("a.md", text, "email")).containsExactly("hello@systems.example.co.uk");
    }

    @Test
    @DisplayName("who is remembered ('dedicated to the memory of X', 'our founder, the late X') takes no part")
    void rememberedTakeNoPart() {
        String text = "A MIDSUMMER SERENADE\n\nSaturday 19 June 2027 at 7.30pm, St Andrew's Church, Little Brantham"
                + " IP9 2XR\n\nThe choir is conducted by Martin Ashdown. This year's concert is dedicated to the memory"
                + " of Geoffrey Linton. The series was started by our founder, the late Margaret Oldroyd.\n";
        assertThat(scored("a.txt", text, "person")).contains("martin ashdown")
                .doesNotContain("geoffrey linton", "margaret oldroyd");
    }

    @Test
    @DisplayName("a name, then what the person will be ('will be our MC for the night', 'is die avond je gastvrouw'),"
            + " gives the role")
    void willBeOurRole() {
        String text = "Quiz Night\n\nFriday 12 March 2027, 8pm, Parish Hall, Clonmore.\n\n"
                + "Sarah Dunphy will be our MC for the night.\n";
        assertThat(scored("a.txt", text, "role")).containsExactly("sarah dunphy = host");
        String dutch = "Repair café\n\nZaterdag 13 maart 2027, 10.00 tot 13.00 uur, Buurthuis De Linde, Zwolle.\n\n"
                + "Buurtwerker Hanneke Smit is die avond je gastvrouw en zorgt voor koffie.\n";
        assertThat(scored("a.txt", dutch, "role")).containsExactly("hanneke smit = host");
    }

    @Test
    @DisplayName("'will take the chair' and 'zit als voorzitter de vergadering voor' after a name make the person chair")
    void takesTheChair() {
        String text = "Full Council\n\nMonday 8 March 2027, 7pm, Town Hall, Wendleford.\n\n"
                + "The Town Mayor, Cllr Margaret Ellery, will take the chair.\n";
        assertThat(scored("a.txt", text, "role")).containsExactly("margaret ellery = chair");
        String dutch = "Ledenvergadering\n\nMaandag 8 maart 2027, 20.00 uur, clubhuis, Zwolle.\n\n"
                + "Henk Bos zit als voorzitter de vergadering voor.\n";
        assertThat(scored("a.txt", dutch, "role")).containsExactly("henk bos = chair");
    }

    @Test
    @DisplayName("a position, 'en', then a part in the event ('raadslid en voorzitter van de avond') gives that part")
    void positionAndPart() {
        String text = "<main><h1>Informatieavond</h1><p>Dinsdag 9 maart 2027, 19.30 uur, stadhuis Zwolle.</p><table>"
                + "<tr><td>19:30</td><td>Welkom</td><td>Ria Hofstede, raadslid en voorzitter van de avond</td></tr>"
                + "<tr><td>20:00</td><td>Pauze</td><td></td></tr></table></main>";
        assertThat(scored("a.html", text, "role")).containsExactly("ria hofstede = chair");
    }

    @Test
    @DisplayName("a desk's second number on its line ('0113 496 0582 / 07700 900317') is a second way to reach it,"
            + " but not a number another name stands before")
    void desksSecondNumber() {
        String text = "Late Opening\n\nFriday 12 March 2027, 6pm to 9pm, Wharfe House Museum, Otley LS21 1AB.\n\n"
                + "Press enquiries: press@wharfe.example.co.uk, 0113 496 0582 / 07700 900317\n";
        assertThat(scored("a.txt", text, "phone")).containsExactlyInAnyOrder("+44 113 496 0582", "+44 7700 900317");
        String two = "Late Opening\n\nFriday 12 March 2027, 6pm to 9pm, Wharfe House Museum, Otley LS21 1AB.\n\n"
                + "Questions: desk@wharfe.example.co.uk, 0113 496 0582 or Ann Mole on 07700 900317\n";
        assertThat(Cues.read("a.txt", two).event().contacts()).noneMatch(c -> c.personId().isEmpty()
                && c.phone().equals(java.util.Optional.of("+44 7700 900317")));
    }

    @Test
    @DisplayName("'papa van Lotte uit het 4de leerjaar' is a family tie, no position at an organisation")
    void familyTieIsNoAffiliation() {
        String text = "QUIZAVOND\n\nVrijdag 19 maart 2027 om 20u in de refter van de school, Schoolstraat 3, 9000 Gent."
                + "\n\nQuizmaster van dienst is Koen Vermeulen, papa van Lotte uit het 4de leerjaar.\n";
        assertThat(Cues.organisations("a.txt", text)).noneMatch(o -> o.contains("lotte"));
    }
}
