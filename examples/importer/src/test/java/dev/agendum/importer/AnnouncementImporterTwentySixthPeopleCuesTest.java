package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The people, roles, bodies, places and ways to book that the twenty-second held-out set, read as d401-d410 after
 * it was scored, and devset-next missed and round twenty-six reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the people, bodies, places and ways d401-d410 missed in round twenty-six")
class AnnouncementImporterTwentySixthPeopleCuesTest {

    @Test
    @DisplayName("a contact's address takes its cue from a sentence wrapped over the two lines before it")
    void cueWrappedOverTwoLines() {
        String text = "# Snoeicursus\n\nZaterdag 6 februari 2027, 10.00 tot 12.00 uur, Tuinpad 3, Zwolle.\n\n"
                + "Iedereen is welkom. Vragen over de cursus graag bij\nonze tuinman, Gert Mulder, via\n"
                + "snoeien@groenehoek.example.nl of 06 12 34 56 78 (na 18.00 uur).\n";
        assertThat(scored("a.md", text, "email")).containsExactly("snoeien@groenehoek.example.nl");
        assertThat(scored("a.md", text, "phone")).containsExactly("+31 6 12345678");
    }

    @Test
    @DisplayName("an abbreviation spelt out after a dash ('KNNV – Koninklijke Nederlandse Natuurhistorische"
            + " Vereniging') names the body in full, when the initials are the abbreviation's")
    void abbreviationAfterDash() {
        String text = "KNNV – Koninklijke Nederlandse Natuurhistorische Vereniging          Uitnodiging\n\n"
                + "# KNNV-Vogeldag 2027\n\nZaterdag 8 mei 2027, 9.30 tot 16.00 uur, De Reehorst, Ede.\n\n"
                + "Georganiseerd door de KNNV.\n";
        assertThat(Cues.read("a.md", text).event().organisers()).anySatisfy(o -> {
            assertThat(o.name().text()).isEqualTo("Koninklijke Nederlandse Natuurhistorische Vereniging");
            assertThat(o.abbreviation()).contains("KNNV");
        });
        String unfit = "VVV – Verkeer en Toerisme Zeeland\n\n# Zomermarkt\n\nZaterdag 8 mei 2027, 10.00 tot 16.00"
                + " uur, Markt, Goes.\n\nGeorganiseerd door de VVV.\n";
        assertThat(Cues.read("a.md", unfit).event().organisers())
                .noneSatisfy(o -> assertThat(o.name().text()).startsWith("Verkeer"));
    }

    @Test
    @DisplayName("words that name a role only as a label ('Bas', 'Orgel', 'Leiding', 'Director', 'Docent', 'Live"
            + " muziek') give the people after them a role, in a table's head cell, a term list or before a colon")
    void labelOnlyRoles() {
        String html = "<html><body><h1>Johannes-Passion</h1><p>Zaterdag 3 april 2027, 19.30 uur, Martinikerk,"
                + " Groningen</p><table><tr><th>Bas</th><td>Ruben Scholten</td></tr><tr><th>Orgel</th><td>Hendrik"
                + " Jan Wolters</td></tr><tr><th>Leiding</th><td>Annemieke Bos</td></tr></table>"
                + "<dl><dt>Director</dt><dd>Declan Moriarty</dd><dt>Docent</dt><dd>dr. Marijke Hoogland</dd></dl>"
                + "<p>Live muziek: Wannes Deroo (accordeon)</p></body></html>";
        assertThat(scored("a.html", html, "role")).contains("ruben scholten = custom",
                "hendrik jan wolters = custom", "annemieke bos = custom", "declan moriarty = custom",
                "marijke hoogland = custom", "wannes deroo = custom");
    }

    @Test
    @DisplayName("such a word in a sentence names no role: 'Bas Vermeer speelt orgel' keeps Bas a given name")
    void labelWordsInSentences() {
        String text = "# Orgelavond\n\nVrijdag 9 april 2027 om 20.00 uur in de Grote Kerk, Zwolle.\n\n"
                + "Bas Vermeer speelt orgel, en de leiding is in handen van de cantorij.\n";
        assertThat(scored("a.md", text, "person")).contains("bas vermeer");
        assertThat(scored("a.md", text, "role")).doesNotContain("bas vermeer = custom");
    }

    @Test
    @DisplayName("'Aan tafel zitten' wrapped over the people it seats makes them panellists, and their 'die"
            + " vertellen' does not make them speakers too")
    void seatedPanellists() {
        String text = "# Klantendag\n\nDinsdag 8 juni 2027, 13.00 uur, De Eemhal, Amersfoort\n\n"
                + "Het klantenpanel wordt geleid door **Bas Vermeulen**. Aan tafel zitten\n"
                + "**Eva Lindeman** (Transportbedrijf Hofstra) en **Mehmet Yıldız** (Koelvers Distributie), die"
                + " vertellen hoe zij plannen.\n";
        assertThat(scored("a.md", text, "role")).contains("eva lindeman = panellist", "mehmet yıldız = panellist")
                .doesNotContain("eva lindeman = speaker", "mehmet yıldız = speaker");
        assertThat(scored("a.md", text, "organisation")).contains("transportbedrijf hofstra");
    }

    @Test
    @DisplayName("under 'HOW TO BOOK', 'Ring Joan Price in the club office on …, or email …' gives a phone and an"
            + " e-mail way to book, the eleven-digit number read as British in a text that shows no country")
    void howToBook() {
        String text = "CHESS SIMUL EVENING\nThursday 14 October 2027, 7pm\nHolbeck Library, Leeds\n\nHOW TO BOOK\n"
                + "Ring Joan Price in the club office on 0113 496 0555\n(Tuesday to Friday, 9am - 1pm), or email\n"
                + "boards@holbeckchess.example.org with your name.\n";
        assertThat(scored("a.txt", text, "channel")).contains("phone +44 113 496 0555",
                "email boards@holbeckchess.example.org");
    }

    @Test
    @DisplayName("an Irish address set a part a line, its county between the town and the Eircode, gives the venue"
            + " without the room in brackets")
    void stackedIrishAddress() {
        String html = "<html><body><h1>The Weir Road</h1><p>Friday 8 October 2027 at 8pm</p><h2>Venue</h2><address>"
                + "The Town Hall Theatre (Studio)<br>14 Courthouse Square<br>Galway<br>Co. Galway<br>H91 E2W3"
                + "</address></body></html>";
        assertThat(scored("a.html", html, "place")).containsExactly("the town hall theatre", "14 courthouse square",
                "h91 e2w3", "galway");
    }

    @Test
    @DisplayName("under 'Cast', 'Character – Player' makes the player take part and leaves the character out; the"
            + " 'Creative team' take part too")
    void castList() {
        String html = "<html><body><h1>The Weir Road</h1><p>Friday 8 October 2027 at 8pm, Town Hall Theatre,"
                + " Galway</p><h2>Cast</h2><ul><li>Nora Quinlan – <strong>Sarah Walsh</strong></li><li>Peter Quinlan"
                + " – <strong>David Byrne</strong></li></ul><h2>Creative team</h2><dl><dt>Lighting design</dt>"
                + "<dd>Emma Kelly</dd></dl></body></html>";
        assertThat(scored("a.html", html, "role")).contains("sarah walsh = custom", "david byrne = custom",
                "emma kelly = custom");
        assertThat(scored("a.html", html, "person")).doesNotContain("nora quinlan", "peter quinlan");
    }

    @Test
    @DisplayName("the composers of a concert's programme ('Gabriel Fauré - Cantique …', 'Sicilienne – Gabriel Fauré',"
            + " 'words by Thomas Hardy') take no part, its performers do")
    void composersTakeNoPart() {
        String text = "Kerstconcert\n\nZaterdag 18 december 2027, 20.00 uur, Grote Kerk, Ommen.\n\nSopraan Lotte"
                + " Kramer zingt met het koor.\n\nPROGRAMMA\n  Gabriel Fauré - Cantique de Jean Racine\n"
                + "  John Rutter - A Gaelic Blessing\n  The Oxen (Vann, words by Thomas Hardy)\n";
        assertThat(scored("a.txt", text, "person")).contains("lotte kramer")
                .doesNotContain("gabriel fauré", "john rutter", "thomas hardy");
    }

    @Test
    @DisplayName("'Wilma Jansen van de Cantorij' is Wilma Jansen of the choir, 'Jan van de Velde' keeps his surname")
    void bodyAfterParticles() {
        String text = "# Passieconcert\n\nZaterdag 3 april 2027, 20.00 uur, Dorpskerk, Havelte.\n\nVragen? Neem contact"
                + " op met Wilma Jansen van de Cantorij, telefoon 06 12 34 56 78. Aan het orgel: Jan van de Velde.\n";
        assertThat(scored("a.md", text, "person")).contains("wilma jansen", "jan van de velde")
                .doesNotContain("wilma jansen van de cantorij");
    }

    @Test
    @DisplayName("a body's name set in capitals as a letter's head ('IMKERVERENIGING DE KORF', 'STAD HERENTALS    "
            + "PERSBERICHT') sends it; a mailing's own name ('… PARISH E-NEWS') does not")
    void letterhead() {
        String letter = "IMKERVERENIGING DE KORF\nopgericht 1961 - Nijverdal\n\nBeste imkers,\n\nDe jaarvergadering is op"
                + " dinsdag 9 maart 2027 om 20.00 uur in het bijenhuis, Heideweg 4, 7441 AB Nijverdal.\n";
        assertThat(Cues.organisations("a.txt", letter)).contains("imkervereniging de korf");
        String release = "STAD HERENTALS                      PERSBERICHT\n\nDe opening van het paviljoen is op vrijdag"
                + " 11 juni 2027 om 16.00 uur, Nederrij 20, 2200 Herentals.\n";
        assertThat(Cues.organisations("a.txt", release)).contains("stad herentals");
        String mailing = "ST ALDHELM'S PARISH E-NEWS\n\nOur charity concert is on Saturday 20 March 2027 at 7.30pm in"
                + " the church hall, Alresford.\n";
        assertThat(Cues.organisations("a.txt", mailing)).doesNotContain("st aldhelm's parish");
    }

    @Test
    @DisplayName("'Kom langs bij de kassa', 'call in to the box office' and 'pay at' / 'the door' over a wrap are ways in"
            + " person; coffee 'bij de ledenbalie' is not")
    void waysInPerson() {
        String dutch = "# Zoutwater\n\nVrijdag 15 oktober 2027, 20.00 uur, Theater Het Pakhuis, Zutphen.\n\n"
                + "Liever persoonlijk? Kom langs bij de kassa (di t/m za 13.00–17.00 uur).\n";
        assertThat(scored("a.md", dutch, "channel")).contains("in-person");
        String english = "CAROLS BY CANDLELIGHT\nSaturday 11 December 2027 at 8pm\nSt Joseph's Church, Galway\n\n"
                + "Buy online at corrib.example.org/tickets or pay at\nthe door on the night.\n";
        assertThat(scored("a.txt", english, "channel")).contains("in-person");
        String congress = "# Ledencongres\n\nZaterdag 6 maart 2027, De Reehorst, Ede.\n\n**09.00 uur** · Zaal open,"
                + " registratie en koffie bij de ledenbalie\n";
        assertThat(scored("a.md", congress, "channel")).doesNotContain("in-person");
    }

    @Test
    @DisplayName("'ring or text Sue on …' is a phone way to book")
    void ringOrText() {
        String text = "ANNUAL DINNER\nSaturday 20 November 2027, 7pm\nMilford Green Pavilion, Milford GU8 5AA\n\n"
                + "To book a place:\n  * ring or text Sue on 07700 900417 (evenings are best)\n";
        assertThat(scored("a.txt", text, "channel")).contains("phone +44 7700 900417");
    }

    @Test
    @DisplayName("'Your compère for both days is X' and 'De avond wordt aan elkaar gepraat door X' make X the host")
    void comperes() {
        String english = "# Dales Folk Weekend\n\nSaturday 12 June 2027, 10:00, Village Hall, Reeth DL11 6SY\n\n"
                + "Your compère for both days is **Ruth Ashworth**.\n";
        assertThat(scored("a.md", english, "role")).contains("ruth ashworth = host");
        String dutch = "# Lentekriebels\n\nZaterdag 24 april 2027, 19.30 uur, Academie, Zele.\n\nDe avond wordt aan"
                + " elkaar gepraat door Hanne Wuyts, leerling woordkunst.\n";
        assertThat(scored("a.md", dutch, "role")).contains("hanne wuyts = host");
    }

    @Test
    @DisplayName("'a two-hander by Maeve Donnelly' makes her the play's author; 'naar de roman van X' does not")
    void playwright() {
        String english = "# The Glass Orchard\n\nFriday 14 May 2027, 7.30pm, The Wherry Theatre, Norwich NR2 1AA\n\n"
                + "*The Glass Orchard* is a funny, bruising two-hander by Maeve Donnelly about a brother and sister.\n";
        assertThat(scored("a.md", english, "role")).contains("maeve donnelly = author");
        String dutch = "# Het Zoute Land\n\nVrijdag 12 maart 2027, 20.15 uur, Theater Dijkzicht, Sneek.\n\nEen"
                + " voorstelling naar de roman van Wietske Hoornstra.\n";
        assertThat(scored("a.md", dutch, "role")).doesNotContain("wietske hoornstra = author");
    }

    @Test
    @DisplayName("'De link om deel te nemen krijg je …', 'De link komt morgen …' and 'the Teams link will be circulated'"
            + " say the join link follows")
    void linksToCome() {
        String[] texts = {
            "# Infosessie\n\nDinsdag 25 mei 2027, 19.00 uur, online via Teams.\n\nDe link om deel te nemen krijg je"
                + " op dinsdag 18 mei via e-mail.\n",
            "# ALV\n\nDonderdag 21 januari 2027, 20.00 uur, online.\n\nDe link komt morgen rond 18.00 uur hier in de"
                + " groep.\n",
            "# Seminar\n\nWednesday 17 February 2027, 16:00, online via Microsoft Teams.\n\nThe Teams link will be"
                + " circulated to the mailing list on Monday.\n"};
        for (String text : texts) {
            assertThat(scored("a.md", text, "channel")).as(text).contains("link-follows");
        }
    }

    @Test
    @DisplayName("'Directed by X and performed by Y and Z' gives each a role of their own")
    void directedAndPerformed() {
        String text = "# The Glass Orchard\n\nFriday 14 May 2027, 7.30pm, The Wherry Theatre, Norwich NR2 1AA\n\n"
                + "Directed by Kit Harrow and performed by Ruth Adeyemi and Sam Lowther.\n";
        assertThat(scored("a.md", text, "role")).contains("kit harrow = custom", "ruth adeyemi = custom",
                "sam lowther = custom");
    }

    @Test
    @DisplayName("'in ons verenigingsgebouw Het Tuinhuis' names the venue Het Tuinhuis")
    void possessiveBeforeVenue() {
        String text = "Beste tuinders,\n\nDe jaarvergadering is op woensdag 14 april 2027 om 20.00 uur in ons"
                + " verenigingsgebouw Het Tuinhuis, Tuinpad 3, 8022 AB Zwolle.\n";
        assertThat(scored("a.txt", text, "place")).contains("het tuinhuis", "tuinpad 3", "8022 ab", "zwolle");
    }
}
