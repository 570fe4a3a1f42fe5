package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ways to register devset-next (d191-d210) missed, each in two wordings of its own: a message to a number ("stuur
 * een appje naar …", "een sms of telefoontje naar …"); "laat ons weten of u erbij bent:" over its ways; a short
 * question between a registration and its phone ("Geen internet? Bel dan …"); and a list of ways that goes on past
 * one without an address.
 */
@DisplayName("AnnouncementImporter reads the ways to register devset-next set in round fifteen")
class AnnouncementImporterFifteenthWaysCuesTest {

    private static final String EVENT = "Spaghettiavond\n\nZaterdag 13 maart 2027 van 17u30 tot 23u in Zaal Ter Linde, "
            + "Kerkstraat 5, 9032 Wondelgem (België).\n\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Aanmelden kan via aanmelden@example.be of stuur een appje naar Lore op 0470 12 34 56.",
        "Inschrijven kan ook met een sms of telefoontje naar Lore op 0470 12 34 56."})
    @DisplayName("a message or a call to a number is a way to register by phone")
    void messageToANumber(String sentence) {
        assertThat(scored("a.txt", EVENT + sentence + "\n", "channel")).contains("phone +32 470 12 34 56");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Laat ons vóór 10 maart weten of u erbij bent:", "Let us know by 10 March if you are "
            + "coming:"})
    @DisplayName("'laat ons weten of u erbij bent:' introduces the ways to register")
    void letUsKnow(String intro) {
        String text = EVENT + intro + "\n\n- via https://www.example.be/rsvp\n- of telefonisch bij Sofie op 09 224 18 36\n";
        assertThat(scored("a.md", text, "channel")).contains("web https://www.example.be/rsvp",
                "phone +32 9 224 18 36");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Geen internet? Bel dan het Klant Contact Centrum op 0529 48 91 00.",
        "Geen computer? Bel gerust ons secretariaat op 0529 48 91 00."})
    @DisplayName("a short question between a registration and its phone keeps the ways going")
    void questionBetween(String sentence) {
        String text = "Informatieavond\n\nDinsdag 16 maart 2027, 19.30 uur, Sporthal De Bongerd, Bongerdlaan 4, "
                + "Ommerveld.\n\nWe vragen u zich vooraf aan te melden via https://www.example.nl/warmte. " + sentence + "\n";
        assertThat(scored("a.txt", text, "channel")).contains("phone +31 529 489 100");
    }

    @Test
    @DisplayName("a list of ways goes on past one that gives no address")
    void listPastAWayWithoutAddress() {
        String html = "<html><body><h1>Spaghettiavond</h1><p>Zaterdag 13 maart 2027 van 17u30 tot 23u in Zaal Ter "
                + "Linde, Kerkstraat 5, 9032 Wondelgem.</p><p>Inschrijven kan op drie manieren:</p><ol><li>met het "
                + "formulier (of via <a href=\"https://www.example.be/spaghetti\">www.example.be/spaghetti</a>);</li>"
                + "<li>met het papieren strookje dat je kind meekreeg;</li><li>met een telefoontje naar Lore op 0470 12 "
                + "34 56.</li></ol></body></html>";
        assertThat(scored("a.html", html, "channel")).contains("web https://www.example.be/spaghetti",
                "phone +32 470 12 34 56");
    }
}
