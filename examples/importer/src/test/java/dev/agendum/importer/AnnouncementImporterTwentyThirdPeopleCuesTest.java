package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the nineteenth held-out set, read as d361-d370 after it was scored, missed and round twenty-three reads, each
 * in wordings of its own: the people, their roles and bodies, and the titles and cards they are named in.
 */
@DisplayName("AnnouncementImporter reads the people and titles d361-d370 missed in round twenty-three")
class AnnouncementImporterTwentyThirdPeopleCuesTest {

    @Test
    @DisplayName("a performer's word after 'onder leiding van' is the role, and an alto and an orchestra's leader"
            + " hold roles")
    void performers() {
        String text = "Voorjaarsconcert\n\nZaterdag 8 mei 2027, 20.00 uur, Grote Kerk, Kerkplein 1, 2011 HE Haarlem\n\n"
                + "Onder leiding van dirigent Marit Hoekstra zingt het koor. Solisten zijn sopraan Anouk Vos en\n"
                + "alt Lieke Dekker; het orkest speelt met concertmeester Ruben Smit.\n";
        assertThat(scored("a.txt", text, "role")).containsExactlyInAnyOrder("marit hoekstra = custom",
                "anouk vos = custom", "lieke dekker = custom", "ruben smit = custom");
    }

    static final String POETRY = "<html><head><title>Dichters in de Schuur | Gemeente Zele</title></head><body>"
            + "<main><h1>Dichters in de Schuur</h1><p>donderdag 25 maart 2027 · 20.00 uur</p>"
            + "<p>Twee dichters lezen voor. Tussendoor speelt gitarist Jonas Wouters. Gastvrouw van de avond is "
            + "Eline Maes.</p><p>Saar Verhulst debuteerde vorig jaar met de bundel Kalkwit. Milan de Bock schrijft "
            + "al tien jaar gedichten over de polder.</p><h2>Programma</h2><ul>"
            + "<li>20.00 Welkom door Eline Maes</li><li>20.10 Saar Verhulst leest uit Kalkwit</li>"
            + "<li>20.40 Muziek met Jonas Wouters</li><li>21.00 Milan de Bock: nieuwe gedichten</li></ul>"
            + "<table><tr><th>Waar</th><td>De Schuur, Dorp 3, 9240 Zele</td></tr>"
            + "<tr><th>Organisatie</th><td>Cultuurdienst Zele i.s.m. Bibliotheek Zele</td></tr></table>"
            + "</main></body></html>";

    @Test
    @DisplayName("an 'Organisatie' cell names the organisers in the cell beside it")
    void organiserCell() {
        assertThat(Cues.organisations("a.html", POETRY)).contains("cultuurdienst zele", "bibliotheek zele");
    }

    @Test
    @DisplayName("an item's speaker inferred from 'door' or 'met' is the host or performer the text says they are")
    void statedRoles() {
        assertThat(scored("a.html", POETRY, "role")).contains("eline maes = host", "jonas wouters = custom")
                .doesNotContain("eline maes = speaker", "jonas wouters = speaker");
    }

    @Test
    @DisplayName("who reads from their book, debuted with a collection or writes poems is an author")
    void writers() {
        assertThat(scored("a.html", POETRY, "role")).contains("saar verhulst = author", "milan de bock = author");
    }

    @Test
    @DisplayName("a chair who gives the welcome still speaks in that item")
    void chairWelcomes() {
        String text = "Symposium Bodem\n\nDonderdag 30 september 2027, 13.00 - 17.00 uur, Aula, Dreef 1, 2012 HS "
                + "Haarlem\n\nDagvoorzitter: Petra Kok\n\n13.00 Welkom door Petra Kok\n13.15 Lezing door Tim Berg\n";
        assertThat(scored("a.txt", text, "role")).contains("petra kok = chair", "petra kok = speaker");
    }

    static final String PRESS = "                                  PERSBERICHT\n"
            + "Jeugdraad Geel              Geel, 2 november 2027\n\n"
            + "Jeugdraad Geel organiseert op woensdag 17 november 2027 een debat over de fuifzaal. Onder de titel\n"
            + "\"Waar gaan we nog feesten? Het debat over een jeugdzaal\" brengt de raad vier stemmen samen.\n"
            + "Het debat vindt plaats in het Cultuurcentrum, Werft 32, 2440 Geel, om 20.00 uur.\n\n"
            + "Het panel\n---------\n- Wout Peeters, schepen van Jeugd, Stad Geel\n"
            + "- Lies Janssens, coördinator bij Jeugdhuis Sjatoo\n- Ruben Claes, student en voorzitter van de\n"
            + "  Studentenraad Kempen\n";

    @Test
    @DisplayName("the name a text gives the event 'onder de titel \"…\"' is its title, across a wrap before the"
            + " quote")
    void underTheTitle() {
        assertThat(scored("a.txt", PRESS, "title"))
                .containsExactly("waar gaan we nog feesten? het debat over een jeugdzaal");
    }

    @Test
    @DisplayName("'Het panel' set as a heading over a list names its panellists")
    void panelHeading() {
        assertThat(scored("a.txt", PRESS, "role")).containsExactlyInAnyOrder("wout peeters = panellist",
                "lies janssens = panellist", "ruben claes = panellist");
    }

    @Test
    @DisplayName("a portfolio after 'schepen van' is part of the position, and an item wrapped onto an indented line"
            + " goes on there")
    void portfolioAndWrappedItem() {
        assertThat(Cues.organisations("a.txt", PRESS)).contains("stad geel", "jeugdhuis sjatoo", "studentenraad kempen")
                .doesNotContain("jeugd");
    }

    static final String GALA = "<html><body><main><h1>The Harvest Ball</h1>"
            + "<p>Friday 8 October 2027 &middot; from 7.00pm until midnight</p>"
            + "<p>Corn Exchange, 2 Market Street, Leeds LS1 7BR</p>"
            + "<p>Your host for the evening is the broadcaster Amira Patel.</p><h2>The evening</h2>"
            + "<div><span>7.00pm</span><h3>Welcome drinks</h3><p>Music in the foyer.</p></div>"
            + "<div><span>8.00pm</span><h3>Dinner</h3><p>Three courses.</p></div>"
            + "<div><span>9.30pm</span><h3>Auction</h3><p>Auctioneer <strong>Jon Pike</strong> of Pike &amp; Webb"
            + " Auctioneers takes the bids.</p></div></main></body></html>";

    @Test
    @DisplayName("a card of a time alone over the item's heading is an item, and a range until midnight ends on the"
            + " next day")
    void timeOverHeading() {
        assertThat(scored("a.html", GALA, "item")).containsExactly("2027-10-08t19:00", "2027-10-08t20:00",
                "2027-10-08t21:30");
        assertThat(scored("a.html", GALA, "end")).containsExactly("2027-10-09t00:00");
    }

    @Test
    @DisplayName("'Your host for the evening is the broadcaster X' hosts, past the article and the position")
    void hostAfterArticle() {
        assertThat(scored("a.html", GALA, "role")).contains("amira patel = host");
    }

    @Test
    @DisplayName("a firm named after its partners ('Pike & Webb Auctioneers') is one body, no person")
    void partnersFirm() {
        assertThat(scored("a.html", GALA, "person")).doesNotContain("webb auctioneers");
    }

    @Test
    @DisplayName("a presenter named before 'in conversation with' asks, and the one after answers")
    void presenterAsks() {
        String text = "Gala\n\nFriday 8 October 2027, 2 Market Street, Leeds LS1 7BR\n\n19:00 Drinks\n"
                + "20:00 Radio presenter Tom Baines in conversation with Grace Obi\n21:00 Dancing\n";
        assertThat(scored("a.txt", text, "role")).contains("tom baines = interviewer", "grace obi = interviewee");
    }

    @Test
    @DisplayName("a choir led 'o.l.v.' or 'conducted by' someone is conducted; a defence's, a service's and a play's"
            + " people hold roles of their own")
    void ledMusicAndOtherRoles() {
        String text = "Avondgebed\n\nZaterdag 19 juni 2027, 19.00 uur, Sint-Pieterskerk, Grote Markt 1, 3000 Leuven\n\n"
                + "Muziek: het Jongerenkoor Leuven o.l.v. Wout Claes.\n\nVoorgangers: pastoor Jan Peeters\n\n"
                + "Regie: Lies Goossens\n";
        assertThat(scored("a.txt", text, "role")).contains("wout claes = custom", "jan peeters = custom",
                "lies goossens = custom");
    }

    @Test
    @DisplayName("a municipal office's portfolio after 'van' ('wethouder van Cultuur en Erfgoed') names no place")
    void municipalPortfolio() {
        String text = "Erfgoedavond\n\nDonderdag 30 september 2027, 20.00 uur, Stadhuis, Grote Markt 1, "
                + "2011 RD Haarlem\n\n"
                + "Sprekers:\n- Anna de Vries, wethouder van Cultuur en Erfgoed\n";
        assertThat(Cues.organisations("a.txt", text))
                .doesNotContain("cultuur en erfgoed", "gemeente cultuur en erfgoed");
        assertThat(scored("a.txt", text, "role")).contains("anna de vries = speaker");
    }
}
