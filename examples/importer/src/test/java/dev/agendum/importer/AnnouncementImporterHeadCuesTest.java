package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the seventh held-out set (h111–h130, now d111–d130) put the event's title and end outside the places the
 * rules looked: a forwarded invite, a social post, a flyer's sender, a news page's head; each day's own hours, an
 * end field; and phone numbers set with an en dash or a slash.
 */
@DisplayName("AnnouncementImporter reads a text's head and end")
class AnnouncementImporterHeadCuesTest {

    @Nested
    @DisplayName("its title")
    class ItsTitle {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"-------- Doorgestuurd bericht --------", "---------- Forwarded message ---------"})
        @DisplayName("of a forwarded calendar invite is its subject, never the forward's rule")
        void invite(String rule) {
            Draft draft = read("a.txt", rule + "\nOnderwerp: Jaarvergadering Volkstuinvereniging De Wortel\n"
                    + "Locatie: Kantine, Tuinpad 2, 6821 AB Arnhem\nBegin: do 8-4-2027 19:30\nEinde: do 8-4-2027 21:30"
                    + "\n\nBeste leden,\n\nHierbij de uitnodiging voor de vergadering.\n");
            assertThat(scored(draft, "title")).containsExactly("jaarvergadering volkstuinvereniging de wortel");
            assertThat(scored(draft, "end")).containsExactly("2027-04-08t21:30");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"3,215 followers\n5d • 🌐", "870 volgers\n1w • Bewerkt"})
        @DisplayName("of a social post is the headline after the poster's head")
        void post(String head) {
            Draft draft = read("a.txt", "Fietsersbond Noord\n" + head + "\n\n🚲 Save the date!\n\nWho gets the "
                    + "street back?\n\nThursday 20 May 2027, 14:00–15:00 CEST, online.\n");
            assertThat(scored(draft, "title")).containsExactly("who gets the street back?");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"nodigt u uit op zijn", "nodigen u graag uit voor hun"})
        @DisplayName("of a flyer is what its sender invites to, not the sender")
        void flyer(String invites) {
            Draft draft = read("a.txt", "FANFARE ST. CECILIA\n" + invites + "\n\nVoorjaarsconcert ‘Wakker worden’\n\n"
                    + "zondag 11 april 2027\naanvang 15u\n");
            assertThat(scored(draft, "title")).containsExactly("voorjaarsconcert ‘wakker worden’");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Onderwerpen: Verkeer, Wonen", "Gepubliceerd op 3 maart 2027"})
        @DisplayName("of a news page is its headline after the masthead, never a topics or publication line")
        void news(String line) {
            Draft draft = read("a.txt", "Gemeente Velsen – Nieuwsbericht\n" + line + "\n\nInloopavond nieuwe "
                    + "brug\n\nOp dinsdag 16 maart 2027 van 19.00 tot 21.00 uur in het stadhuis.\n");
            assertThat(scored(draft, "title")).containsExactly("inloopavond nieuwe brug");
        }
    }

    @Nested
    @DisplayName("its end")
    class ItsEnd {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Friday 10:00–18:00, Saturday 10:00–16:00",
            "vrijdag van 10.00 tot 18.00 uur en zaterdag van 10.00 tot 16.00 uur"})
        @DisplayName("of a multi-day event is its last day's own hours")
        void lastDay(String hours) {
            Draft draft = read("a.txt", "Modelspoorbeurs\n\n14 en 15 mei 2027, Expo Hal, Leeuwarden\n\n" + hours
                    + "\n");
            assertThat(scored(draft, "start")).containsExactly("2027-05-14t10:00");
            assertThat(scored(draft, "end")).containsExactly("2027-05-15t16:00");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"aanvang 20u · einde rond 22u30", "Aanvang: 20.00 uur\nEinde: 22.30 uur"})
        @DisplayName("is an end word or an end field beside the start, not the last item")
        void endWord(String line) {
            Draft draft = read("a.txt", "Voorjaarsconcert\n\nzaterdag 17 april 2027\n" + line + "\n\n20.00 uur "
                    + "Ouverture\n21.15 uur Slotkoor\n");
            assertThat(scored(draft, "end")).containsExactly("2027-04-17t22:30");
        }
    }

    @Nested
    @DisplayName("a mail thread")
    class AMailThread {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"-----Oorspronkelijk bericht-----", "-----Original Message-----"})
        @DisplayName("takes the latest message's date over the quoted one's, and reads the quoted programme on it")
        void latestWins(String rule) {
            Draft draft = read("a.txt", "Van: Buurtteam Oost <team@buurtoost.example.nl>\nVerzonden: maandag 3 mei "
                    + "2027 09:12\nOnderwerp: RE: Repaircafé\n\nHet repaircafé gaat nu door op zaterdag 22 mei 2027, "
                    + "van 10.00 tot 13.00 uur. Zie de oorspronkelijke uitnodiging hieronder.\n\n" + rule + "\nVan: "
                    + "Buurtteam Oost\nVerzonden: woensdag 14 april 2027 11:40\nOnderwerp: Repaircafé\n\n> Repaircafé "
                    + "in de Schakel\n> zaterdag 15 mei 2027, 10.00 - 13.00 uur\n>\n> 10.00 Inloop en koffie\n> 11.30 "
                    + "Uitleg solderen\n");
            assertThat(scored(draft, "start")).containsExactly("2027-05-22t10:00");
            assertThat(scored(draft, "end")).containsExactly("2027-05-22t13:00");
            assertThat(scored(draft, "item")).containsExactly("2027-05-22t10:00", "2027-05-22t11:30");
        }
    }

    @Nested
    @DisplayName("its registration")
    class ItsRegistration {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Kaarten zijn te koop via https://www.kamerkoor.example.nl/kaart voor € 15.",
            "Seats are limited. Grab your seat 👉 https://www.kamerkoor.example.nl/kaart"})
        @DisplayName("a link where tickets are sold or a seat is claimed is a registration channel")
        void ticketsOrSeats(String sentence) {
            Draft draft = read("a.txt", "Voorjaarsconcert\n\nzaterdag 17 april 2027, 20.00 - 22.00 uur, Lutherse Kerk, "
                    + "Haarlem\n\n" + sentence + "\n");
            assertThat(scored(draft, "channel")).contains("web https://www.kamerkoor.example.nl/kaart");
        }
    }

    @Nested
    @DisplayName("its phones")
    class ItsPhones {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"06 – 2741 5583", "+31 (0)6 – 27 41 55 83"})
        @DisplayName("with an en dash between the groups")
        void enDash(String phone) {
            Draft draft = read("a.txt", "Inloopochtend\n\nwoensdag 9 juni 2027, 10.00 - 12.00 uur\n\nVragen? Bel "
                    + "wijkconsulent Sanne Visser op " + phone + ".\n");
            assertThat(scored(draft, "phone")).containsExactly("+31 6 27415583");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"03/218 77 40", "03/2187740"})
        @DisplayName("with a slash after a Belgian area code")
        void slash(String phone) {
            Draft draft = read("a.txt", "Infoavond\n\ndinsdag 8 juni 2027, 19u30 - 21u, zaal Forum, Antwerpen\n\n"
                    + "Vragen? Bel coördinator Lotte Peeters op " + phone + " of mail info@forum.example.be.\n");
            assertThat(scored(draft, "phone")).containsExactly("+32 3 218 77 40");
        }
    }
}
