package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The box office as a contact (d171): a theatre's page gives its box office's number and address under the label
 * "Kassa:" or "Box office:", with no other contact word; both are the contact's, in two wordings each language.
 */
@DisplayName("AnnouncementImporter reads a box office's number and address as a contact")
class AnnouncementImporterBoxOfficeCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kassa: 0512 33 40 10 (wo t/m za vanaf 13.00 uur) · kassa@posthuis.example.nl | +31 512 334 010 "
                + "| kassa@posthuis.example.nl",
        "Onze kassa is bereid u te helpen: 0512 33 40 10 of kaarten@posthuis.example.nl | +31 512 334 010 "
                + "| kaarten@posthuis.example.nl"})
    @DisplayName("a Dutch box office line ('Kassa:') gives the contact's phone and e-mail")
    void kassa(String line, String phone, String email) {
        String text = "# Het Posthuis presenteert: De Veerman\n\nVrijdag 19 maart 2027, 20.15 uur\n"
                + "Theater Het Posthuis, Heerenveen\n\n" + line + "\n";
        assertThat(scored("a.md", text, "phone")).contains(phone);
        assertThat(scored("a.md", text, "email")).contains(email);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Box office: +44 1904 623568 (Tue-Sat, noon to 5 pm), boxoffice@lindenhall.example.com | +44 1904 623568 "
                + "| boxoffice@lindenhall.example.com",
        "The box office opens at 6 pm on the night: +44 1904 623568, frontofhouse@lindenhall.example.com "
                + "| +44 1904 623568 | frontofhouse@lindenhall.example.com"})
    @DisplayName("so does an English one ('Box office:', 'the box office opens')")
    void boxOffice(String line, String phone, String email) {
        String text = "# The Ferryman\n\nFriday 19 March 2027, 7:30 pm\nLinden Hall, 4 Church Street, York YO1 7HH\n\n"
                + line + "\n";
        assertThat(scored("a.md", text, "phone")).contains(phone);
        assertThat(scored("a.md", text, "email")).contains(email);
    }
}
