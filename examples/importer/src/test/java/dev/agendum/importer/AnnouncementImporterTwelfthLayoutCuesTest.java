package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/**
 * The layouts the ninth held-out set (d151–d170) writes titles, times, places and contacts in that the rules had not
 * met: a static site's YAML front matter, and more.
 */
@DisplayName("AnnouncementImporter reads titles, times, places and contacts, laid out the ninth held-out set's ways")
class AnnouncementImporterTwelfthLayoutCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "title: \"Lezing: Water in de stad\"~date: 2026-11-02~tags: [lezing]|# Lezing: Water in de stad|lezing: water in de stad",
        "title: Spring walk~date: 2026-10-01~draft: false|Spring walk~===========~~Along the dykes.|spring walk"})
    @DisplayName("a Markdown page's YAML front matter is the page's own data: its title is the title, its date and "
            + "keys are no text")
    void frontMatter(String matter, String body, String title) {
        Draft draft = Cues.read("a.md", "---\n" + matter.replace("~", "\n") + "\n---\n\n" + body.replace("~", "\n")
                + "\n\n**Donderdag 3 december 2026, 20.00 - 22.00 uur**\n\nWijkcentrum De Linde, Kerkstraat 4, Zwolle\n");
        assertThat(Cues.scored(draft, "title")).containsExactly(title);
        assertThat(Cues.scored(draft, "start")).containsExactly("2026-12-03t20:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De deuren gaan open vanaf 19.00 uur, met koffie. We beginnen om 19.30 uur.|2027-03-16t19:30",
        "Doors open at 7 pm for a drink; we start at 7.45 pm sharp.|2027-03-16t19:45"})
    @DisplayName("a start said in a sentence is the start, over the time the doors open before it")
    void beginsAfterDoors(String sentence, String start) {
        assertThat(Cues.scored("a.txt", "Wijkavond\n\ndinsdag 16 maart 2027\nWijkcentrum De Linde, Kerkstraat 4, "
                + "Zwolle\n\n" + sentence + "\n", "start")).containsExactly(start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We hopen rond 21.45 uur af te ronden.|2027-03-16t21:45",
        "We beginnen om 19.30 uur en ronden uiterlijk om 22.00 uur af.|2027-03-16t22:00",
        "De avond duurt naar verwachting tot 21.30 uur.|2027-03-16t21:30",
        "Het overleg loopt ongeveer tot 22.15 uur.|2027-03-16t22:15"})
    @DisplayName("an end said in a sentence, with the Dutch verb after the time or a hedge before it, is the end")
    void endInASentence(String sentence, String end) {
        assertThat(Cues.scored("a.txt", "Wijkavond\n\ndinsdag 16 maart 2027, aanvang 19.30 uur\nWijkcentrum De Linde, "
                + "Kerkstraat 4, Zwolle\n\n" + sentence + "\n", "end")).containsExactly(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "From: Team Events <events@harbour.example>~Sent: Monday 4 January 2027 10:02~Subject: Invitation: Quarterly "
                + "Review @ Thu 14 Jan 2027 10:00 - 11:00 (CET)~When: Thursday, 14 January 2027 10:00-11:00~Where: "
                + "Microsoft Teams Meeting~~Hi all,~~Please join the review.|quarterly review",
        "Van: Secretariaat <secretariaat@wijkraad.example.nl>~Aan: leden@wijkraad.example.nl~Onderwerp: Uitnodiging: "
                + "Wijkoverleg Noord @ do 14 jan. 2027 19:30 - 21:00~Wanneer: donderdag 14 januari 2027 19:30-21:00~"
                + "Waar: Buurthuis De Es, Esweg 2, Assen~~Beste leden,~~Tot dan.|wijkoverleg noord"})
    @DisplayName("a calendar invite's 'When:' and 'Where:' belong to its header; its subject, without the calendar's "
            + "'Invitation:' and '@ date', is the title")
    void inviteHeader(String invite, String title) {
        assertThat(Cues.scored("a.txt", invite.replace("~", "\n") + "\n", "title")).containsExactly(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "HARBOUR LIBRARY NEWS~Newsletter for members · March 2027~~IN THIS ISSUE~- A night of crime fiction~- New "
                + "opening hours~~A NIGHT OF CRIME FICTION~~Join us on Tuesday 16 March 2027, 19:30 - 21:00.|a night of "
                + "crime fiction",
        "WIJKNIEUWS DE ES~Nieuwsbrief nr. 12~~In deze editie:~• Voorjaarsmarkt op het plein~• Nieuwe bankjes~~*** "
                + "Voorjaarsmarkt op het plein ***~~Zaterdag 20 maart 2027, 10.00 - 16.00 uur.|voorjaarsmarkt op het plein"})
    @DisplayName("a mailing's contents label and the list under it are no headline; the headline comes after them")
    void contentsList(String mailing, String title) {
        assertThat(Cues.scored("a.txt", mailing.replace("~", "\n") + "\n", "title")).containsExactly(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "02/03/2027, 20:15 - Joke Smits: Hoi allemaal, zet het in je agenda!~~*STRAATBARBECUE LINDELAAN*~zaterdag 12 "
                + "juni 2027, 16.00 - 22.00 uur~Bij de speeltuin, Lindelaan 3, Zwolle|straatbarbecue lindelaan|2027-06-12t16:00",
        "[02/03/27, 20:15:44] Tom Baker: Hi neighbours, save this one~~*STREET PICNIC*~Saturday 12 June 2027, 4 pm - "
                + "9 pm~Linden Park, Church Street 4, York|street picnic|2027-06-12t16:00"})
    @DisplayName("a chat export's message header is no headline and its date is when it was sent; the title is read "
            + "after it")
    void chatHeader(String chat, String title, String start) {
        Draft draft = Cues.read("a.txt", chat.replace("~", "\n") + "\n");
        assertThat(Cues.scored(draft, "title")).containsExactly(title);
        assertThat(Cues.scored(draft, "start")).containsExactly(start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tennisclub De Lob~3 maart om 09:41 · 🌍~~Open clubkampioenschappen~~Zaterdag 12 juni 2027 van 10.00 tot 17.00 uur "
                + "op het park, Sportlaan 2, Zwolle.|open clubkampioenschappen|2027-06-12t10:00",
        "Riverside Rowing Club~March 3 at 9:41 AM · 🌐~~Open Regatta~~Saturday 12 June 2027, 10:00 - 17:00 at the "
                + "boathouse, Quay Street 2, York.|open regatta|2027-06-12t10:00"})
    @DisplayName("a social post's time stamp under its poster is no event date; the title is read after it")
    void postStamp(String post, String title, String start) {
        Draft draft = Cues.read("a.txt", post.replace("~", "\n") + "\n");
        assertThat(Cues.scored(draft, "title")).containsExactly(title);
        assertThat(Cues.scored(draft, "start")).containsExactly(start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "📅 zaterdag 12 juni 2027~📍 Speeltuin De Eik, Eikenlaan 3, Gent~🕒 van 14u tot 22u~~14u springkasteel~"
                + "18u barbecue~20u30 muziek|2027-06-12t14:00|2027-06-12t22:00",
        "🗓️ Saturday 12 June 2027~📍 Linden Park, Church Street 4, York~⏰ from 2 pm to 10 pm~~2 pm games~6 pm "
                + "barbecue~8.30 pm music|2027-06-12t14:00|2027-06-12t22:00"})
    @DisplayName("a card's hours under its date, past its place line and opened by 'van' or 'from', are the event's, "
            + "not its programme's first and last items")
    void hoursPastThePlace(String card, String start, String end) {
        Draft draft = Cues.read("a.txt", "Buurtfeest\n\n" + card.replace("~", "\n") + "\n");
        assertThat(Cues.scored(draft, "start")).containsExactly(start);
        assertThat(Cues.scored(draft, "end")).containsExactly(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wilt u ons laten weten of u komt? Dat kan per e-mail naar avond@school.example.nl.|email avond@school.example.nl",
        "Please let us know whether you can come: write to rsvp@linden.example.org.|email rsvp@linden.example.org"})
    @DisplayName("an RSVP ('laten weten of u komt', 'let us know whether you can come') names the way to register")
    void rsvp(String sentence, String channel) {
        assertThat(Cues.scored("a.txt", Cues.BUURTAVOND + sentence + "\n", "channel")).containsExactly(channel);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Vragen graag vooraf melden bij secretaris a.i. Joke Smits:~secretaris@linde.example.nl of 06 12 34 56 78.|"
                + "secretaris@linde.example.nl",
        "For questions, please write to our treasurer, i.e. Tom Baker at~treasurer@linden.example.org.|"
                + "treasurer@linden.example.org"})
    @DisplayName("an abbreviation's full stop ('a.i.', 'i.e.') does not end the sentence that asks for questions over a "
            + "wrapped line")
    void abbreviationInTheCue(String lines, String email) {
        assertThat(Cues.scored("a.txt", Cues.BUURTAVOND + "We bespreken het plan voor het plein en de nieuwe bankjes in "
                + "de straat.\n" + lines.replace("~", "\n") + "\n", "email")).contains(email);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "📍 in de tuin van Buurthuis De Linde, Kerkstraat 4, 8011 AB Zwolle|buurthuis de linde",
        "Het feest vindt plaats in en rond Cultuurhuis De Mast, Markt 2, 8011 AB Zwolle.|cultuurhuis de mast",
        "Venue: in the garden of Linden House, Church Street 4, York|linden house",
        "De vergadering is in de kantine van Sporthal De Linde, Kerkstraat 4, 8011 AB Zwolle.|sporthal de linde"})
    @DisplayName("the grounds of a building ('de tuin van', 'the garden of') and 'in en rond' are no part of the "
            + "venue's name")
    void groundsOfAVenue(String line, String venue) {
        assertThat(Cues.scored("a.txt", "Zomerfeest\n\nzaterdag 12 juni 2027, 14.00 - 22.00 uur\n" + line + "\n",
                "place")).contains(venue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Friday 21 May 2027 · Linden House, room Zaal 3, Church Street 4, 2514 EE Den Haag|church street 4",
        "Vrijdag 21 mei 2027 · Huis De Linde, Lokaal 12, Kerkstraat 4, 8011 AB Zwolle|kerkstraat 4"})
    @DisplayName("a room and its number ('Zaal 3', 'Lokaal 12') before the street is no street")
    void roomNumberIsNoStreet(String line, String street) {
        assertThat(Cues.scored("a.md", "# Symposium\n\n" + line + "\n", "place")).contains(street);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meld je aan vóór 9 maart via www.wijkraad.example.nl/avond of kom gewoon langs.|web https://www.wijkraad.example.nl/avond",
        "Register by 9 March at www.linden.example.org.|web https://www.linden.example.org"})
    @DisplayName("a site written without its scheme in a registration sentence is its web address")
    void bareWebAddress(String sentence, String channel) {
        assertThat(Cues.scored("a.txt", Cues.BUURTAVOND + sentence + "\n", "channel")).containsExactly(channel);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Basisschool De Linde~Kerkstraat 4~8011 AB Zwolle~~Beste ouders,~~Graag nodigen wij u uit voor de thema-avond~~"
                + "    \"Veilig online\"~    op dinsdag 16 maart 2027, 19.30 - 21.00 uur~|veilig online",
        "Linden Primary School~Church Street 4~York~~Dear parents,~~We would like to invite you to our parents' evening~~"
                + "    “Starting secondary school”~    on Tuesday 16 March 2027, 19:30 - 21:00~|starting secondary school"})
    @DisplayName("a letter's invitation that runs on into a quoted name under it gives the title, not the sender's "
            + "letterhead")
    void quotedNameUnderAnInvitation(String letter, String title) {
        assertThat(Cues.scored("a.txt", letter.replace("~", "\n") + "\n", "title")).containsExactly(title);
    }
}
