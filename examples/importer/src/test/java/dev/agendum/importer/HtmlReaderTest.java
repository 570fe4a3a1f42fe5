package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@link HtmlReader} makes of a page's blocks: the kind of each line and whether it is set in strong. */
@DisplayName("HtmlReader")
class HtmlReaderTest {

    private static List<Line> lines(String html) {
        return HtmlReader.read(html).lines();
    }

    @Test
    @DisplayName("reads a list's entries as items, a paragraph as text and a heading as a heading")
    void kindsOfBlocks() {
        List<Line> lines = lines("<html><body><main><h2>Programma</h2><p>Drie shiften.</p><ul><li>Shift 1 – 17u30</li>"
                + "<li>Shift 2 – 18u30</li></ul></main></body></html>");
        assertThat(lines).extracting(Line::kind)
                .containsExactly(Line.Kind.HEADING, Line.Kind.TEXT, Line.Kind.ITEM, Line.Kind.ITEM);
        assertThat(lines).extracting(Line::text)
                .containsExactly("Programma", "Drie shiften.", "Shift 1 – 17u30", "Shift 2 – 18u30");
    }

    @Test
    @DisplayName("marks a paragraph of one <strong> as strong, a paragraph with more than that not")
    void strongParagraphs() {
        List<Line> lines = lines("<html><body><main><p><strong>Kies je shift</strong></p><p><strong>Let op:</strong> "
                + "vol is vol.</p></main></body></html>");
        assertThat(lines).extracting(Line::strong).containsExactly(true, false);
    }

    @Test
    @DisplayName("reads a list entry that holds paragraphs as its paragraphs")
    void entryWithParagraphs() {
        List<Line> lines = lines("<html><body><main><ul><li><p>Eerste alinea.</p><p>Tweede alinea.</p></li></ul>"
                + "</main></body></html>");
        assertThat(lines).extracting(Line::text).containsExactly("Eerste alinea.", "Tweede alinea.");
    }

    @Test
    @DisplayName("reads a term list's time-led term with a title apart from its description; a short time joins it")
    void termListOfAProgramme() {
        List<Line> lines = lines("<html><body><main><dl><dt>14.40 uur – Uw medicijnen: waarom zoveel?</dt><dd>Ahmed "
                + "Bouzid, ziekenhuisapotheker</dd><dt>15.10 uur</dt><dd>Pauze</dd></dl></main></body></html>");
        assertThat(lines).extracting(Line::text).containsExactly("14.40 uur – Uw medicijnen: waarom zoveel?",
                "Ahmed Bouzid, ziekenhuisapotheker", "15.10 uur Pauze");
    }

    @Test
    @DisplayName("reads a feed's item: its title as the heading, its description's HTML in CDATA, not its own facts")
    void feedItem() {
        String input = "<item>\n  <title>AFGELAST: Natuurwerkdag</title>\n  <link>https://example.nl/nieuws/1</link>\n"
                + "  <pubDate>Thu, 28 Oct 2027 17:45:00 +0200</pubDate>\n  <dc:creator>Wietske Bruinsma</dc:creator>\n"
                + "  <description><![CDATA[<p>De werkdag op <strong>zaterdag 6 november 2027</strong> gaat niet door.</p>"
                + "]]></description>\n</item>\n";
        List<Line> lines = lines(input);
        assertThat(lines).extracting(Line::kind).containsExactly(Line.Kind.HEADING, Line.Kind.TEXT);
        assertThat(lines).extracting(Line::text).containsExactly("AFGELAST: Natuurwerkdag",
                "De werkdag op zaterdag 6 november 2027 gaat niet door.");
        Source date = lines.get(1).source(14, 38);
        assertThat(input.substring(date.start(), date.end())).isEqualTo("zaterdag 6 november 2027");
    }
}
