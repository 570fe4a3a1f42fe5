package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues the next additions' harder layouts (d111–d150) were misread on, for titles, times, places, status and
 * contacts, each in at least two wordings of its own. Values are compared as {@link Scoring} scores them.
 */
@DisplayName("AnnouncementImporter reads the harder layouts of bulletins, releases and mails")
class AnnouncementImporterEleventhLayoutCuesTest {

    /** Reads a CSV cell, its "\\n" standing for line feeds, as plain text. */
    private static Draft plain(String text) {
        return read("a.txt", text.replace("\\n", "\n"));
    }

    @Nested
    @DisplayName("titles")
    class Titles {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "PAROCHIEBLAD SINT-JOZEF — nr. 7, oktober 2027\\n\\nUit het parochiecentrum\\nDe verwarming is hersteld."
                + "\\n\\nCollecte\\nDank voor uw gaven.\\n\\nZANGAVOND IN DE KAPEL\\nOp vrijdag 15 oktober 2027 om"
                + " 20.00 uur zingen we samen. ~ zangavond in de kapel",
            "GREEN LANE ALLOTMENTS – MEMBERS' NEWSLETTER – MAY 2027\\n\\nFrom the committee\\nThe water is back on."
                + "\\n\\n----------\\nSEED SWAP AND PLANT SALE\\nSaturday 22 May 2027, 10:00 to 13:00\\nAt the "
                + "clubhouse. ~ seed swap and plant sale"})
        @DisplayName("a bulletin's title is the item heading its date is set under, not its first section's")
        void bulletinItem(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "HOLY CROSS CHURCH, LEIDEN\\nWeekly Bulletin · Sunday 7 March 2027\\n\\nThis week: 10:00 Mass\\n\\n"
                + "QUIZ NIGHT: bring your own team\\nFriday 19 March 2027, 19:30 to 22:00\\nIn the hall. ~ quiz "
                + "night: bring your own team",
            "HARMONIE CONCORDIA\\nClubblad · jaargang 12, nummer 2\\n\\nVan de voorzitter: het seizoen loopt goed"
                + "\\n\\nVOORJAARSCONCERT: muziek uit de film\\nZaterdag 10 april 2027, 20.00 tot 22.00 uur\\nIn de "
                + "Schouwburg. ~ voorjaarsconcert: muziek uit de film"})
        @DisplayName("a sender's name over a bulletin's issue line is a masthead too")
        void issueUnderName(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "PERSBERICHT\\n\\nZwolle, 12 april 2027\\n\\nOpen dag brandweerkazerne\\n\\nOp zaterdag 8 mei 2027 van "
                + "10.00 tot 16.00 uur is iedereen welkom. ~ open dag brandweerkazerne",
            "PRESS RELEASE\\n\\n's-Hertogenbosch, 2 February 2027\\n\\nRobotics day for schools\\n\\nOn Wednesday 17 "
                + "March 2027 from 9:00 to 15:00 pupils build robots. ~ robotics day for schools"})
        @DisplayName("a press release's dateline (place and day of sending) is no headline")
        void dateline(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "# Clubnieuws — jaargang 8, nummer 1\\n\\n### ⚽ Zomerkamp 2027 — inschrijving geopend!\\n\\nOp maandag"
                + " 19 juli 2027 van 9.00 tot 16.00 uur begint het kamp. ~ zomerkamp 2027",
            "# Chess club bulletin\\n\\n## ♟️ Rapid Open 2027 – entries now open\\n\\nSaturday 12 June 2027, 10:00 "
                + "to 18:00 in the club rooms. ~ rapid open 2027"})
        @DisplayName("the emoji before a headline and a call to sign up after its dash are no part of the name")
        void emojiAndCall(String text, String title) {
            assertThat(scored(read("a.md", text.replace("\\n", "\n")), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "<title>Lezing: Het oude Deventer &#8211; Bibliotheek Salland</title> ~ Lezing: Het oude Deventer ~ lezing: "
                + "het oude deventer",
            "<title>Repair Café March | Library North</title> ~ Repair Café March ~ repair café march"})
        @DisplayName("a page whose menu comes before its headline takes the heading its <title> opens with")
        void pageHeading(String head, String heading, String title) {
            String html = "<html><head>" + head + "</head><body><div>Bibliotheek Salland</div><ul><li>Lenen</li><li>"
                    + "Agenda</li><li>Cursussen</li><li>Over ons</li><li>Account</li><li>« Alle activiteiten</li></ul>"
                    + "<h1>" + heading + "</h1><p>dinsdag 16 maart 2027 @ 19:30 - 21:30</p></body></html>";
            assertThat(scored(read("a.html", html), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "# Python Deventer 🐍\\n\\nEen maandelijkse meetup.\\n\\n## Volgende editie: Meetup #12 — Typing\\n\\n"
                + "**Wanneer:** vrijdag 9 april 2027, 18.00 – 21.00 uur ~ meetup #12 — typing",
            "# Rust Zwolle\\n\\nA monthly meetup.\\n\\n## Next meetup: Async in practice\\n\\n**When:** Friday 9 "
                + "April 2027, 18:00 – 21:00 ~ async in practice"})
        @DisplayName("a series' README takes its coming edition's name, not the series' heading")
        void nextEdition(String text, String title) {
            assertThat(scored(read("a.md", text.replace("\\n", "\n")), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "View this email in your browser\\n\\nGREEN CITIES NETWORK · Members' news\\n\\nDear members,\\n\\nYou"
                + " are warmly invited to our next online briefing:\\n\\n  TREES AGAINST HEAT\\n  Tuesday 8 June 2027"
                + "\\n  14:00 – 15:00, on Zoom ~ trees against heat",
            "Bekijk deze nieuwsbrief online\\n\\nNETWERK GROENE STAD · Ledennieuws\\n\\nBeste leden,\\n\\nWij "
                + "nodigen u van harte uit voor onze volgende webinar:\\n\\n  Bomen tegen hitte\\n  Dinsdag 8 juni 2027"
                + "\\n  14.00 – 15.00 uur, via Zoom ~ bomen tegen hitte"})
        @DisplayName("the line under an invitation ending in a colon names the event")
        void invitation(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "U heeft zich aangemeld voor de informatieavond 'Slapen na je zestigste' op dinsdag 9 maart 2027. Omdat de zaal"
                + " verbouwd wordt, is de avond nu van 19.00 tot 21.00 uur in het Atrium. ~ slapen na je zestigste",
            "You registered for the evening talk “Gardens for wildlife” on Tuesday 9 March 2027. The talk now starts at 7 "
                + "pm in the Atrium, until 9 pm. ~ gardens for wildlife"})
        @DisplayName("a mail without a headline takes the name its first sentence quotes")
        void quotedName(String text, String title) {
            String mail = "Van: Voorlichting <info@example.nl>\\nAan: deelnemers\\nOnderwerp: Gewijzigd: de avond "
                    + "schuift op\\n\\nBeste deelnemer,\\n\\n";
            assertThat(scored(plain(mail + text), "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Regiodag Wijkverpleging 2027                                  pagina 1 van 3\\n\\nOp dinsdag 9 maart "
                + "2027 van 9.30 tot 16.00 uur in Zwolle. ~ regiodag wijkverpleging 2027",
            "Annual Archive Symposium                                        page 1 of 2\\n\\nOn Friday 4 June 2027 "
                + "from 10:00 to 17:00 in Leiden. ~ annual archive symposium"})
        @DisplayName("the page marker of a text taken from a PDF is cut from its running head")
        void pageMarker(String text, String title) {
            assertThat(scored(plain(text), "title")).containsExactly(title);
        }
    }

    @Nested
    @DisplayName("places")
    class Places {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Buurtfeest\\n\\nZaterdag 4 september 2027, 14.00 - 18.00 uur\\n📍 Speeltuin De Vlinder · Bloemstraat 8 · "
                + "2011 AB Haarlem ~ speeltuin de vlinder ~ bloemstraat 8",
            "Code Night\\n\\nThursday 9 September 2027, 18:00 to 21:00\\n🏢 Studio Noord, Kanaalweg 3, 3526 KL "
                + "Utrecht ~ studio noord ~ kanaalweg 3"})
        @DisplayName("the emoji and separators around a venue's name are no part of it, nor of its street")
        void pinned(String text, String venue, String street) {
            assertThat(scored(plain(text), "place")).contains(venue, street).hasSize(4);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Voorleesmiddag\\n\\nWoensdag 6 oktober 2027, 14.00 - 15.00 uur\\n\\nLocatie\\nWijkcentrum De Ster, "
                + "Sterrenlaan 12\\n3521 AB Utrecht ~ wijkcentrum de ster ~ sterrenlaan 12",
            "Lentewandeling\\n\\nZondag 18 april 2027 om 10 u. Info: wandel@brecht.example.be.\\n\\nKasteel Ter Heide\\n"
                + "Kasteeldreef 3\\n2960 Brecht ~ kasteel ter heide ~ kasteeldreef 3"})
        @DisplayName("an address set over lines gives the venue above its street, and its street above the postal code")
        void stacked(String text, String venue, String street) {
            assertThat(scored(plain(text), "place")).contains(venue, street).hasSize(4);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Lezing\\n\\nOp dinsdag 12 oktober 2027 om 20.00 uur in de Grote Zaal van het Stadsmuseum, Museumplein 2, "
                + "4811 AA Breda. ~ stadsmuseum",
            "Lecture\\n\\nOn Tuesday 12 October 2027 at 8 pm in the Lecture Hall of the Old Library, Kerkstraat 4, "
                + "6211 AB Maastricht. ~ old library",
            "Spreekuur\\n\\nOp dinsdag 12 oktober 2027 van 9.00 tot 11.00 uur. De plek blijft: Huis De Brug, zaal Oost, "
                + "Brugweg 3, 7411 AA Deventer. ~ huis de brug"})
        @DisplayName("a room named with its capitalised building gives the building as the venue")
        void roomOfBuilding(String text, String venue) {
            assertThat(scored(plain(text), "place")).contains(venue).hasSize(4);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Infoavond\\n\\nMaandag 8 maart 2027 om 20 u. Kom naar de Trouwzaal van het stadhuis, Markt 1, 2000 "
                + "Antwerpen. Info: +32 3 123 45 67. ~ trouwzaal",
            "Open evening\\n\\nMonday 8 March 2027 at 8 pm in the Council Chamber of the town hall, Markt 1, 4811 AA "
                + "Breda. ~ council chamber"})
        @DisplayName("a room of a building named in lower case is the venue itself")
        void roomOfCommonBuilding(String text, String venue) {
            assertThat(scored(plain(text), "place")).contains(venue).hasSize(4);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Webinar Slim Sparen\\n\\nDonderdag 7 oktober 2027, 19.30 - 20.30 uur, online via Zoom.\\n\\nGroet,"
                + "\\nHet team\\nStichting Geldwijs · Prinsengracht 10 · 1015 DV Amsterdam",
            "Online briefing\\n\\nTuesday 5 October 2027, 14:00 to 15:00, on Teams.\\n\\nBest wishes,\\nThe team\\n"
                + "Delta Network | Havenweg 2 | 3011 AB Rotterdam"})
        @DisplayName("a mailing's footer gives the sender's address, not a venue")
        void footer(String text) {
            Draft draft = plain(text);
            assertThat(scored(draft, "place")).isEmpty();
            assertThat(scored(draft, "attendance")).containsExactly("online");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Kaartavond\\n\\nVrijdag 5 november 2027 om 20 u. Info: +32 3 123 45 67.\\n\\nZaal De Kring, Dorpsstraat 1, "
                + "2980 Zoersel\\n\\nV.U. Jan Peeters, Kerkstraat 4, 2980 Zoersel ~ kerkstraat 4",
            "Quiz\\n\\nZaterdag 6 november 2027 om 19u30. Info: +32 9 222 33 44.\\n\\nwww.quiz.example.be · V.U. An Claes, "
                + "Veldstraat 9, 9000 Gent ~ veldstraat 9"})
        @DisplayName("a Belgian print's publisher line (V.U.) is no venue")
        void publisher(String text, String street) {
            assertThat(scored(plain(text), "place")).doesNotContain(street, "jan peeters", "an claes");
        }
    }

    @Nested
    @DisplayName("status")
    class Status {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Netwerkontbijt\\n\\nWe moeten het ontbijt van dinsdag 5 oktober verplaatsen: de zaal is niet beschikbaar. "
                + "Het ontbijt gaat nu door op dinsdag 12 oktober 2027, van 7.30 tot 9.00 uur, in Hotel De Poort, "
                + "Stationsweg 1, 3811 AA Amersfoort. ~ 2027-10-12T07:30",
            "Open avond\\n\\nOmdat de aula wordt verbouwd, hebben we de open avond moeten verschuiven. De nieuwe datum"
                + "\\nis donderdag 18 november 2027, van 19.00 tot 21.00 uur, in het Atrium, Schoolstraat 2, 7411 AA "
                + "Deventer. ~ 2027-11-18T19:00"})
        @DisplayName("a move is read from 'verplaatsen' or 'gaat nu door op' and a new date set on the next line")
        void rescheduled(String text, String start) {
            Draft draft = plain(text);
            assertThat(scored(draft, "status")).containsExactly("rescheduled");
            assertThat(scored(draft, "start")).containsExactly(start.toLowerCase(java.util.Locale.ROOT));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Client seminar\\n\\nOn Thursday 14 October 2027, 9:00 to 10:30. Because of the storm we are moving it "
                + "online: join us on Teams.",
            "Members' evening\\n\\nOn Tuesday 9 November 2027, 19:30 to 21:00. The venue is closed, so we moved the "
                + "evening online; the link follows by mail."})
        @DisplayName("'moving it online' moves the event online")
        void movedOnline(String text) {
            Draft draft = plain(text);
            assertThat(scored(draft, "status")).containsExactly("moved-online");
            assertThat(scored(draft, "attendance")).containsExactly("online");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "# UITGESTELD – Sterrenkijkavond\\n\\n*Bericht van 2 maart 2027*\\n\\nDe sterrenkijkavond van zaterdag"
                + " 6 maart 2027 om 20.00 uur is uitgesteld. De nieuwe datum maken we later bekend. ~ 2027-03-06T20:00",
            "# POSTPONED – Night walk\\n\\n*Notice of 2 March 2027*\\n\\nThe night walk of Saturday 6 March 2027 at "
                + "8 pm has been postponed. A new date will be announced. ~ 2027-03-06T20:00"})
        @DisplayName("a postponed event keeps its own date, and the day of the notice is no date it had before")
        void postponed(String text, String start) {
            Draft draft = read("a.md", text.replace("\\n", "\n"));
            assertThat(scored(draft, "status")).containsExactly("postponed");
            assertThat(scored(draft, "start")).containsExactly(start.toLowerCase(java.util.Locale.ROOT));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "<h1>Spring Fair moves to new dates</h1><table><tr><th></th><th>Previously announced</th><th>New</th></tr>"
                + "<tr><td>Dates</td><td><del>Friday 12 March 2027</del></td><td>Friday 23 April 2027</td></tr>"
                + "<tr><td>Hours</td><td>10:00 – 16:00</td><td>11:00 – 17:00</td></tr></table> ~ 2027-04-23T11:00",
            "<h1>Braderie verplaatst</h1><table><tr><th>Wat</th><th>Oud</th><th>Nieuw</th></tr><tr><td>Datum</td>"
                + "<td>zaterdag 5 juni 2027</td><td>zaterdag 19 juni 2027</td></tr><tr><td>Tijd</td><td>9.00 - 15.00 uur"
                + "</td><td>10.00 - 16.00 uur</td></tr></table> ~ 2027-06-19T10:00"})
        @DisplayName("a change notice's table of old and new values gives the new ones, and a move")
        void changeTable(String html, String start) {
            Draft draft = read("a.html", "<html><body><main>" + html + "</main></body></html>");
            assertThat(scored(draft, "status")).containsExactly("rescheduled");
            assertThat(scored(draft, "start")).containsExactly(start.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Nested
    @DisplayName("attendance")
    class Attendance {

        private static final String AT_HALL = "Inloopavond\\n\\nDonderdag 7 oktober 2027, 19.00 - 21.00 uur, in "
                + "Wijkcentrum De Linde, Lindelaan 4, 3521 AB Utrecht.\\n\\n";

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Kunt u niet komen? Tot 1 november kunt u ook online reageren op het plan.",
            "Kan je niet komen? De tekeningen staan vanaf maandag ook online, en je kunt tot 1 november reageren."})
        @DisplayName("reacting to a plan online, or reading it online, is no way of attending")
        void notAttending(String sentence) {
            assertThat(scored(plain(AT_HALL + sentence), "attendance")).containsExactly("in-person");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Kunt u niet komen? De avond wordt live uitgezonden, zodat u thuis kunt "
                + "meekijken.", "De avond is openbaar en ook live te volgen via https://www.example.nl/live.",
            "Wie thuis meekijkt, stelt vragen via de chat; om online mee te kijken meldt u zich aan.",
            "De avond is online via Zoom. Geen computer? Kom naar de zaal, waar we de avond op groot scherm tonen."})
        @DisplayName("a broadcast to watch from home besides the hall, or a hall showing it, makes the event hybrid")
        void broadcast(String sentence) {
            assertThat(scored(plain(AT_HALL + sentence), "attendance")).containsExactly("hybrid");
        }
    }

    @Nested
    @DisplayName("contacts")
    class Contacts {

        private static final String EVENING = "Ledenavond\\n\\nDinsdag 9 november 2027, 20.00 - 22.00 uur, in Zaal De"
                + " Kroon, Markt 5, 7411 AA Deventer.\\n\\n";

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Vragen over de avond: ledenadministratie, Joris Bakker, tel.\\n+31 (0)570 - 61 22 33, "
                + "leden@kroon.example.nl ~ leden@kroon.example.nl ~ +31 570 612 233",
            "De organisatie is bereikbaar op 0570 - 62 44 55 (kantine),\\nof vooraf via avond@kroon.example.nl. ~ "
                + "avond@kroon.example.nl ~ +31 570 624 455"})
        @DisplayName("a contact cue at the end of a wrapped line gives the address on the next")
        void wrapped(String lines, String email, String phone) {
            Draft draft = plain(EVENING + lines);
            assertThat(scored(draft, "email")).contains(email);
            assertThat(scored(draft, "phone")).contains(phone);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Hulp nodig bij het opbouwen? Meld je bij Sanne 📞 0570 61 99 88 ~ +31 570 619 988",
            "Kun je niet? App dan vóór 1 november naar Pieter: 06-12 34 56 78 ~ +31 6 12345678",
            "Trouble getting in? Call me on 06 1122 3344. ~ +31 6 11223344"})
        @DisplayName("a phone sign, an 'app … naar' or a 'call' offers a number to ask")
        void phoneCues(String line, String phone) {
            assertThat(scored(plain(EVENING + line), "phone")).contains(phone);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Organisator: Secretariaat De Kroon <secretariaat@kroon.example.nl>\\nGenodigden: leden@kroon.example.nl",
            "Vereniging De Kroon | secretariaat: Markt 5 | secretaris@kroon.example.nl\\nGeen nieuwsbrief meer? Stuur "
                + "een mail naar leden@kroon.example.nl."})
        @DisplayName("the line after a line with its own address does not continue that line's cue")
        void notContinued(String lines) {
            assertThat(scored(plain(EVENING + lines), "email")).doesNotContain("leden@kroon.example.nl");
        }
    }

    @Nested
    @DisplayName("registration channels")
    class Channels {

        private static final String EVENING = "Ledenavond\\n\\nDinsdag 9 november 2027, 20.00 - 22.00 uur, in Zaal De"
                + " Kroon, Markt 5, 7411 AA Deventer.\\n\\n";

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "De avond is gratis voor leden; introducees betalen vijf euro aan de deur. Aanmelden\\nkan tot 1 november "
                + "via https://www.kroon.example.nl/avond. ~ web https://www.kroon.example.nl/avond",
            "The evening is free for members, guests pay five euros at the door. You can still sign\\nup until 1 "
                + "November via https://www.kroon.example.nl/evening. ~ web https://www.kroon.example.nl/evening",
            "Aanmelden vóór 15 oktober 2027 via\\nhttps://www.kroon.example.nl/inschrijven ~ web "
                + "https://www.kroon.example.nl/inschrijven"})
        @DisplayName("a registration sentence wrapped over two lines gives the way on the second")
        void wrapped(String lines, String channel) {
            assertThat(scored(plain(EVENING + lines), "channel")).contains(channel);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "De livestream kun je zonder aanmelding bekijken via het kanaal op\\nkroon.example.nl/live, of op "
                + "https://www.kroon.example.nl/live.",
            "Aanmelden kan via https://www.kroon.example.nl/aanmelden, de link staat ook op de website van de\\nclub: "
                + "https://www.kroon.example.nl/live."})
        @DisplayName("a wrapped sentence that needs no registration, or gave its way already, leaves the next line alone")
        void notWrapped(String lines) {
            assertThat(scored(plain(EVENING + lines), "channel")).doesNotContain("web https://www.kroon.example.nl/live");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Inschrijven vóór 20 oktober bij Ria Claes, tel. 0570 61 22 33, of op het secretariaat. ~ phone +31 570 612 233",
            "Opgeven kan tot 1 november: schrijf je in bij Jan Smit, tel. +31 570 624 455. ~ phone +31 570 624 455"})
        @DisplayName("a number after 'tel.' in a registration sentence is a way to register by phone")
        void telephone(String line, String channel) {
            assertThat(scored(plain(EVENING + line), "channel")).contains(channel);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "[ticketshop](https://www.ticketshop.example.com) › Events › Deventer\\n\\n# Ledenavond\\n\\nDinsdag"
                + " 9 november 2027, 20.00 - 22.00 uur.\\n\\n[Get tickets](https://www.ticketshop.example.com/e/1)",
            "[Tickets Noord](https://www.tickets-noord.example.com) » Agenda » Deventer\\n\\n# Ledenavond\\n\\n"
                + "Dinsdag 9 november 2027, 20.00 - 22.00 uur.\\n\\n[Get tickets](https://www.ticketshop.example.com/e/1)"})
        @DisplayName("a breadcrumb trail's link is the way to the page, not a way to register")
        void breadcrumb(String text) {
            assertThat(scored(read("a.md", text.replace("\\n", "\n")), "channel"))
                    .contains("web https://www.ticketshop.example.com/e/1").noneMatch(c -> c.endsWith(".com"));
        }
    }

    @Nested
    @DisplayName("times")
    class Times {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Online session: water in the city\\n\\n🗓️ Wednesday 9 June 2027\\n🕓 15:00–16:30 CEST\\n\\nWe look at "
                + "rain gardens.\\n\\n15:00 Welcome\\n15:10 Talk\\n16:15 Questions ~ 2027-06-09T15:00 ~ 2027-06-09T16:30",
            "Webinar Groene daken\\n\\nDonderdag 10 juni 2027\\n  19.30 – 21.00 uur, via Zoom\\n\\nWe bespreken "
                + "groene daken.\\n\\n19.30 Welkom\\n19.40 Lezing\\n20.45 Vragen ~ 2027-06-10T19:30 ~ 2027-06-10T21:00"})
        @DisplayName("the range of times under the date gives the event's hours, not the programme's last item")
        void hoursUnderDate(String text, String start, String end) {
            Draft draft = plain(text);
            assertThat(scored(draft, "start")).containsExactly(start.toLowerCase(java.util.Locale.ROOT));
            assertThat(scored(draft, "end")).containsExactly(end.toLowerCase(java.util.Locale.ROOT));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Lent talk\\n\\nThursday 18 March 2027, 19:30 for 19:45, ending by 21:15\\nTea from 19:00 in the hall. ~ "
                + "2027-03-18T19:45 ~ 2027-03-18T21:15",
            "Burns supper\\n\\nSaturday 23 January 2027, 18:30 for 19:00, finishing by 23:00\\nPiper at 18:15. ~ "
                + "2027-01-23T19:00 ~ 2027-01-23T23:00"})
        @DisplayName("'19:30 for 19:45' gives the start after the arrival time, 'ending by' the end")
        void arrivalFor(String text, String start, String end) {
            Draft draft = plain(text);
            assertThat(scored(draft, "start")).containsExactly(start.toLowerCase(java.util.Locale.ROOT));
            assertThat(scored(draft, "end")).containsExactly(end.toLowerCase(java.util.Locale.ROOT));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Vakdagen Zwolle: seminars dinsdag 9 maart\\n\\nDe beurs is op dinsdag 9 en woensdag 10 maart 2027 geopend "
                + "van 10.00 tot 18.00 uur. Gratis na online aanmelding. ~ 2027-03-10T18:00",
            "Trade days Utrecht: talks on Tuesday 9 March\\n\\nThe fair is open on Tuesday 9 and Wednesday 10 March 2027"
                + " from 10:00 to 18:00. Free after online registration. ~ 2027-03-10T18:00"})
        @DisplayName("a heading's one day of a fair gives way to the run of days it opens")
        void runOfDays(String text, String end) {
            assertThat(scored(plain(text), "end")).containsExactly(end.toLowerCase(java.util.Locale.ROOT));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Boat Show\\n\\nFrom Thursday 4 to Saturday 6 March 2027. Thursday and Friday are trade days (10:00–18:00);"
                + " on Saturday the show is\\nalso open to the public (10:00–17:00). ~ 2027-03-06T17:00",
            "Boat Show\\n\\nWednesday 28 – Friday 30 April 2027\\nOpening hours: 10:00 – 18:00 (Friday until 16:00) ~ "
                + "2027-04-30T16:00",
            "Botenbeurs\\n\\nWoensdag 28 t/m vrijdag 30 april 2027\\nOpeningstijden: 10.00 – 18.00 uur (vrijdag tot"
                + " 16.00 uur) ~ 2027-04-30T16:00"})
        @DisplayName("the last day's own hours, wrapped onto the next line or set as 'until', give the end")
        void lastDayHours(String text, String end) {
            assertThat(scored(plain(text), "end")).containsExactly(end.toLowerCase(java.util.Locale.ROOT));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Clubtoernooi\\n\\nOp zaterdag 11 september 2027 is het clubtoernooi. Op zaterdag spelen we van 9.00 tot"
                + "\\n22.00 uur, en om 20.00 uur begint de borrel met muziek. ~ 2027-09-11T09:00",
            "Club tournament\\n\\nOn Saturday 11 September 2027 we hold the club tournament. Matches run from 9:00 until"
                + "\\n22:00, and at 20:00 the party starts with live music. ~ 2027-09-11T09:00"})
        @DisplayName("a time that opens a line only because a sentence was wrapped before it is no programme item")
        void wrappedTime(String text, String start) {
            Draft draft = plain(text);
            assertThat(scored(draft, "start")).containsExactly(start.toLowerCase(java.util.Locale.ROOT));
            assertThat(scored(draft, "item")).doesNotContain("2027-09-11t22:00");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "From: Course Office <courses@example.org>\\nTo: Applicants\\nDate: Tue, 4 May 2027 10:05 +0200\\n"
                + "Subject: Cancelled\\n\\nDear applicant,\\n\\nThe course of Monday 12 July 2027, 09:00–17:00, is "
                + "cancelled. ~ 2027-07-12T09:00",
            "Van: Secretariaat <info@example.nl>\\nDatum: dinsdag 4 mei 2027 10:05\\nAan: Leden\\nOnderwerp: "
                + "Ledenavond\\n\\nBeste leden,\\n\\nDe ledenavond is op vrijdag 21 mei 2027 van 20.00 tot 22.00 uur. ~ "
                + "2027-05-21T20:00"})
        @DisplayName("a mail's Date header is the day it was sent, not the event's")
        void sentDate(String text, String start) {
            assertThat(scored(plain(text), "start")).containsExactly(start.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Nested
    @DisplayName("programme items")
    class Items {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "# Python Deventer\\n\\n**Wanneer:** vrijdag 9 april 2027, 18.00 – 21.00 uur\\n\\n```\\n18.00  inloop met"
                + " pizza\\n18.30  Typing in de praktijk — Anouk Smit\\n19.15  Lightning talks\\n```",
            "# Go meetup\\n\\n**When:** Friday 9 April 2027, 18:00 – 21:00\\n\\n```text\\n18:00  doors and pizza\\n"
                + "18:30  Generics in practice — Anouk Smit\\n19:15  Lightning talks\\n```"})
        @DisplayName("a fenced block without a language is read as lines, a programme set in columns among them")
        void fenced(String text) {
            assertThat(scored(read("a.md", text.replace("\\n", "\n")), "item"))
                    .containsExactlyInAnyOrder("2027-04-09t18:00", "2027-04-09t18:30", "2027-04-09t19:15");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "# Setup\\n\\nFriday 9 April 2027, 18:00 – 21:00\\n\\n```bash\\n18:00  make install\\n19:15  make test\\n```",
            "# Setup\\n\\nVrijdag 9 april 2027, 18.00 – 21.00 uur\\n\\n```python\\n18.00 = start()\\n19.15 = stop()"
                + "\\n```"})
        @DisplayName("a block of code in a named language is no part of the announcement")
        void code(String text) {
            assertThat(scored(read("a.md", text.replace("\\n", "\n")), "item")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Zomercursus Archieven\\n\\nData: maandag 5 – woensdag 7 juli 2027, dagelijks 9.30 – 17.00 uur\\n\\n"
                + "ma 5 juli  9.30  Opening door Hanna de Wit\\ndi 6 juli  10.00  Excursie naar het stadsarchief\\nwo 7 "
                + "juli  16.00  Slotborrel ~ 2027-07-06t10:00",
            "Spring course\\n\\nDates: Monday 5 – Wednesday 7 July 2027, daily 09:30 – 17:00\\n\\nMon 5 July  09:30  "
                + "Opening by Hanna de Wit\\nTue 6 July  10:00  Visit to the city archive\\nWed 7 July  16:00  Closing "
                + "drinks ~ 2027-07-06t10:00"})
        @DisplayName("a line led by one of the event's days, then a time, is an item on that day")
        void dayLed(String text, String second) {
            assertThat(scored(plain(text), "item")).hasSize(3).contains(second);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "<h1>Bouwdagen 2027</h1><p>dinsdag 9 en woensdag 10 maart 2027 · Hal 3, Expoweg 1, 8000 AB Zwolle</p><p>De "
                + "beurs is dinsdag open van 10.00 tot 17.00 uur en woensdag van 10.00 tot 16.00 uur.</p><article><p>"
                + "di 9 maart · 11.00 uur</p><h3>Isoleren zonder gedoe</h3><p>Spreker: Anna Smit, bouwfysicus</p>"
                + "</article><article><p>wo 10 maart · 13.30 uur</p><h3>Warmtepompen in de praktijk</h3></article> ~ "
                + "2027-03-10t13:30",
            "<h1>Build Days 2027</h1><p>Tuesday 9 and Wednesday 10 March 2027 · Hall 3, Expoweg 1, 8000 AB Zwolle</p>"
                + "<p>The fair is open from 10:00 to 17:00 on both days.</p><article><p>Tue 9 March · 11:00</p><h3>"
                + "Insulation made easy</h3><p>Speaker: Anna Smit, building physicist</p></article><article><p>Wed 10 "
                + "March · 13:30</p><h3>Heat pumps in practice</h3></article> ~ 2027-03-10t13:30"})
        @DisplayName("a session card, its day and time over its heading, is an item; a fair's 'open van … tot' its hours")
        void sessionCards(String html, String second) {
            Draft draft = read("a.html", "<html><body><main>" + html + "</main></body></html>");
            assertThat(scored(draft, "item")).hasSize(2).contains(second);
            assertThat(scored(draft, "start")).containsExactly("2027-03-09t10:00");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Zangavond\\n\\nOp vrijdag 12 maart 2027 van 19.30 tot 21.30 uur in de kerk.\\n\\nOm 19.30 uur zingen we "
                + "Psalm 150. Om 20.15 uur vertelt organist Jan Smit over het orgel.",
            "Song evening\\n\\nOn Friday 12 March 2027 from 7.30 pm to 9.30 pm in the church.\\n\\nAt 7.30 pm we sing "
                + "Psalm 150. At 8.15 pm organist Jan Smit talks about the organ."})
        @DisplayName("a sentence ending in a number ('Psalm 150.') ends before the next timed sentence")
        void numberEndsSentence(String text) {
            assertThat(scored(plain(text), "item")).contains("2027-03-12t19:30", "2027-03-12t20:15");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Bedevaart naar Kevelaer\\n\\nVertrek op zaterdag 12 juni 2027 om 7 u aan de kerk.\\n\\nZaterdag: 11u "
                + "eucharistieviering in de basiliek.\\nZondag: 10u30 hoogmis, daarna terugreis. ~ 2027-06-13t10:30",
            "Pilgrimage to Walsingham\\n\\nWe leave on Saturday 12 June 2027 at 7:00 from the church.\\n\\nSaturday: "
                + "11:00 Mass in the shrine.\\nSunday: 10:30 procession, then the journey home. ~ 2027-06-13t10:30"})
        @DisplayName("lines led by a weekday label and a time, one a day, are items on the event's days of that week")
        void weekdayLabels(String text, String second) {
            assertThat(scored(plain(text), "item")).contains("2027-06-12t11:00", second);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "Gespreksavond\\n\\nOp donderdag 11 februari 2027 om 20.00 uur opent ds. Kool de avond.\\n\\nKerkdiensten"
                + "\\nzondag 14 februari, 10.00 uur – ds. A. de Lange\\nzondag 21 februari, 10.00 uur – jeugddienst",
            "Talk night\\n\\nOn Thursday 11 February 2027 at 8 pm the Revd Tom Kool opens the evening.\\n\\nServices"
                + "\\nSunday 14 February, 10:00 – Choral Eucharist\\nSunday 21 February, 10:00 – Family service"})
        @DisplayName("a line led by a day after the event's is another event's, not an item")
        void laterDay(String text) {
            assertThat(scored(plain(text), "item")).noneMatch(item -> item.startsWith("2027-02-14")
                    || item.startsWith("2027-02-21"));
        }
    }
}
