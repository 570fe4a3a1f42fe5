package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the sixteenth and seventeenth held-out sets, read as d291-d330 after they were scored, missed and round
 * twenty-one reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d291-d330 missed in round twenty-one")
class AnnouncementImporterTwentyFirstCuesTest {

    private static final String FAIR = "<html><body><main><h1>Imkersdagen 2027</h1>"
            + "<p>De Imkersdagen worden georganiseerd door Bijenhuis Zuiderkempen.</p><h2>Openingsuren</h2><table>"
            + "<tr><th>Dag</th><th>Open</th></tr>"
            + "<tr><td>Vrijdag 15 oktober 2027</td><td>13u00 - 20u00</td></tr>"
            + "<tr><td>Zaterdag 16 oktober 2027</td><td>10u00 - 18u00</td></tr></table>"
            + "<p>Ontmoetingscentrum De Linde, Dorpsstraat 3, 2490 Balen</p><h2>Lezingen</h2><table>"
            + "<tr><th>Wanneer</th><th>Lezing</th><th>Spreker</th></tr>"
            + "<tr><td>vr 15/10, 14u30</td><td>Varroa in de winter</td><td>Greet Peeters, bijenteeltconsulent</td></tr>"
            + "<tr><td>za 16/10, 11u00</td><td>Honing keuren</td><td>Marc Aerts, Imkersbond Kempen</td></tr>"
            + "</table>";

    @Test
    @DisplayName("a table of opening hours, a row a day, gives the fair's days: it closes at the last day's hour")
    void openingHoursRun() {
        String page = FAIR + "</main></body></html>";
        assertThat(scored("a.html", page, "start")).containsExactly("2027-10-15t13:00");
        assertThat(scored("a.html", page, "end")).containsExactly("2027-10-16t18:00");
    }

    @Test
    @DisplayName("a timetable's cell of day and time ('vr 15/10, 14u30') sets the row's day; its speakers' bodies are read")
    void dayLedCells() {
        String page = FAIR + "</main></body></html>";
        assertThat(scored("a.html", page, "item")).containsExactly("2027-10-15t14:30", "2027-10-16t11:00");
        assertThat(scored("a.html", page, "organisation")).contains("imkersbond kempen");
    }

    @Test
    @DisplayName("a day-led row after the event's days is another occasion's: a club calendar's evening is no item")
    void dayLedRowOutsideTheEvent() {
        String text = "# Kampioenenfeest\n\nZaterdag 8 mei 2027, vanaf 19u in zaal Kouter, Kerkstraat 4, 9160 Lokeren.\n\n"
                + "## Clubkalender\n\n| Datum | Activiteit |\n|---|---|\n| vr 11 juni 2027, 20u | Algemene vergadering |\n";
        assertThat(scored("a.md", text, "item")).isEmpty();
        assertThat(scored("a.md", text, "start")).containsExactly("2027-05-08t19:00");
    }

    static final String TALK = "Lezing: veilig online bankieren\n\nDinsdag 16 maart 2027, 14.00 uur, Zaal De Pit, "
            + "Kerkstraat 3, 5482 AB Wijbosch.\n\n";

    @Test
    @DisplayName("a registration sentence wrapped over three lines at a comma gives the phone and the address below it")
    void wrappedOverThreeLines() {
        String text = TALK + "Aanmelden graag vóór woensdag 10 maart bij Riet Swinkels,\ntelefoon 073 549 21 88, of per "
                + "e-mail via\nactiviteiten@kbo.example.nl. Wilt u opgehaald worden?\nZeg het erbij.\n";
        assertThat(scored("a.txt", text, "channel")).containsExactlyInAnyOrder("phone +31 73 549 2188",
                "email activiteiten@kbo.example.nl");
    }

    @Test
    @DisplayName("a mailing's way out ('Afmelden: stuur een mail … naar' over the address) is no way to register")
    void unsubscribeBelow() {
        String text = TALK + "Kaarten zijn te koop aan de zaal.\n\n----\nU ontvangt deze mail omdat u zich aanmeldde als "
                + "vriend van de vereniging.\nAfmelden: stuur een mail met \"afmelden\" naar\nsecretariaat@kbo.example.nl.\n";
        assertThat(scored("a.txt", text, "channel")).doesNotContain("email secretariaat@kbo.example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"There is room for 70, so please reserve a seat by e-mailing\nsocial@harriers.example.org by Monday.",
            "Wilt u laten weten of u komt? Stuur een e-mail\nnaar social@harriers.example.org met uw naam."})
    @DisplayName("a registration line that breaks off at 'by e-mailing' or 'Stuur een e-mail' has its address on the next")
    void addressOnTheNextLine(String ask) {
        String text = Cues.BATH_DINNER + ask + "\n";
        assertThat(scored("a.txt", text, "channel")).containsExactly("email social@harriers.example.org");
    }

    @Test
    @DisplayName("'To book, e-mail … or ring Becky Shaw, our groups coordinator, on …' gives both ways")
    void toBookOrRing() {
        String text = Cues.BATH_DINNER + "To book, e-mail groups@carers.example.org.uk or ring Becky Shaw, our groups "
                + "coordinator, on 01962 848 327.\n";
        assertThat(scored("a.txt", text, "channel")).containsExactlyInAnyOrder("email groups@carers.example.org.uk",
                "phone +44 1962 848327");
    }

    @Test
    @DisplayName("'by calling Gemma Lister, our Community Engagement Officer, on …' is a way to book by phone")
    void callingSomeoneWhoIs() {
        String text = Cues.BATH_DINNER + "Please book your place by calling Gemma Lister, our Community Engagement "
                + "Officer, on 0118 496 0732.\n";
        assertThat(scored("a.txt", text, "channel")).containsExactly("phone +44 118 496 0732");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Prefer to book by phone? Call the Alumni Office on 01524 593821.",
            "Book online at https://www.alumni.example.org/dinner. Prefer to book by phone? Call the Alumni Office on "
                    + "01524 593821."})
    @DisplayName("a question of preference ('Prefer to book by phone?') asks to register; the sentence after says how")
    void preferToBook(String ask) {
        String text = Cues.BATH_DINNER + ask + "\n";
        assertThat(scored("a.txt", text, "channel")).contains("phone +44 1524 593821");
    }

    @Test
    @DisplayName("'Wil je meevolgen? Stuur dan … een mailtje naar …': an open meeting's public registers by mail")
    void meevolgen() {
        String text = "# Vergadering milieuraad\n\nDonderdag 14 oktober 2027, 20.00 uur, online via Teams.\n\n"
                + "De vergaderingen zijn openbaar. Wil je meevolgen? Stuur dan ten laatste woensdag 13 oktober een mailtje "
                + "met je naam naar milieudienst@heist.example.be.\n";
        assertThat(scored("a.md", text, "channel")).contains("email milieudienst@heist.example.be");
    }

    private static final String LETTER = "HILLSIDE HOMES\nCommunity Team\nUnit 3, Kennet Wharf, Reading RG1 3DN\n\n"
            + "1 February 2027\n\nDear Resident,\n\nChange of date: Elm Court Residents' Forum\n\n"
            + "You may have our letter inviting you to the forum on Tuesday 9 February. The hall is needed that week,\n"
            + "so we have had to move the meeting.\n\nThe forum will now take place on:\n\n"
            + "    Wednesday 17 February 2027, 6.30pm to 8.30pm\n    St Anne's Community Centre, 42 Brook Lane, Reading RG1 8QT\n";

    @Test
    @DisplayName("a moved event's new date on the line under 'will now take place on:' outranks the old one above it")
    void newDateUnderItsCue() {
        assertThat(scored("a.txt", LETTER, "start")).containsExactly("2027-02-17t18:30");
        assertThat(scored("a.txt", LETTER, "status")).containsExactly("rescheduled");
    }

    @Test
    @DisplayName("a letter's subject under its greeting, after 'Change of date:', is the title; a second greeting is none")
    void subjectUnderGreeting() {
        assertThat(scored("a.txt", LETTER, "title")).containsExactly("elm court residents' forum");
        String twice = LETTER.replace("Change of date: Elm Court Residents' Forum", "Dag leden en vrienden!");
        assertThat(scored("a.txt", twice, "title")).doesNotContain("dag leden en vrienden!");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"# Zomerkamp ouderavond - now on Zoom", "# Zomerkamp ouderavond – LET OP: NIEUWE DATUM!",
            "# Zomerkamp ouderavond: bezoekersinformatie"})
    @DisplayName("a headline's notice or page part after the name ('- now on Zoom', ': bezoekersinformatie') is left off")
    void trailingNoticeOrPagePart(String heading) {
        String text = heading + "\n\nVrijdag 11 juni 2027, 19.30 uur, Scoutinglokaal De Wiek, Molenweg 3, 3401 AB IJsselstein\n";
        assertThat(scored("a.md", text, "title")).containsExactly("zomerkamp ouderavond");
    }

    @Test
    @DisplayName("a page without a main part keeps its hero's h1 as the title, over the first section's heading")
    void heroWithoutMain() {
        String page = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/tickets\">Tickets</a></nav><header class=\"hero\">"
                + "<h1>BuildConf 2027</h1><p>Tuesday 8 June 2027 · Kraanhal, Rotterdam</p></header><section><h2>Why attend?"
                + "</h2><p>One room, one track, 09:00 - 17:00.</p></section></body></html>";
        assertThat(scored("a.html", page, "title")).containsExactly("buildconf 2027");
    }

    @Test
    @DisplayName("a heading under a notice several lines long is still found, and the notice's time stamp is no title")
    void headingUnderALongNotice() {
        String text = "[Home](/) · [Excursies](/excursies)\n\nHome › Excursies › Vogeltrek\n\n"
                + "> **UPDATE donderdag 7 oktober 2027, 16.00 uur**\n> Het KNMI verwacht zaterdag code oranje.\n"
                + "> Daarom is deze excursie **afgelast**.\n> Alle deelnemers krijgen een e-mail.\n> Kijk gerust verder.\n\n"
                + "# Vogeltrek op de kwelder\n\nZaterdag 9 oktober 2027, 08.00 - 11.00 uur, verzamelen bij Dijkweg 2, "
                + "9151 AB Holwerd\n";
        assertThat(scored("a.md", text, "title")).containsExactly("vogeltrek op de kwelder");
    }

    @Test
    @DisplayName("a section heading named by its date ('1. INFOAVOND 23 FEBRUARI') gives way to the heading under it")
    void headingNamedByItsDate() {
        String text = "1. INFOAVOND 23 FEBRUARI\n========================\n\nKoers voor de Omgevingsvisie\n"
                + "----------------------------\n\nDinsdag 23 februari 2027, 19.30 uur, raadzaal, Markt 1, 3401 AB Rijnwaarde.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("koers voor de omgevingsvisie");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"07700 900417 | +44 7700 900417", "01632 960418 | +44 1632 960418"})
    @DisplayName("Ofcom's drama numbers, which libphonenumber rejects as unallocated, are read as British numbers")
    void dramaNumbers(String written, String international) {
        String text = Cues.BATH_DINNER + "Questions about the evening: Jo Whitcombe, social secretary, " + written + ".\n";
        assertThat(scored("a.txt", text, "phone")).containsExactly(international);
    }

    @Test
    @DisplayName("a letter's head above its greeting is the sender's address when the letter gives the venue's below")
    void letterHeadAddress() {
        assertThat(scored("a.txt", LETTER, "place")).contains("42 brook lane", "rg1 8qt")
                .doesNotContain("rg1 3dn", "unit 3");
        String school = "OBS De Linde\nLindelaan 4\n3871 BK Hoevelaken\n\nBeste ouders,\n\nWij nodigen u uit voor de "
                + "informatieavond op dinsdag 9 november 2027 om 19.30 uur in de aula van de school.\n";
        assertThat(scored("a.txt", school, "place")).contains("lindelaan 4", "3871 bk");
    }

    @Test
    @DisplayName("an aside whose list of terms labels its facts ('<dt>Waar</dt>') is read as the event's card")
    void asideOfTerms() {
        String page = "<html><body><main><article><h1>Filmavond: Het Zoute Land</h1><p><strong>donderdag 14 oktober 2027 "
                + "&ndash; 20u00</strong></p><p>Een documentaire over de polders.</p><aside class=\"infoblok\"><dl>"
                + "<dt>Waar</dt><dd>CC De Wissel, Kerkstraat 41, 2500 Lier</dd><dt>Tickets</dt><dd>Online via "
                + "<a href=\"https://www.cc.example.be/tickets\">https://www.cc.example.be/tickets</a>.</dd></dl></aside>"
                + "</article></main></body></html>";
        assertThat(scored("a.html", page, "place")).contains("cc de wissel", "kerkstraat 41", "lier");
        assertThat(scored("a.html", page, "channel")).contains("web https://www.cc.example.be/tickets");
    }

    @Test
    @DisplayName("a town and its British postcode parted by a hard wrap are one address under a 'Venue:' label")
    void postcodeWrapped() {
        String text = "Club night talk\n\nThursday 25 March 2027, 7.30pm\n\nVenue: Theale Cricket Club, 7 Englefield Road, "
                + "Reading\nRG7 5AS (upstairs in the pavilion). Free parking behind the nets.\n";
        assertThat(scored("a.txt", text, "place")).contains("theale cricket club", "7 englefield road", "reading",
                "rg7 5as");
    }

    @Test
    @DisplayName("the way in before the street ('main gate at') is no part of the venue's name")
    void wayInBeforeTheStreet() {
        String text = "Allotments Open Day\n\nSaturday 12 June 2027, 11:00 to 16:00\nHollybrook Allotments, main gate at "
                + "112 Hollybrook Road, Bristol BS7 9QT\n";
        assertThat(scored("a.txt", text, "place")).contains("hollybrook allotments", "112 hollybrook road")
                .doesNotContain("main gate at");
    }

    @Test
    @DisplayName("a time back at the margin under an item's indented, long line opens the next item; the label after the "
            + "wrapped title's end names the speaker")
    void timeBackAtTheMargin() {
        String text = Cues.BATH_DINNER + "Programme\n\n6.40pm   Window and door replacement programme: what happens in "
                + "your block\n         and when. Speaker: Priya Nair, Asset Manager, Harrowfield Homes\n7.10pm   Repairs: "
                + "how we are doing and what we are changing.\n7.40pm   Close\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-11-12t18:40", "2027-11-12t19:10",
                "2027-11-12t19:40");
        assertThat(scored("a.txt", text, "role")).contains("priya nair = speaker");
    }
}
