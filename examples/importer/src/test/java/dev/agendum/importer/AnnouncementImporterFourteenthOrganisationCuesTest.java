package dev.agendum.importer;

import static dev.agendum.importer.Cues.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisations devset-next still missed after round thirteen: organisers joined by "en" or "and" where one of
 * them holds the same word in its own name ("Kerk en Klimaat"), told apart by a person's affiliation elsewhere in the
 * text. In two wordings of its own, each side first once.
 */
@DisplayName("AnnouncementImporter reads the organisations devset-next set in round fourteen")
class AnnouncementImporterFourteenthOrganisationCuesTest {

    private static final String MARCH = "# Klimaatmars\n\nZaterdag 6 november 2027, 13.00 - 16.30 uur, Jaarbeursplein, "
            + "Utrecht\n\n## Sprekers\n\n- Ds. Willem van der Molen, Kerk en Klimaat\n- Anna de Wit, Jong en Groen\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Georganiseerd door Klimaatcoalitie Utrecht, samen met Milieudefensie Utrecht en Kerk en Klimaat. "
            + "| milieudefensie utrecht | kerk en klimaat",
        "Georganiseerd door Klimaatcoalitie Utrecht, samen met Jong en Groen en Natuurvrienden Zeist. "
            + "| natuurvrienden zeist | jong en groen"})
    @DisplayName("an organiser list joined by 'en' is split at a body a person is affiliated with")
    void splitAtAnAffiliatedBody(String line, String other, String affiliated) {
        assertThat(organisations("a.md", MARCH + line + "\n"))
                .contains("klimaatcoalitie utrecht", other, affiliated)
                .noneMatch(o -> o.contains(other) && o.contains(affiliated));
    }
}
