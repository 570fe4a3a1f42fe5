package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contacts the ninth additions (d111–d130) gave in cards and signatures, each in two wordings: a card under a
 * contact heading with the address on a line of its own below the number, and a mail's signature below its sign-off;
 * a quoted mail's header below a sign-off gives no contact, nor does the switchboard of a footer that sets the
 * publisher's address apart.
 */
@DisplayName("AnnouncementImporter reads contacts from cards and signatures")
class AnnouncementImporterSignatureCuesTest {

    private static final String DAY = "Open avond\n\nOp donderdag 21 oktober 2027 van 19.30 tot 21.30 uur in "
            + "Wijkcentrum De Linde, Lindelaan 4, Zwolle.\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Contact\\nLotte Brink, projectleider Wijkvernieuwing\\n06 - 12 34 56 78\\nwijk@zwolle.example.nl",
        "Contact\\nTom Evers, Events & Communication\\nT +31 (0)38 421 55 10\\nE wijk@zwolle.example.nl"})
    @DisplayName("a contact card's address on its own line below the number is the contact's")
    void card(String card) {
        assertThat(scored("a.txt", DAY + card.replace("\\n", "\n") + "\n", "email")).contains("wijk@zwolle.example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Met vriendelijke groet,\\n\\nLotte Brink\\nSecretaris Wijkraad De Linde\\n038 421 55 10 · wijk@zwolle.example.nl",
        "With apologies and kind regards,\\n\\nTom Evers\\nEvents Office\\n+31 38 421 5510 · wijk@zwolle.example.nl"})
    @DisplayName("a mail's signature below its sign-off gives a contact's number and address")
    void signature(String signature) {
        String text = DAY + signature.replace("\\n", "\n") + "\n";
        assertThat(scored("a.txt", text, "email")).contains("wijk@zwolle.example.nl");
        assertThat(scored("a.txt", text, "phone")).contains("+31 38 421 5510");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Groet,\\nFatma\\n\\n-----Oorspronkelijk bericht-----\\nVan: Lotte Brink <l.brink@mail.example.nl>",
        "Best regards,\\nTom\\n\\nFrom: Lotte Brink <l.brink@mail.example.nl>"})
    @DisplayName("a quoted mail's header below a sign-off gives no contact")
    void quoted(String lines) {
        assertThat(scored("a.txt", DAY + lines.replace("\\n", "\n") + "\n", "email")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "Wijkraad De Linde · Lindelaan 4 · 8011 AB Zwolle · Algemeen 038 - 421 55 10 · www.delinde.example.nl",
        "Harbour College | PO Box 12 | 3000 AA Rotterdam | Switchboard (010) 421 55 10 | info@harbour.example.nl"})
    @DisplayName("the number in a footer that sets the publisher's address apart is a switchboard, no contact")
    void footer(String footer) {
        String text = DAY + "Vragen? Kom gerust langs.\n\n" + footer + "\n";
        assertThat(scored("a.txt", text, "phone")).isEmpty();
    }
}
