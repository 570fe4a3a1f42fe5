package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The titles that d171–d190 set in ways the rules had not met: the symbols a README sets after its headline
 * ("… 2027 🌊"), the section number a digest sets before each event's heading ("## 1. …"), and the marks that
 * strike a cancelled event's headline through ("# ~~…~~"). Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the titles of d171-d190's cues")
class AnnouncementImporterThirteenthTitleCuesTest {

    private static final String WHEN = "\n\nSaturday 12 June 2027, 10:00 - 16:00, Het Gemaal, Dijkweg 3, Lelystad\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "# Polder Data Jam 2027 🌾 | polder data jam 2027",
        "# Rivierdag Zwolle ⛵️✨ | rivierdag zwolle"})
    @DisplayName("the emoji set after a headline are no part of the title")
    void symbolsAfterTheHeadline(String heading, String title) {
        assertThat(scored("a.md", heading + WHEN, "title")).containsExactly(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "## 1. Repair Café Special | repair café special",
        "## 3) Breakfast with the Mayor | breakfast with the mayor"})
    @DisplayName("a digest's section number before an event's heading is no part of the title")
    void sectionNumberBeforeTheHeadline(String heading, String title) {
        String text = "**Het Gemaal Weekly** · week 23\n\nHere is what's on.\n\n" + heading + WHEN;
        assertThat(scored("a.md", text, "title")).containsExactly(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "# ~~Signeersessie: Anna Vos — Het Veen~~ | signeersessie: anna vos — het veen",
        "# ~~Poetry brunch with Tom Reyes~~ | poetry brunch with tom reyes"})
    @DisplayName("a headline struck through for a cancelled event gives its title without the marks")
    void struckThroughHeadline(String heading, String title) {
        String text = heading + "\n\n> **CANCELLED.** We are sorry." + WHEN;
        assertThat(scored("a.md", text, "title")).containsExactly(title);
    }
}
