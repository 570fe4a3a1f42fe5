package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bodies that publish a page the ninth additions (d111–d130) were missing, each in two wordings: the site an HTML
 * page's title names when the text's e-mail addresses lie on its domain, and a footer of a name and an address on
 * that name's domain. A title's site without such an address, or a platform's link, names no one. And the organiser
 * a mail's header or an inverted invitation names ("Organisator: Secretariaat X &lt;…&gt;", "Hierbij nodigt …").
 */
@DisplayName("AnnouncementImporter reads who publishes a page or organises")
class AnnouncementImporterPublisherCuesTest {

    private static final String BODY = "<h1>Open avond</h1><p>Op donderdag 21 oktober 2027 van 19.30 tot 21.30 uur in"
            + " Wijkcentrum De Linde, Lindelaan 4, Zwolle.</p>";

    private static String page(String title, String contact) {
        return "<html><head><title>" + title + "</title></head><body><main>" + BODY + "<p>Vragen? Mail " + contact
                + ".</p></main></body></html>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Open avond nieuwe wijkschool - Waterschap Oostrand | info@oostrand.example.nl | waterschap oostrand",
        "Open evening: new campus – Harbour College | open@harbourcollege.example.com | harbour college",
        "Open dag &#8211; Stichting Bos &amp; Beek | info@bosbeek.example.nl | stichting bos & beek",
        "Bewonersavond&nbsp;&#124; Woonstichting De Linde | post@woonstichtingdelinde.example.nl | woonstichting de linde"})
    @DisplayName("the site a page's title names publishes it when the text's e-mail addresses are on its domain, "
            + "the title's character references decoded")
    void titled(String title, String contact, String body) {
        assertThat(scored("a.html", page(title, contact), "organisation")).contains(body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Open avond nieuwe wijkschool - Waterschap Oostrand | info@wijkpost.example.nl",
        "Open evening: new campus – Harbour College | open@eventplatform.example.com"})
    @DisplayName("a title's site whose domain none of the text's addresses is on names no one")
    void titledElsewhere(String title, String contact) {
        assertThat(scored("a.html", page(title, contact), "organisation")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wandelclub Hoge Veluwe vzw – afdeling Ede · wandel@hogeveluwe.example.be | wandelclub hoge veluwe",
        "Stichting Open Tuinen · [tuinen@opentuinen.example.nl](mailto:tuinen@opentuinen.example.nl) "
            + "| stichting open tuinen"})
    @DisplayName("a footer of a name and an address on its domain names who publishes the text")
    void footer(String footer, String body) {
        String text = "# Open avond\n\nOp donderdag 21 oktober 2027 van 19.30 tot 21.30 uur in Wijkcentrum De Linde, "
                + "Lindelaan 4, Zwolle.\n\n---\n\n" + footer + "\n";
        assertThat(scored("a.md", text, "organisation")).contains(body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Organisator: Secretariaat Wijkraad De Linde <secretariaat@delinde.example.nl>",
        "Organisator: Secretariaat Stichting Open Tuinen <info@opentuinen.example.nl>"})
    @DisplayName("an organiser's desk before its name and its address after it are not part of the name")
    void desk(String header) {
        String text = "Open avond\n" + header + "\nDatum: donderdag 21 oktober 2027, 19.30 - 21.30 uur\n";
        assertThat(scored("a.txt", text, "organisation")).hasSize(1).allMatch(o -> !o.contains("secretariaat")
                && !o.contains("@"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hierbij nodigt het bestuur van Wijkraad De Linde u uit voor de jaarvergadering. | wijkraad de linde",
        "Graag nodigen Stichting Open Tuinen en Buurtkoor Zang u uit voor de open avond. | stichting open tuinen"})
    @DisplayName("an invitation whose verb comes first names its organisers after it, not the word before it")
    void inverted(String sentence, String body) {
        String text = "Open avond\n\nOp donderdag 21 oktober 2027 van 19.30 tot 21.30 uur.\n\n" + sentence + "\n";
        assertThat(scored("a.txt", text, "organisation")).contains(body).noneMatch(o -> o.matches("hierbij|graag"));
    }
}
