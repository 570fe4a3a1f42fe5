package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisations the next additions (d111–d150) write in ways the rules had not met: a name a plain text wraps
 * onto the next line.
 */
@DisplayName("AnnouncementImporter reads organisations written the next additions' ways")
class AnnouncementImporterEleventhOrganisationCuesTest {

    private static final String DAY = "Kennismiddag\n\nDonderdag 3 december 2026, 13.00 - 17.00 uur\n\n";
    private static final String EN_DAY = "Open afternoon\n\nThursday 3 December 2026, 13:00 - 17:00\n\n";

    private static Set<String> organisations(String name, String text) {
        return Cues.scored(name, text, "organisation");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De middag wordt georganiseerd door de Stichting Vrienden~van het Stadspark in de oude oranjerie.|"
                + "stichting vrienden van het stadspark",
        "De middag wordt georganiseerd door Wijkvereniging Oost in samenwerking met de Stichting~Buurtbelangen Oost. "
                + "Toegang gratis.|stichting buurtbelangen oost",
        "This afternoon is organised by the Friends of the Botanical Garden together with~Groen Kapitaal Utrecht, "
                + "two local charities.|groen kapitaal utrecht"})
    @DisplayName("a name that a plain text wraps onto the next line (~ marks a line feed) is read whole, up to the "
            + "first word set small")
    void wrappedName(String sentence, String organiser) {
        assertThat(organisations("a.txt", DAY + sentence.replace("~", "\n") + "\n")).contains(organiser);
    }

    @Test
    @DisplayName("a short label's line ends where its writer ended it: the next line is no part of the name")
    void labelLineIsNotWrapped() {
        assertThat(organisations("a.txt", EN_DAY + "Organisers: Harbour Choir\nLocation: Town Hall, Delft\n"))
                .contains("harbour choir").noneMatch(o -> o.contains("location"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Organised by **Harbour Arts Foundation** · 1.2k followers · Follow#harbour arts foundation",
        "Georganiseerd door Stichting Buurtkracht | 4,6 ★ (87 beoordelingen)#stichting buurtkracht",
        "Organised by **Fjordline Analytics B.V.** • 4.9 ★#fjordline analytics b.v."})
    @DisplayName("an event platform's organiser line ends the name at a separator mark; a legal form keeps its "
            + "full stop")
    void platformOrganiserLine(String line, String organiser) {
        assertThat(organisations("a.md", "# Open afternoon\n\n**Thursday 3 December 2026 · 13:00 – 17:00**\n"
                + line + "\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Organised by Fjordline Analytics B.V.|* **14:00** Data in plain words — *Mira Holt, Head of Data, Fjordline "
                + "Analytics*|fjordline analytics b.v.",
        "Georganiseerd door Koster Advies BV.|* **14.00 uur** Subsidies zonder gedoe, door Ruud Smit (Koster Advies)"
                + "|koster advies bv"})
    @DisplayName("a speaker's body named as the organiser is without its legal form is the organiser")
    void bodyIsTheOrganiser(String organised, String item, String organiser) {
        assertThat(organisations("a.md", "# Open afternoon\n\n**Thursday 3 December 2026**\n\n" + organised
                + "\n\n## Programme\n\n" + item + "\n* **15:00** Drinks\n")).containsExactly(organiser);
    }
}
