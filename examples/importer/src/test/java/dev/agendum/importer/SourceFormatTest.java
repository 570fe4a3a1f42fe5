package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SourceFormat.detect")
class SourceFormatTest {

    @Test
    @DisplayName("takes the format from the extension when it says one")
    void extension() {
        assertThat(SourceFormat.detect("a.html", "plain")).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.detect("a.md", "plain")).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    @DisplayName("otherwise from the text: tags, Markdown notation, or plain text")
    void text() {
        assertThat(SourceFormat.detect("a.txt", "<main><p>x</p></main>")).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.detect("a.txt", "<item>\n  <title>x</title>")).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.detect("a.xml", "<?xml version=\"1.0\"?><rss>")).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.detect("a.txt", "<itemized list>")).isEqualTo(SourceFormat.PLAIN);
        assertThat(SourceFormat.detect("a.txt", "# Title\n\nx")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(SourceFormat.detect("a.txt", "Mail [ons](mailto:a@b.nl)")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(SourceFormat.detect("a.txt", "Title\n\nDatum: 3 juni")).isEqualTo(SourceFormat.PLAIN);
    }
}
