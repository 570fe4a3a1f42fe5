package dev.agendum.importer;

import static dev.agendum.importer.Cues.BUURTAVOND;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prose programmes devset-next still missed after round thirteen: a sentence with a second clause at a time of
 * its own ("…, waar vanaf 18.00 uur een buffet klaarstaat"), one act given at two times ("geeft om 17 uur en om 19
 * uur een toelichting"), a night that ends with the lights going out, and a speaker whose position runs to several
 * words before the name ("Schepen van Mobiliteit …"). Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the prose programmes devset-next set in round fourteen")
class AnnouncementImporterFourteenthProseCuesTest {

    private static final String DAY = "Reünie\n\nzaterdag 19 juni 2027\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Om 17.00 uur gaan we naar Grand Café De Zwaan, waar vanaf 18.00 uur een buffet klaarstaat. | 2027-06-19t18:00",
        "Om 17.00 uur wandelen we naar de haven en om 18.30 uur vaart de boot uit. | 2027-06-19t18:30"})
    @DisplayName("a sentence's second clause at a time of its own is an item of its own")
    void secondClauseAtItsOwnTime(String sentence, String second) {
        String text = DAY + "We beginnen om 15.00 uur met een rondleiding.\n\n" + sentence + "\n";
        assertThat(scored("a.txt", text, "item")).contains("2027-06-19t15:00", "2027-06-19t17:00", second);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Schepen van Mobiliteit Wouter De Clercq geeft om 17 uur en om 19 uur een korte toelichting.",
        "Wethouder Anna de Vries geeft om 17 uur en om 19 uur een korte presentatie."})
    @DisplayName("one act at two times gives two items, each with its speaker")
    void oneActAtTwoTimes(String sentence) {
        String text = "Infomarkt\n\nDatum: woensdag 10 maart 2027, 16.00 - 20.00 uur\nLocatie: Buurthuis, Kerkstraat 4, "
                + "9032 Wondelgem\n\n" + sentence + " Ook de ontwerpers zijn er.\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-03-10t17:00", "2027-03-10t19:00");
        assertThat(scored("a.txt", text, "role")).anySatisfy(r -> assertThat(r).endsWith("= speaker"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"om 0.30 uur gaat het licht uit.", "om 0.30 uur gaan de lichten uit."})
    @DisplayName("the lights going out after midnight end the night, past midnight, and are no item")
    void lightsOut(String end) {
        String text = DAY + "We beginnen om 20.00 uur met een buffet. Om 21.00 uur begint de band en " + end + "\n";
        assertThat(scored("a.txt", text, "item")).doesNotContain("2027-06-19t00:30", "2027-06-20t00:30");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Schepen van Mobiliteit Wouter De Clercq vertelt om 20.00 uur over de plannen. | wouter de clercq",
        "Directeur Wonen en Zorg Eva Jansen spreekt om 20.00 uur over de plannen. | eva jansen"})
    @DisplayName("a speaker whose position runs to several words before the name speaks")
    void positionOfSeveralWords(String sentence, String person) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(person + " = speaker");
    }
}
