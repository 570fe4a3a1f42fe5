package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-sixth held-out set, read as d471-d490 after it was scored, missed and round thirty reads, each in
 * wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d471-d490 missed in round thirty")
class AnnouncementImporterThirtiethCuesTest {

    @Test
    @DisplayName("an invitation's 'Wanneer:' beside its 'Onderwerp:' is the meeting's day, not the day a letter was"
            + " written, and outranks the next meeting named further down")
    void invitationWhenField() {
        String text = "Van: Jansen, Ilse\nVerzonden: dinsdag 2 maart 2027 14:05\nAan: Team Water\n"
                + "Onderwerp: Uitnodiging werksessie grondwater\n"
                + "Wanneer: woensdag 17 maart 2027 13:30-15:00 (UTC+01:00) Amsterdam, Berlijn, Bern.\n"
                + "Waar: Microsoft Teams-vergadering\n\nBeste collega's,\n\nGraag nodig ik jullie uit voor een "
                + "werksessie over grondwater.\n\nDe volgende werksessie is op woensdag 21 april 2027.\n\n"
                + "Groet,\nIlse Jansen\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-17t13:30");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-17t15:00");
    }

    @Test
    @DisplayName("a paragraph that gives the old date and then 'vindt nu plaats op' a new one: the new date is the"
            + " event's")
    void newDateInTheOldDatesParagraph() {
        String text = "<main><article><h1>Lezing 'Het verdronken land'</h1><p>Eerder kondigden we de lezing aan op "
                + "<s>dinsdag 9 maart 2027</s>. Door ziekte van de spreker moeten we de avond verzetten. De lezing "
                + "vindt nu plaats op <strong>dinsdag 23 maart 2027, van 20.00 tot 21.30 uur</strong>, in de "
                + "bibliotheek van Hoorn.</p></article></main>";
        assertThat(scored("a.html", text, "status")).containsExactly("rescheduled");
        assertThat(scored("a.html", text, "start")).containsExactly("2027-03-23t20:00");
    }

    @Test
    @DisplayName("a press release's 'For immediate release: Monday 22 February 2027' is the day it went out, not the"
            + " event's")
    void embargoLine() {
        String text = "KILDARE COUNTY COUNCIL\n\nPRESS RELEASE\nFor immediate release: Monday 1 February 2027\n\n"
                + "Tree planting day in Naas\n\nThe Council invites everyone to a tree planting morning on Saturday"
                + " 20 February 2027, 10am to 1pm, at the Town Park, Naas.\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-02-20t10:00");
    }

    @Test
    @DisplayName("'Er zijn twee sessies met dezelfde inhoud' over each session's hours: both are items and the event"
            + " runs from the first one's start to the last one's end")
    void sessionsToChooseFrom() {
        String text = "INFOVERGADERING RIOLERING DORPSSTRAAT\n\nWanneer?  dinsdag 11 mei 2027\n"
                + "          Er zijn twee sessies met dezelfde inhoud:\n"
                + "            * middagsessie: van 13u30 tot 15u\n            * avondsessie: van 19u tot 20u30\n"
                + "Waar?     zaal De Linde, Dorpsstraat 2, 9890 Gavere\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-05-11t13:30", "2027-05-11t19:00");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-05-11t13:30");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-05-11t20:30");
        assertThat(Cues.read("a.txt", text).event().programme().allItems()).extracting(i -> i.title().text())
                .containsExactly("middagsessie", "avondsessie");
    }

    @Test
    @DisplayName("'two public drop-in sessions:' over two days, each with its hours and its venue under it: the event"
            + " runs over both days, one item a session")
    void sessionsOnTwoDays() {
        String text = "Drop-in sessions on the draft cycle plan\n\nThe Council will hold two public drop-in sessions:"
                + "\n\n  Tuesday 9 March 2027, 2pm - 7pm\n  Town Hall, Main Street, Mullingar\n\n"
                + "  Thursday 11 March 2027, 3pm - 8pm\n  Library, Church Street, Athlone\n\nNo need to book.\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-03-09t14:00", "2027-03-11t15:00");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-11t20:00");
    }

    @Test
    @DisplayName("a count that the lines under it do not bear out ('two sessions' over one range of hours) is no"
            + " choice of sessions")
    void sessionsCountMustMatch() {
        String text = "Workshop printmaking\n\nSaturday 13 March 2027. We run two sessions, see the times below.\n\n"
                + "Morning: 10am - 12pm\n\nBook at the desk.\n";
        assertThat(scored("a.txt", text, "item")).isEmpty();
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-13t12:00");
    }

    @Test
    @DisplayName("a bulletin's masthead with its issue ('… | april 2027 | nr. 4'), its contents and its foreword:"
            + " the title is the ruled headline further down whose section gives a date")
    void bulletinHeadlineUnderRules() {
        String text = "INFOBRIEF LINDEVELD\nMaandelijks nieuws van Gemeente Lindeveld  |  mei 2027  |  nr. 5\n\n"
                + "IN DIT NUMMER\n - Buurtoverleg Molenwijk\n - Nieuwe openingsuren\n - Premies\n - Agenda\n\n"
                + "Woord vooraf\nBeste inwoner, hieronder lees je alles over het buurtoverleg en meer.\n"
                + "An Claes, burgemeester\n\n==========\nBUURTOVERLEG MOLENWIJK\n==========\n\n"
                + "Op dinsdag 18 mei 2027 om 19.30 uur praten we in zaal De Molen over de wijk.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("buurtoverleg molenwijk");
    }

    @Test
    @DisplayName("a forwarded mail's 'Datum: di 10 aug. 2027 om 21:14' is when it was sent, no item; a timetable's"
            + " 'vanaf 16.00 uur' and 'rond 16.45' open timed lines")
    void forwardedTimetableOfRoughTimes() {
        String text = "Leuk toch?\n\n---------- Doorgestuurd bericht ---------\nVan: Secretariaat <s@club.example.nl>\n"
                + "Datum: di 10 aug. 2027 om 21:14\nOnderwerp: Jubileumreceptie\n\nBeste leden,\n\n"
                + "Je bent welkom op de jubileumreceptie op zaterdag 18 september 2027 in ons clubhuis.\n\n"
                + "vanaf 16.00 uur   inloop en koffie\nrond 16.45        welkomstwoord door de voorzitter\n"
                + "rond 17.30        toespraak van de burgemeester\n\nWe ronden af rond 19.00 uur.\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-09-18t16:00", "2027-09-18t16:45",
                "2027-09-18t17:30");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-09-18t16:00");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-09-18t19:00");
    }

    @Test
    @DisplayName("a venue named without its address whose page's footer gives it under the same name: the footer's"
            + " address is the venue's")
    void venueAddressInTheFooter() {
        String text = "<html><body><main><h1>Laagtij</h1><dl><dt>Wanneer</dt><dd>vrijdag 19 februari 2027, 20.00"
                + " uur</dd><dt>Waar</dt><dd>Cultuurcentrum De Mouterij, Grote zaal</dd></dl><p>Tickets: tickets@demouterij.example.be</p></main><footer><div class=\"adres\">"
                + "<strong>Cultuurcentrum De Mouterij</strong><br>Kerkstraat 12<br>9200 Dendermonde</div></footer>"
                + "</body></html>";
        assertThat(scored("a.html", text, "place")).containsExactly("cultuurcentrum de mouterij", "kerkstraat 12",
                "9200", "dendermonde");
    }

    @Test
    @DisplayName("'Venue: Main Auditorium, The Granary Arts Centre, …' names the room first: the venue is the building")
    void roomBeforeBuilding() {
        String text = "Songs of the Shore\n\nFriday 12 March 2027, 8pm\n"
                + "Venue: Main Auditorium, The Linen Hall Arts Centre, Quay Road, Westport, Co. Mayo F28 X2K7\n";
        assertThat(scored("a.txt", text, "place")).contains("the linen hall arts centre")
                .doesNotContain("main auditorium");
    }

    @Test
    @DisplayName("an Irish area's five-digit local number ('(098) 25731') is a phone number in an Irish text")
    void irishFiveDigitNumber() {
        String text = "Songs of the Shore\n\nFriday 12 March 2027, 8pm, Town Hall, Westport, Co. Mayo F28 X2K7.\n\n"
                + "Questions? Contact the Box Office on (098) 25731.\n";
        assertThat(scored("a.txt", text, "phone")).containsExactly("+353 98 25731");
    }

    @Test
    @DisplayName("'To book a table or individual seats, call … or e-mail …' gives both ways to book")
    void bookATable() {
        String text = "# Starlight Gala Dinner\n\nSaturday 25 September 2027, 7pm, The Queens Hotel, Leeds LS1 5HD\n\n"
                + "To book a table or individual seats, call our events team on 0113 496 0821 or e-mail "
                + "events@hospice.example.co.uk.\n";
        assertThat(scored("a.md", text, "channel")).containsExactlyInAnyOrder("phone +44 113 496 0821",
                "email events@hospice.example.co.uk");
    }

    @Test
    @DisplayName("the last item's 'Netwerkborrel tot 17.30 uur (alleen op locatie)' ends the event, the remark in"
            + " brackets after it notwithstanding")
    void untilWithRemark() {
        String text = "SYMPOSIUM ZORG IN DE WIJK\n\ndonderdag 10 juni 2027, Congrescentrum De Rijnhof, Arnhem\n\n"
                + "PROGRAMMA\n13.00 uur    Opening\n15.30 uur    Parallelle sessies\n"
                + "16.45 uur    Netwerkborrel tot 17.30 uur (alleen op locatie)\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-06-10t17:30");
    }

    @Test
    @DisplayName("'De link naar de online bijeenkomst volgt per e-mail' is a link still to come")
    void onlineMeetingLinkFollows() {
        String text = "<main><h1>Workshop DigiD</h1><p>Dinsdag 9 maart 2027, 14.00 tot 15.30 uur, online.</p>"
                + "<p>Aanmelden via de balie. De link naar de online bijeenkomst volgt per e-mail.</p></main>";
        assertThat(scored("a.html", text, "channel")).contains("link-follows");
    }

    @Test
    @DisplayName("a British street without a number before the town and its postcode ('St Andrew's Church, The Street,"
            + " Little Brantham, IP9 2XR') is the street, and the part before it the venue")
    void unnumberedStreetBeforeTownAndCode() {
        String text = "A MIDSUMMER SERENADE\n\nSaturday 19 June 2027 at 7.30pm\n"
                + "St Andrew's Church, The Street, Little Brantham, IP9 2XR\n";
        assertThat(scored("a.txt", text, "place")).containsExactly("st andrew's church", "the street", "ip9 2xr",
                "little brantham");
    }

    @Test
    @DisplayName("a British text's fee is in pounds: 'free' is free in pounds, '£12' twelve pounds")
    void britishFeesInPounds() {
        String free = "Bug Hotels\n\nSaturday 13 March 2027, 10am to 11.30am, Bramfield Library, Leeds LS8 2AB.\n\n"
                + "The workshop is FREE, but please book ahead.\n";
        assertThat(Cues.read("a.txt", free).event().registration().flatMap(r -> r.fee()))
                .hasValueSatisfying(f -> assertThat(f.currency().getCurrencyCode()).isEqualTo("GBP"));
        String paid = "Bug Hotels\n\nSaturday 13 March 2027, 10am to 11.30am, Bramfield Library, Leeds LS8 2AB.\n\n"
                + "Tickets £12, please book ahead at the desk.\n";
        assertThat(Cues.read("a.txt", paid).event().registration().flatMap(r -> r.fee()))
                .hasValueSatisfying(f -> assertThat(f.amount()).isEqualByComparingTo("12"));
    }

    @Test
    @DisplayName("'please book ahead. You can book:' over a list of ways gives each listed way")
    void youCanBook() {
        String text = "BUILD A BUG HOTEL\n\nSaturday 13 March 2027, 10am to 11.30am, Bramfield Library, Leeds LS8 2AB."
                + "\n\nPlaces are limited, so please book ahead. You can book:\n\n"
                + "  * by ringing the library on 0113 496 0275, or\n  * by asking at the front desk.\n";
        assertThat(scored("a.txt", text, "channel")).contains("phone +44 113 496 0275");
    }

    @Test
    @DisplayName("'buy in person from the box office' and 'pay on the night' are ways in person")
    void inPersonWays() {
        String text = "<main><h1>Spring Concert</h1><p>Saturday 20 March 2027, 7.30pm, Brunswick Hall, Leeds LS2 8BH"
                + "</p><p>Book online at <a href=\"https://hall.example.co.uk/book\">our site</a>. You can also buy in"
                + " person from the Brunswick Hall box office.</p></main>";
        assertThat(scored("a.html", text, "channel")).contains("in-person");
        String night = "Club night\n\nFriday 5 March 2027, 8pm, the Clubhouse, Oranmore, Co. Galway.\n\n"
                + "Free for members, €5 for friends, pay on the night.\n";
        assertThat(scored("a.txt", night, "channel")).containsExactly("in-person");
    }

    @Test
    @DisplayName("a page's first heading that is its publisher's name over the site's menu: the heading under the menu"
            + " names the event")
    void publisherHeadingOverMenu() {
        String text = "# Natuurvereniging De Heidehoeve\n\n[Home](https://h.example.nl) | [Excursies](https://h.example"
                + ".nl/e) | [Lid worden](https://h.example.nl/l)\n\n---\n\n## Excursie: Paarse heide bij Hijken\n\n"
                + "- **Datum:** zondag 22 augustus 2027\n- **Tijd:** 10.00 tot 12.30 uur\n";
        assertThat(scored("a.md", text, "title")).containsExactly("excursie: paarse heide bij hijken");
    }
}
