package dev.agendum.importer;

import static dev.agendum.importer.Cues.KENNISMIDDAG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisers that the fourth held-out set (h61–h75, now d61–d75) named in sentences the rules had not met: an
 * organiser with its abbreviation in brackets before the verb, mid-paragraph; "together with" between two.
 */
@DisplayName("AnnouncementImporter reads organisers")
class AnnouncementImporterOrganiserCuesTest {

    private static Set<String> organisations(String text) {
        return Cues.scored("a.txt", text, "organisation");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wat werkt echt? Het Kennisplatform Armoede Oost (KAO) organiseert deze middag voor gemeenten.|kao",
        "What works? The European Network of Repair Cafés (ENRC) invites you to an evening about data.|enrc",
        "Welcome to the city. The City of Eindhoven and Expat Centre Brainport (ECB) invite~all newcomers.|ecb"})
    @DisplayName("a sentence opening with an organiser and its abbreviation before the verb names the organiser, also "
            + "where the verb ends a line of the source (~ marks a line feed)")
    void abbreviationBeforeVerb(String sentence, String organiser) {
        assertThat(organisations(KENNISMIDDAG + sentence.replace('~', '\n') + "\n")).contains(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De gemeente Houten organiseert deze avond samen met de Ondernemersvereniging Houten Centrum (OHC).|ohc",
        "The event is organised by The Hague Public Library together with the British Society.|british society",
        "The event is organised by The Hague Public Library together with the British Society.|"
                + "the hague public library"})
    @DisplayName("'samen met' and 'together with' after an organising verb name a second organiser")
    void togetherWith(String sentence, String organiser) {
        assertThat(organisations(KENNISMIDDAG + sentence + "\n")).contains(organiser);
    }
}
