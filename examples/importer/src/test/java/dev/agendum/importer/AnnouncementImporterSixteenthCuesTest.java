package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What devset-next (d211-d230) missed and round sixteen reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what devset-next missed in round sixteen")
class AnnouncementImporterSixteenthCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<strong>Inschrijven:</strong> vóór 24 september 2027",
            "<strong>Deadline:</strong> 24 september 2027", "Aanmelden kan tot 24 september 2027"})
    @DisplayName("a sidebar of the event's facts is read though it also dates the registration's close")
    void factCardWithADeadline(String deadline) {
        String html = "<html><body><main><h1>Jaarsymposium 2027</h1><p>Het genootschap nodigt u uit voor het "
                + "jaarsymposium op vrijdag 8 oktober 2027, in de zaal of via de livestream.</p>"
                + "<aside class=\"info\"><h2>In het kort</h2><p><strong>Wanneer:</strong> vrijdag 8 oktober 2027, "
                + "10.00–17.00 uur</p><p><strong>Waar:</strong> Congrescentrum Het Spoorhuis<br>Stationsplein 40<br>"
                + "3818 LE Amersfoort</p><p>" + deadline + "</p></aside></main></body></html>";
        assertThat(scored("a.html", html, "start")).containsExactly("2027-10-08t10:00");
        assertThat(scored("a.html", html, "place")).contains("congrescentrum het spoorhuis", "stationsplein 40");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<header class=\"hero\">", "<header>"})
    @DisplayName("a page's hero before its main part gives the title and days, where the main part has no h1")
    void heroHeaderBeforeMain(String header) {
        String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/programma\">Programma</a></nav>" + header
                + "<p>Twee dagen denken en doorpraten</p><h1>Het Ongerijmde 2027</h1><p>vrijdag 24 en zaterdag 25 "
                + "september 2027 · De Spoorloods, Deventer</p></header><main><p>Drie podia, twee dagen. Op vrijdag "
                + "van 13.00 tot 23.00 uur, op zaterdag van 10.30 tot 18.00 uur.</p><h2>Vrijdag 24 september</h2>"
                + "<p>13.00 Opening</p></main></body></html>";
        assertThat(scored("a.html", html, "title")).containsExactly("het ongerijmde 2027");
        assertThat(scored("a.html", html, "start")).containsExactly("2027-09-24t13:00");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a site's header with its logo's h1 and no date is no hero: the main part's heading is the title")
    void siteHeaderIsNoHero() {
        String html = "<html><body><header><h1>Stichting Het Ongerijmde</h1></header><main><h2>Lezing over tijd</h2>"
                + "<p>Vrijdag 24 september 2027, 20.00 - 22.00 uur, De Spoorloods, Deventer</p></main></body></html>";
        assertThat(scored("a.html", html, "title")).containsExactly("lezing over tijd");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Daan Kuipers (HydroGrid BV)=hydrogrid bv",
            "Daniel Hofer, category manager, Bundesbeschaffung GmbH=bundesbeschaffung gmbh",
            "Yusuf Demir (Van Gelder & Partners Accountants)=van gelder & partners accountants",
            "Sophie Lane (Marsh & Lane Ltd)=marsh & lane ltd"})
    @DisplayName("an affiliation's legal form and a firm's '&' belong to the organisation's name")
    void legalFormsAndAmpersandsInAffiliations(String example) {
        String[] parts = example.split("=");
        String text = Cues.BUURTAVOND + "19.30 Opening\n20.00 Lezing door " + parts[0] + "\n";
        assertThat(Cues.organisations("a.txt", text)).containsExactly(parts[1]);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("an 'en' inside a name the text defines an abbreviation for does not split the inviting body in two")
    void definedNameWithEnInvites() {
        String text = "Jaarsymposium 2027\n\nHet Nederlands Genootschap voor Logopedie en Stemtherapie (NGLS) nodigt "
                + "logopedisten uit voor het jaarsymposium op vrijdag 8 oktober 2027, 10.00 - 17.00 uur.\n";
        assertThat(Cues.organisations("a.txt", text)).containsExactly("ngls");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("'Request a place at' wrapped before its link registers; 'Ask X at' wrapped before the address is a contact")
    void wrappedRequestAndAsk() {
        String text = "# Demo Day\n\nThursday 18 March 2027, 13:30 - 18:00, Dockside Hall, 5 Canute Road, Southampton\n\n"
                + "Seats in the hall are limited to 150. Request a place at\n"
                + "[harbourline.example.com/demoday](https://harbourline.example.com/demoday). We confirm places soon.\n\n"
                + "Questions about Demo Day? Ask Ellie Tran, our community manager, at\n"
                + "ellie@harbourline.example.com or on 023 8049 6123.\n";
        assertThat(scored("a.md", text, "channel")).contains("web https://harbourline.example.com/demoday");
        assertThat(scored("a.md", text, "email")).containsExactly("ellie@harbourline.example.com");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a place label alone over an address block: the block's first line is the venue, its last the town")
    void labelAloneOverAnAddressBlock() {
        String text = "Weekend van de Chiro\n\nVan vrijdag 12 november 2027 om 19.30 uur tot zondag 14 november om 15 uur."
                + "\n\nWAAR?\nJeugdverblijf Heidebloem\nHeibergstraat 27\n2460 Lichtaart\n\nInfo: leiding@chiro.example.be\n";
        assertThat(scored("a.txt", text, "place"))
                .containsExactly("jeugdverblijf heidebloem", "heibergstraat 27", "2460", "lichtaart");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Calder House, Airedale University\n22 Wharf Street\nLeeds LS2 7EQ",
            "Calder House\nUnit 3, Tannery Yard, 22 Wharf Street\nLeeds LS2 7EQ",
            "Calder House\n22 Wharf Street, 3rd Floor · Leeds LS2 7EQ",
            "Venue     : Calder House, 22 Wharf Street,\n            Leeds LS2 7EQ"})
    @DisplayName("a British address block: the town and postcode on a line of their own or after a separator")
    void britishAddressBlocks(String block) {
        String text = "Sediment workshop\n\nThursday 9 September 2027, 09:30 - 17:00\n\n" + block + "\n\n"
                + "Lunch is provided.\n";
        assertThat(scored("a.txt", text, "place"))
                .containsExactly("calder house", "22 wharf street", "ls2 7eq", "leeds");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "19.10 Reading, followed by Nadia Kershaw in conversation with Owen Pryce=nadia kershaw = interviewee"
                    + "|owen pryce = interviewer",
            "19.10 Part two: in conversation with Miriam Achterberg=miriam achterberg = interviewee",
            "19.10 Lotte Vercammen in gesprek met journaliste Ilse Van Hoorebeke=lotte vercammen = interviewee"
                    + "|ilse van hoorebeke = interviewer",
            "19.10 uur gaat dramaturg Jesse Wijnberg in de foyer in gesprek met Marit Kalsbeek=jesse wijnberg = "
                    + "interviewer|marit kalsbeek = interviewee",
            "19.10 Fireside chat: Mark de Haan (Polder Ventures) interviews Esther Kim about hardware=mark de haan = "
                    + "interviewer|esther kim = interviewee"})
    @DisplayName("'in conversation with': those after it ask, those named before it answer; no one before: the guest")
    void conversations(String example) {
        String[] parts = example.split("=", 2);
        String text = Cues.COMMUNITY_EVENING + "19:00 Doors open\n" + parts[0] + "\n";
        assertThat(scored("a.txt", text, "role")).containsExactlyInAnyOrder(parts[1].split("\\|"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"21u00 – Voorlezing door actrice Nele Bogaert=nele bogaert = custom",
            "21:15 Live auction, conducted by auctioneer Oliver Pryce=oliver pryce = custom",
            "19:30 Guided tour with curator Anouk Terpstra=anouk terpstra = custom",
            "21.15 Carols, met repetitor Olaf Brinkman aan de vleugel=olaf brinkman = custom"})
    @DisplayName("a performer's or a guide's word before the name is a role of its own, not a speaker's")
    void performersAndGuides(String example) {
        String[] parts = example.split("=", 2);
        String text = Cues.COMMUNITY_EVENING + parts[0] + "\n";
        assertThat(scored("a.txt", text, "role")).containsExactly(parts[1]);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a.md", "a.html"})
    @DisplayName("a list of 'label – time' entries is a programme; the label's number is no hour ('Shift 1 – 17u30')")
    void labelThenTimeEntries(String name) {
        String entries = name.endsWith(".md")
                ? "- Shift 1 – 17u30 (ideaal met kleine kinderen)\n- Shift 2 – 18u30\n- Shift 3 – 19u30\n"
                : "<ul><li><strong>Shift 1 – 17u30</strong> (ideaal met kleine kinderen)</li><li><strong>Shift 2 – "
                        + "18u30</strong></li><li><strong>Shift 3 – 19u30</strong></li></ul>";
        String text = name.endsWith(".md")
                ? "# Spaghettiavond\n\nZaterdag 13 maart 2027 in Zaal Ter Linde, Kerkstraat 4, 9032 Wondelgem\n\n"
                        + entries + "\nDe bar blijft open tot 23u.\n"
                : "<html><body><h1>Spaghettiavond</h1><p>Zaterdag 13 maart 2027 in Zaal Ter Linde, Kerkstraat 4, 9032 "
                        + "Wondelgem</p>" + entries + "<p>De bar blijft open tot 23u.</p></body></html>";
        assertThat(scored(name, text, "item"))
                .containsExactly("2027-03-13t17:30", "2027-03-13t18:30", "2027-03-13t19:30");
        assertThat(scored(name, text, "start")).containsExactly("2027-03-13t17:30");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a list's 'Name – Party' gives the party as the person's organisation, not as another person")
    void nameDashBodyInAList() {
        String text = "# Kandidatendebat\n\nWoensdag 3 maart 2027, 20.00 - 22.00 uur, Dorpshuis De Spil, Kerkstraat 4, "
                + "9411 AB Beilen\n\n### Aan tafel\n\n1. Jantine Hofstede – Drents Belang\n2. Erik Wubbels – Groen "
                + "Akkoord\n";
        assertThat(scored("a.md", text, "person")).containsExactlyInAnyOrder("jantine hofstede", "erik wubbels");
        assertThat(Cues.organisations("a.md", text)).contains("drents belang", "groen akkoord");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the date whose sentence names the event by its title's word outranks another occasion's with times")
    void dateSentenceNamingTheEvent() {
        String text = "Inloopavond dijkversterking Lekdijk\n\nHet waterschap laat het ontwerp zien tijdens een inloopavond"
                + " op woensdag 13 oktober 2027 in Dorpshuis De Schakel, Kerkweg 4, 2946 BK Ouderlek.\n\nDe deuren "
                + "staan open van 17.00 tot 20.30 uur.\n\nHet projectteam houdt op donderdag 21 oktober van 9.00 tot "
                + "12.00 uur een spreekuur in de projectkeet.\n";
        assertThat(scored("a.txt", text, "start")).allMatch(s -> s.startsWith("2027-10-13"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"19:45 Welcome from Rachel Moorcroft, programme director and your host for the day",
            "19:45 Welkom door onze voorzitter Rachel Moorcroft, die ook de rest van de avond uw gastvrouw is"})
    @DisplayName("'your host', said of the one named after the name or in a clause, makes that person the host")
    void yourHost(String line) {
        String text = Cues.COMMUNITY_EVENING + "19:30 Doors open\n" + line + "\n20:00 Talk\n";
        assertThat(scored("a.txt", text, "role")).containsExactly("rachel moorcroft = host");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a tel: link to register by is a phone channel, not a web page without a target")
    void telLinkToRegister() {
        String html = "<html><body><main><h1>Voorlichtingsmiddag hartfalen</h1><p>Woensdag 14 april 2027, 14.00 - "
                + "16.30 uur, Ziekenhuis Rijnoever, Zorgplein 1, 2411 TX Bodegraven</p><p>U kunt zich alleen "
                + "telefonisch aanmelden bij het secretariaat: <a href=\"tel:+31172584410\">(0172) 58 44 10</a>.</p>"
                + "</main></body></html>";
        assertThat(scored("a.html", html, "channel")).containsExactly("phone +31 172 584 410");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a mail's sender 'Body - Desk' names the body; an em dash ends an organiser; a calendar 'invite' invites no one")
    void sendersDesksAndInvites() {
        String mail = "Van: Waterschap Vlietlanden - Persberichten <persberichten@vlietlanden.example.nl>\n"
                + "Onderwerp: Inloopavond dijkversterking\n\nInloopavond dijkversterking\n\nWoensdag 13 oktober 2027, "
                + "17.00 - 20.30 uur, Dorpshuis De Schakel, Kerkweg 4, 2946 BK Ouderlek.\n";
        assertThat(Cues.organisations("a.txt", mail)).containsExactly("waterschap vlietlanden");
        String chat = "Lunch talk\n\nWednesday 17 February 2027, 12:30 - 13:30, Kitchen Lounge, Wibautstraat 150, "
                + "Amsterdam, and on Zoom.\n\nThe Zoom link is in the calendar invite that went out this morning.\n"
                + "Organised by the People & Culture team — ping me with questions.\n";
        assertThat(Cues.organisations("a.txt", chat)).containsExactly("people & culture team");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "INSCHRIJVEN\nTen laatste op vrijdag 29 oktober, via het formulier op\nwww.chiro.example.be/weekend, of bij de leiding.",
            "RSVP BY FRIDAY 15 OCTOBER\n  Book online: https://www.chiro.example.be/weekend",
            "Geef uiterlijk vrijdag 17 september door met hoeveel personen u komt: https://www.chiro.example.be/weekend",
            "[Ik ben erbij](https://www.chiro.example.be/weekend)"})
    @DisplayName("a registration heading over its paragraph, 'Book online', 'geef door met hoeveel', 'Ik ben erbij' register")
    void waysToRegister(String lines) {
        String text = Cues.BUURTAVOND + lines + "\n\nTot dan!\n";
        assertThat(scored("a.md", text, "channel")).contains("web https://www.chiro.example.be/weekend");
    }
}
