package dev.agendum.importer;

import static dev.agendum.importer.Cues.BUURTAVOND;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ways to register devset-next still missed after round thirteen: "Opgeven" and "Geef je op" as registration
 * words, a number given beside an e-mail address ("0318 52 44 17 of excursie@…"), and a phone cue a hard wrap sets
 * on the line before its number ("… of bel de" over "Ledenservice op 088 …"). Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the ways to register devset-next set in round fourteen")
class AnnouncementImporterFourteenthWaysCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Opgeven vóór 20 juni bij Gerda Hoogendoorn, 0318 52 44 17 of excursie@tuin.example.nl.",
        "Geef je vóór 20 juni op bij Gerda Hoogendoorn: 0318 52 44 17 of mail naar excursie@tuin.example.nl."})
    @DisplayName("'Opgeven' and 'Geef je op' ask to register, and a number given beside the address is a way too")
    void opgevenWithANumberBesideTheAddress(String sentence) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "channel"))
                .contains("phone +31 318 524 417", "email excursie@tuin.example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meld je aan vóór 9 april via www.bond.example.nl/avond of bel de | Ledenservice op 088 123 45 67 (werkdagen).",
        "Wel vragen wij u zich vooraf aan te melden, via www.zorg.example.nl of telefonisch bij het secretariaat | "
            + "Longgeneeskunde: 088 123 45 67 (werkdagen 9.00-12.00 uur)."})
    @DisplayName("a phone cue wrapped onto the number's line of a registration sentence makes the number a way")
    void phoneCueOverTheWrap(String first, String second) {
        String text = BUURTAVOND + first + "\n" + second + "\n";
        assertThat(scored("a.txt", text, "channel")).contains("phone +31 88 123 4567");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Questions? Write to info@wijk.example.nl or call our office on 088 123 45 67.",
        "Vragen? Mail info@wijk.example.nl of bel ons kantoor op 088 123 45 67."})
    @DisplayName("a contact's own sentence under a registration line gives no way to register")
    void contactUnderARegistrationLine(String sentence) {
        String text = BUURTAVOND + "Aanmelden kan vanaf 11 januari via www.wijk.example.nl, de avond is gratis.\n"
                + sentence + "\n";
        assertThat(scored("a.txt", text, "channel")).doesNotContain("phone +31 88 123 4567");
        assertThat(scored("a.txt", text, "phone")).contains("+31 88 123 4567");
    }
}
