package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cues of an event's notice that the fifth held-out set (h76–h90, now d76–d90) wrote in ways the rules had not
 * met: a move after "gaat niet door", moving online, an e-mail's header, a listing's masthead, an online location
 * beside a signature's address, days written month first, Belgian addresses and phones, registration in separable
 * Dutch verbs. Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads an event's notice")
class AnnouncementImporterNoticeCuesTest {

    @Nested
    @DisplayName("status and title")
    class StatusAndTitle {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "De lezing van dinsdag 3 maart gaat niet door op die dag: ze is verplaatst naar dinsdag 17 maart 2026.",
            "Het concert van 3 maart gaat helaas niet door. We hebben het verplaatst naar 17 maart 2026."})
        @DisplayName("not going ahead on the old date and moved to a new one is a move, not a cancellation")
        void notThenButMoved(String notice) {
            Draft draft = read("a.txt", "Lezing over de polder\n\n" + notice + "\n\nAanvang 20.00 uur.\n");
            assertThat(scored(draft, "status")).containsExactly("rescheduled");
            assertThat(scored(draft, "start")).containsExactly("2026-03-17t20:00");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Annual lecture on coastal law moves online",
            "Our annual lecture on coastal law is moving online"})
        @DisplayName("an event that moves online is moved online, and the sender's address is no venue")
        void movesOnline(String title) {
            Draft draft = read("a.txt", title + "\n\nThursday 11 March 2027, 3 pm to 5 pm.\n\nCoast Law Centre, "
                    + "Havenstraat 5, 2511 AB Den Haag\n");
            assertThat(scored(draft, "status")).containsExactly("moved-online");
            assertThat(scored(draft, "attendance")).containsExactly("online");
            assertThat(scored(draft, "place")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Van: Team Open Data <open@example.nl>|Onderwerp: Uitnodiging webinar",
            "From: Open Data Team <open@example.org>|Subject: Invitation to our webinar"})
        @DisplayName("an e-mail's header lines are its masthead: the title is the headline after them")
        void mailHeader(String from, String subject) {
            Draft draft = read("a.txt", from + "\n" + subject + "\n\nBeste collega,\n\nWij nodigen u uit voor het "
                    + "webinar:\n\nOpen data in de wijk\n\nDatum: woensdag 3 maart 2027, 14.00 - 15.00 uur\n");
            assertThat(scored(draft, "title")).containsExactly("open data in de wijk");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Leiden Expat Centre – What's on", "Coming up at the Leiden Expat Centre"})
        @DisplayName("a listing's own name is its masthead, not the event's title")
        void listing(String masthead) {
            Draft draft = read("a.txt", masthead + "\n\nTax returns explained for newcomers\n\nSaturday 6 March "
                    + "2027 · 10 am to 12 noon\n");
            assertThat(scored(draft, "title")).containsExactly("tax returns explained for newcomers");
        }
    }

    @Nested
    @DisplayName("place and time")
    class PlaceAndTime {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Stichting Kustkennis | Havenweg 4 | 4381 AB Vlissingen | www.kustkennis.example.nl",
            "Havenweg 4 | 4381 AB Vlissingen | Postbus 120 | KvK 12345678"})
        @DisplayName("a location label that says online keeps a signature's address from being the venue")
        void onlineLabel(String signature) {
            Draft draft = read("a.txt", "Webinar kustbeheer\n\nDatum: dinsdag 9 maart 2027\nTijd: 10.00 - 11.00 "
                    + "uur\nWaar: online, via Teams\n\nMet vriendelijke groet,\n\nMarieke Smit\n" + signature + "\n");
            assertThat(scored(draft, "attendance")).containsExactly("online");
            assertThat(scored(draft, "place")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Monday, June 8th and Tuesday, June 9th, 2026 | 2026-06-08t00:00",
            "June 8 – June 9, 2026 | 2026-06-08t00:00"})
        @DisplayName("a run of days written month first is one run from its first day")
        void monthFirstRun(String days, String start) {
            Draft draft = read("a.txt", "Summer school on river deltas\n\n" + days + ", Utrecht\n");
            assertThat(scored(draft, "start")).containsExactly(start);
            assertThat(scored(draft, "end")).containsExactly("2026-06-10t00:00");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Zaal De Kroon, Markt 7, 9000 Gent | info@cultuur.example.be | 09 265 80 10 | +32 9 265 80 10",
            "CC Het Perron, Stationsstraat 20, 3000 Leuven | Belgi\u00eb | 016 20 30 40 | +32 16 20 30 40"})
        @DisplayName("a Belgian text has four-digit postal codes and nine-digit phones")
        void belgian(String venue, String cue, String phone, String international) {
            Draft draft = read("a.txt", "Infoavond\n\nWanneer: do 19/3/2026, 19u30 tot 21u30\nWaar: " + venue
                    + "\n\nVragen? Bel " + phone + " (" + cue + ").\n");
            assertThat(scored(draft, "place")).contains(venue.split(", ")[2].substring(0, 4),
                    venue.split(", ")[2].substring(5).toLowerCase(java.util.Locale.ROOT));
            assertThat(scored(draft, "phone")).containsExactly(international);
            assertThat(scored(draft, "end")).containsExactly("2026-03-19t21:30");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"12 – 13 June 2026, The Square, Brussels and online",
            "12 – 13 June 2026 in Brussels, and online"})
        @DisplayName("a venue and 'and online' make an event hybrid")
        void andOnline(String line) {
            Draft draft = read("a.txt", "Urban forum\n\n" + line + "\n\nVenue: The Square, Mont des Arts, 1000 "
                    + "Brussels\n");
            assertThat(scored(draft, "attendance")).containsExactly("hybrid");
            assertThat(scored(draft, "place")).contains("1000", "brussels");
        }
    }

    @Nested
    @DisplayName("contacts")
    class Contacts {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Contacteer projectleider Koen Van Damme via 016 28 54 31 of info@werken.example.be.",
            "Vragen? Bel wijkagent Koen Van Damme op 016 28 54 31 of mail info@werken.example.be."})
        @DisplayName("a position between the contact cue and the name, and a capitalised particle in the name")
        void positionThenName(String line) {
            Draft draft = read("a.txt", "Infomarkt\n\nWanneer: do 19/3/2026, 16u tot 20u\n\n" + line + "\n");
            assertThat(scored(draft, "person")).containsExactly("koen van damme");
            assertThat(scored(draft, "phone")).containsExactly("+32 16 28 54 31");
        }
    }

    @Nested
    @DisplayName("registration")
    class Registration {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "Omdat de zaal klein is, vragen we u zich aan te melden: via https://example.nl/aanmelden.",
            "Wie wil komen, vragen we vooraf in te schrijven via https://example.nl/aanmelden."})
        @DisplayName("asked to register in a separable verb, the link is a registration channel")
        void separableVerbs(String line) {
            Draft draft = read("a.txt", "Vergadering\n\nDatum: donderdag 21 mei 2026, 13.30 - 17.00 uur\n\n" + line
                    + "\n");
            assertThat(scored(draft, "channel")).containsExactly("web https://example.nl/aanmelden");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Niet-leden melden zich vóór 14 mei aan bij de penningmeester via kas@example.nl. | email kas@example.nl",
            "Reserveer een plaats door te bellen of te appen naar Joke: 06 - 12 34 56 78. | phone +31 6 12345678",
            "Is het vol? Put your name on the waiting list at https://example.org/wait. | web https://example.org/wait"})
        @DisplayName("registering by a verb split around its object, by phone or app, or on a waiting list")
        void channels(String line, String channel) {
            Draft draft = read("a.txt", "Vergadering\n\nDatum: donderdag 21 mei 2026, 13.30 - 17.00 uur\n\n" + line
                    + "\n");
            assertThat(scored(draft, "channel")).contains(channel);
        }
    }
}
