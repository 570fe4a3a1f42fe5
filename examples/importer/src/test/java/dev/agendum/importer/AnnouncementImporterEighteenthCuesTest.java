package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fourteenth held-out set, read as d251-d270 after it was scored, missed and round eighteen reads, each in
 * wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d251-d270 missed in round eighteen")
class AnnouncementImporterEighteenthCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"8pm until about 11pm", "8pm to around 11pm", "20.00 tot ongeveer 23.00 uur",
            "20.00 tot circa 23.00 uur"})
    @DisplayName("a hedge before a range's end keeps the end")
    void hedgedEnd(String range) {
        String text = "Pub quiz\n\nFriday 12 March 2027, " + range + "\nThe Red Lion, 4 High Street, Ely CB7 4HF\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-12t20:00");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-12t23:00");
    }

    @Test
    @DisplayName("a plain-text agenda's numbers before its times are no part of them, after a long line too")
    void numberedAgenda() {
        String text = "Annual General Meeting\n\nTuesday 9 March 2027, 19:00 - 21:00, Quarry Hall, Leeds LS6 2AB\n\n"
                + "AGENDA\n\n 1. 19:00  Welcome and apologies\n 2. 19:10  Chair's report on the year and on the plans "
                + "for the new clubhouse\n 3. 19:40  Accounts for 2026\n 4) 20:15  Any other business\n";
        assertThat(scored("a.txt", text, "item"))
                .containsExactly("2027-03-09t19:00", "2027-03-09t19:10", "2027-03-09t19:40", "2027-03-09t20:15");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"van vrijdag 4 juni tot en met\nzondag 6 juni 2027, op het sportpark.",
            "from Friday 4 June to\nSunday 6 June 2027, at the sports park."})
    @DisplayName("a range of days cut by a line break is one range, and holds the day headings under it")
    void rangeAcrossBreak(String range) {
        String text = "Jubileumweekend\n\nVijfenzeventig jaar na de oprichting vieren we dat met een heel weekend feest, "
                + range + "\n\nVRIJDAG 4 JUNI - Reunie\n  20.00 uur  Ontvangst\n"
                + "ZATERDAG 5 JUNI - Sportdag\n  10.00 uur  Toernooi\nZONDAG 6 JUNI - Familiedag\n  11.00 uur  Brunch\n";
        assertThat(scored("a.txt", text, "item"))
                .containsExactly("2027-06-04t20:00", "2027-06-05t10:00", "2027-06-06t11:00");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-06-04t20:00");
    }

    @Test
    @DisplayName("a season's run of days does not hold a day heading under it: the heading's day is the event's")
    void seasonHoldsNoDay() {
        String season = "Tentoonstelling\n\nDe expositie loopt van 1 mei tot en met 30 juni 2027.\n\nZONDAG 6 JUNI\n"
                + "  11.00 uur  Rondleiding\n";
        assertThat(scored("a.txt", season, "start")).containsExactly("2027-06-06t11:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=", "-"})
    @DisplayName("a plain-text line underlined with a rule is a heading, and the title")
    void underlinedHeading(String rule) {
        String text = "Dear all,\n\nPosters are printed and the judging is done, so here is everything about the show.\n"
                + "\nLight on the Test: Annual Exhibition 2027\n" + rule.repeat(41) + "\n\n"
                + "Friday 8 October 2027, 18:00 - 21:00\nThe Old Library Gallery, 22 Church Street, Romsey SO51 8BT\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("light on the test: annual exhibition 2027");
    }

    @Test
    @DisplayName("a rule under a block's line underlines no heading")
    void ruleUnderABlock() {
        String text = "Friends of the Hall\nAlresford  |  Friday 26 February 2027\n" + "-".repeat(37)
                + "\n\nSaturday 20 March 2027, 7.30pm\nSt Aldhelm's Church Hall, 14 Vicarage Road, Alresford SO24 9DL\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("friends of the hall");
    }

    @Test
    @DisplayName("a heading that repeats the name the mail is sent under is its masthead, not the title")
    void sendersNameHeading() {
        String text = "From: TicketHive <orders@tickethive.example.com>\nSubject: Your order for Wheel Throwing\n\n"
                + "TicketHive\n==========\n\nThanks for your order! You're going to Wheel Throwing.\n\nEVENT DETAILS\n"
                + "Wheel Throwing\nSaturday, 6 March 2027, 10:00 - 13:00\nClay Barn, 3 Mill Lane, Frome BA11 1AA\n";
        assertThat(scored("a.txt", text, "title")).doesNotContain("tickethive");
    }

    @Test
    @DisplayName("an address set one part a line under a bare label, its postcode last")
    void stackedAddress() {
        String text = "Light on the Test\n\nFriday 8 October 2027, 18:00 - 21:00\n\nWHERE\nThe Old Library Gallery\n"
                + "22 Church Street\nRomsey\nSO51 8BT\n";
        assertThat(scored("a.txt", text, "place"))
                .containsExactlyInAnyOrder("the old library gallery", "22 church street", "romsey", "so51 8bt");
    }

    @Test
    @DisplayName("an address in brackets that opens its line: the venue ends the sentence above it")
    void bracketedAddress() {
        String text = "Jubileumweekend\n\nWe vieren dat op zaterdag 5 juni 2027 vanaf 10.00 uur op ons eigen Sportpark De "
                + "Zuidhoek\n(Dorpsweg 85, 3831 NE Leusden).\n";
        assertThat(scored("a.txt", text, "place"))
                .containsExactlyInAnyOrder("sportpark de zuidhoek", "dorpsweg 85", "3831 ne", "leusden");
    }

    /** A mail with its header lines, then {@code body}. */
    private static String mail(String body) {
        return "Van: Kamerkoor Cantilena <secretariaat@cantilena.example.nl>\nDatum: dinsdag 14 december 2027 21:17\n"
                + "Onderwerp: Nieuws van het koor\n\n" + body;
    }

    @Test
    @DisplayName("a mail's hard-wrapped sentence, or its last line, is no headline; the card under it has one")
    void wrappedSentenceNoHeadline() {
        String text = mail("Beste vrienden,\n\nMet pijn in het hart moeten we u laten weten dat ons kerstconcert van\n"
                + "aanstaande zaterdag is afgelast, want de dirigent is ziek en zal niet\nkunnen dirigeren?\n\n"
                + "  Kerstconcert: Licht in de nacht\n  zaterdag 18 december 2027, 20.15 - 22.00 uur\n"
                + "  Pauluskerk, Kerkstraat 12, 3811 CV Amersfoort\n");
        assertThat(scored("a.txt", text, "title")).containsExactly("kerstconcert: licht in de nacht");
    }

    @Test
    @DisplayName("a card's lines set in from the margin are no wrapped sentence: its first line is the headline")
    void cardSetIn() {
        String text = mail("Beste leden,\n\nOnze lezing kan niet in Het Pakhuis plaatsvinden: door een lekkage is de\n"
                + "zaal gesloten. We houden de lezing daarom online.\n\n"
                + "    Wageningen in de Gouden Eeuw: een stadje aan de rand van de Republiek\n"
                + "    door dr. Johan Westerveld (Gelders Archief)\n    dinsdag 16 november 2027, 20.00 - 21.30 uur\n");
        assertThat(scored("a.txt", text, "title"))
                .containsExactly("wageningen in de gouden eeuw: een stadje aan de rand van de republiek");
    }

    @Test
    @DisplayName("a name under a mail's closing is its signature, no headline")
    void signatureNoHeadline() {
        String text = mail("Beste leden,\n\nHieronder staat de tekst van de flyer.\n\nSportieve groet,\n"
                + "namens de commissie,\nMarieke Sloot\n\n---- FLYER ----\n\n   Open dag AV Wielewaal '72\n"
                + "   Zaterdag 22 mei 2027 - van 10.00 tot 16.00 uur\n");
        assertThat(scored("a.txt", text, "title")).containsExactly("open dag av wielewaal '72");
    }

    @Test
    @DisplayName("ways to register set one a line under their label, under a registration heading")
    void labelledWaysUnderHeading() {
        String text = Cues.BATH_DINNER + "RSVP BY FRIDAY 15 OCTOBER 2027\n"
                + "  Book online: https://www.hospice.example.com/starlight\n  Email:       events@hospice.example.com\n"
                + "  Telephone:   0117 496 0587 (Jenny Holt, weekdays)\n";
        assertThat(scored("a.txt", text, "channel")).containsExactlyInAnyOrder(
                "web https://www.hospice.example.com/starlight", "email events@hospice.example.com",
                "phone +44 117 496 0587");
    }

    @Test
    @DisplayName("a wrapped sentence that gives a second way after its first: 'by phone on …' over '…, or e-mail …'")
    void secondWayOverWrap() {
        String text = Cues.BATH_DINNER + "Tickets are £12. You can reserve by phone with Margaret Holloway on "
                + "01962 734210 (weekday\nmornings), or e-mail concert@parish.example.org.uk and pay when you collect.\n";
        assertThat(scored("a.txt", text, "channel"))
                .contains("phone +44 1962 734210", "email concert@parish.example.org.uk");
    }

    @Test
    @DisplayName("'Book in the members' booking area' asks to register")
    void bookInThe() {
        String text = "# Members' preview\n\nThursday 18 March 2027, 18:00 - 20:00, Ouseburn Museum, 3 Quay Road, "
                + "Newcastle upon Tyne NE1 3SW\n\nNot yet booked? Book in the "
                + "[members' booking area](https://www.museum.example.org.uk/members/booking) with your number, or "
                + "call the Membership Office on 0191 496 0732.\n";
        assertThat(scored("a.md", text, "channel")).containsExactlyInAnyOrder(
                "web https://www.museum.example.org.uk/members/booking", "phone +44 191 496 0732");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Book online: https://www.hall.example.org.uk/quiz",
            "Hybrid rotas and heat on site are the themes.", "Hybride werken is het thema van de avond."})
    @DisplayName("'ook online' inside 'Book online', or hybrid ways of working, make no event hybrid")
    void notHybrid(String sentence) {
        String text = Cues.BATH_DINNER + sentence + "\nThe evening is also streamed online for members.\n";
        assertThat(scored("a.txt", Cues.BATH_DINNER + sentence + "\n", "attendance")).containsExactly("in-person");
        assertThat(scored("a.txt", text, "attendance")).containsExactly("hybrid");
    }

    @Test
    @DisplayName("a formal invitation's 'requests the pleasure of your company at' sets the event's name under it")
    void formalInvitation() {
        String text = "From: Hartwell Hospice <events@hospice.example.com>\nSubject: Your invitation\n\n"
                + "        Hartwell Children's Hospice\n     requests the pleasure of your company at\n\n"
                + "          The Starlight Dinner 2027\n\n      Friday 12 November 2027, from 7pm\n"
                + "   Kingsmead House, 24 Queen Square, Bath BA1 2HN\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("the starlight dinner 2027");
    }

    @Test
    @DisplayName("a timetable whose first column names the session before its time: each row is an item")
    void sessionColumnBeforeTime() {
        String text = "# Ouderavond\n\nDinsdag 21 september 2027, 19.00 - 21.45 uur, OBS De Regenboog, Schoolstraat 4, "
                + "3811 AB Amersfoort\n\n| Groep | Tijdvak | Lokaal | Wie vertelt |\n|---|---|---|---|\n"
                + "| Groep 1/2 (Egels) | 19.00 – 19.35 | kleuterlokaal | Sanne Bakker en Ilse de Wit |\n"
                + "| Groep 3/4 | 19.40 – 20.15 | lokaal 4 | Joris Lammers |\n";
        assertThat(scored("a.md", text, "item")).containsExactly("2027-09-21t19:00", "2027-09-21t19:40");
        assertThat(scored("a.md", text, "person")).contains("sanne bakker", "ilse de wit", "joris lammers");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Consultatieavond Kromme Rijn verplaatst naar 20 mei", "Spring quiz moved to Saturday 27 March",
            "Consultatieavond Kromme Rijn – AFGELAST", "Consultatieavond Kromme Rijn gaat niet door"})
    @DisplayName("what a headline says of the event after its name is no part of the title")
    void trailingChange(String headline) {
        String text = "# " + headline + "\n\nDonderdag 20 mei 2027, 19.30 - 21.30 uur, Gemeentehuis, Markt 1, 3961 BC "
                + "Wijk bij Duurstede\n";
        assertThat(scored("a.md", text, "title")).singleElement().asString()
                .doesNotContain("verplaatst", "moved", "afgelast", "gaat niet door");
    }

    @Test
    @DisplayName("a notice board's event set between rules over its date line is the title, not the board's name")
    void ruledNotice() {
        String text = "LITTLE HADLEY VILLAGE HALL\nWhat's on in March\n\nCoffee morning\nEvery Tuesday, 10am to 12 noon.\n"
                + "\n*** GRAND SPRING QUIZ NIGHT ***\n\nSaturday 20 March 2027, 7.30pm until about 10.30pm\n"
                + "Little Hadley Village Hall, 3 Church Lane, Little Hadley, IP7 5QT\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("grand spring quiz night");
        assertThat(scored("a.txt", text, "place")).contains("little hadley", "ip7 5qt");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-20t19:30");
    }

    @Test
    @DisplayName("a Belgian address, four digits and the town, tells that numbers without country code are Belgian")
    void belgianAddress() {
        String text = "Infovergadering heraanleg Dorpsstraat\n\nDinsdag 12 oktober 2027, 19.30 - 21.30 uur\n"
                + "Gemeentehuis Beverkerke, Markt 1, 9850 Beverkerke\n\nInschrijven via https://www.beverkerke.example/info. "
                + "Lukt dat niet, bel dan naar de dienst Openbare Werken op 09 362 11 40.\n";
        assertThat(scored("a.txt", text, "phone")).containsExactly("+32 9 362 11 40");
        assertThat(scored("a.txt", text, "channel")).contains("phone +32 9 362 11 40");
        assertThat(scored("a.txt", text, "place")).contains("9850", "beverkerke");
    }

    @Test
    @DisplayName("a number one registers 'via', in a sentence that asks to register, is a way to register")
    void registerVia() {
        String text = Cues.BUURTAVOND + "Wil je meedoen aan de quiz? Inschrijven ten laatste op 6 maart, bij mij via "
                + "06 4122 8719.\n";
        assertThat(scored("a.txt", text, "channel")).contains("phone +31 6 41228719");
    }

    /** A seminar page with an aside of {@code aside}. */
    private static String pageWithAside(String aside) {
        return "<html><body><main><article><h1>Netcongestie in de wijk</h1><p>Dinsdag 13 april 2027, 13.00 - 17.00 uur, "
                + "Huis van de Stad, Markt 1, 3811 AB Amersfoort.</p><aside>" + aside + "</aside></article></main></body>"
                + "</html>";
    }

    @Test
    @DisplayName("a page's contact aside is the event's contact; an aside of other events stays furniture")
    void contactAside() {
        Draft draft = Cues.read("a.html", pageWithAside("<h3>Contact</h3><p>Marloes Brink, programmamanager<br>"
                + "<a href=\"mailto:events@gemeengoed.example.nl\">events@gemeengoed.example.nl</a><br>070 345 6789</p>"));
        assertThat(Cues.scored(draft, "person")).contains("marloes brink");
        assertThat(Cues.scored(draft, "phone")).contains("+31 70 345 6789");
        Draft other = Cues.read("a.html", pageWithAside("<h3>Ook op de agenda</h3><p>Donderdag 20 mei 2027: lezing door "
                + "Henk Vos. Info: 070 345 6789</p>"));
        assertThat(Cues.scored(other, "person")).doesNotContain("henk vos");
    }

    @Test
    @DisplayName("a 'Dates:' label names the event's days and times, over the day headings of its schedule")
    void datesLabel() {
        String text = "# FloodHack 2027\n\n- **Dates:** Saturday 15 May 2027, 09:00 – Sunday 16 May 2027, 17:00\n\n"
                + "## Schedule\n\n### Saturday 15 May\n\n- **09:00** Kick-off\n\n### Sunday 16 May\n\n"
                + "- **16:00** Demos\n";
        assertThat(scored("a.md", text, "end")).containsExactly("2027-05-16t17:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15:30 Drinks, until 16:30", "15.30 uur Borrel tot 16.30 uur", "15:30 Drinks (till 16:30)"})
    @DisplayName("an item that says when it ends sets the event's end")
    void itemUntil(String line) {
        String text = Cues.OPEN_AFTERNOON.replace(", 13:00 - 17:00", "") + "Programme\n13:00 Welcome\n" + line + "\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2026-12-03t16:30");
    }

    @Test
    @DisplayName("a range of times cut by a line break is one range")
    void timeRangeAcrossBreak() {
        String text = "Repair Café\n\nZoals altijd zijn we er op de derde zaterdag van de maand, dus op zaterdag 16 "
                + "oktober 2027, van 10.00 tot\n13.00 uur, in Buurthuis De Kwikstaart, Merelstraat 21, 7415 BK Deventer.\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-10-16t13:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The Zoom link will be e-mailed to registered members on Tuesday.",
            "The joining link will be sent after registration.",
            "De link naar het webinar sturen we je de dag voordien per e-mail."})
    @DisplayName("a link to take part that will be sent is a channel still to come")
    void linkWillBeSent(String sentence) {
        String text = "Webinar over archieven\n\nWoensdag 5 mei 2027, 14.00 - 15.30 uur, online via Zoom.\n\n"
                + "Aanmelden via https://www.archief.example.nl/webinar.\n\n" + sentence + "\n";
        assertThat(scored("a.txt", text, "channel")).contains("link-follows");
    }

    @Test
    @DisplayName("the occasion a hyphened title ends in names the event's date in the sentence that says 'een avond'")
    void hyphenedOccasion() {
        String text = "# Buurtpreventie-avond: Veilig wonen\n\nDaarom organiseert Buurtpreventie Vlierhof op dinsdag 16 "
                + "maart een avond voor alle bewoners.\n\nDe zaal is open vanaf 19.30 uur.\n\n---\n\nDe volgende "
                + "schouwronde is op zaterdag 3 april, start\n10.00 uur bij de speeltuin.\n";
        assertThat(scored("a.md", text, "start")).singleElement().asString().contains("-03-16");
    }

    @Test
    @DisplayName("a date set in strong emphasis within its sentence is better placed than a plain one")
    void emphasisedDate() {
        String text = "# Buurtavond\n\nDe schouwronde van donderdag 11 maart was een succes.\n\n"
                + "We komen samen op **dinsdag 16 maart**, voor alle bewoners.\n";
        assertThat(scored("a.md", text, "start")).singleElement().asString().contains("-03-16");
    }
}
