package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the words beside a speaker's name hold, as the ninth additions (d111–d130) set them: a description in words
 * set small after the first ("Patient and carer advocate") says who the person is and names no body; the body after
 * it still counts.
 */
@DisplayName("AnnouncementImporter reads a speaker's description apart from their body")
class AnnouncementImporterDescriptionCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Anna de Wit, Patient and carer advocate, Stichting Samen Sterk | stichting samen sterk",
        "Joris Vermeulen, Mantelzorger voor haar moeder sinds jaren, Vereniging Hart en Vaten | vereniging hart "
            + "en vaten"})
    @DisplayName("a description in words set small is no organisation; the body after it is")
    void description(String speaker, String body) {
        String text = "Symposium\n\nOp donderdag 21 oktober 2027 van 13.00 tot 17.00 uur.\n\nSprekers:\n\n- " + speaker
                + "\n- Dr. Karel Smit, Internist, Ziekenhuis Rivierland\n";
        assertThat(scored("a.md", text, "organisation")).contains(body)
                .noneMatch(o -> o.startsWith("patient") || o.startsWith("mantelzorger"));
    }
}
