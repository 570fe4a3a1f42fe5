package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading content lines and compact fields: the exact inverse of {@link ContentLineWriter}. */
@DisplayName("ContentLine and Fields")
class ContentLineTest {

    @Test
    @DisplayName("splits name, parameters (quoted, RFC 6868 decoded) and raw value")
    void parses() {
        ContentLine line = ContentLine.parse(7, "dtStart;TZID=\"Europe/Amsterdam\";CN=\"a;b:c ^'q^' ^n ^^\";"
                + "VALUE=DATE-TIME:20210402T100000");
        assertThat(line.line()).isEqualTo(7);
        assertThat(line.name()).isEqualTo("DTSTART");
        assertThat(line.parameter("TZID")).contains("Europe/Amsterdam");
        assertThat(line.parameter("CN")).contains("a;b:c \"q\" \n ^");
        assertThat(line.parameter("VALUE")).contains("DATE-TIME");
        assertThat(line.value()).isEqualTo("20210402T100000");
    }

    @Test
    @DisplayName("unescapes TEXT as RFC 5545 says, \\N included, and splits lists at unescaped commas only")
    void unescapes() {
        assertThat(ContentLine.parse(1, "SUMMARY:a\\,b\\;c\\\\d\\ne\\Nf").text()).isEqualTo("a,b;c\\d\ne\nf");
        assertThat(ContentLine.parse(1, "SUMMARY:a\\\\\\nb").text()).as("backslash then line feed")
                .isEqualTo("a\\\nb");
        assertThat(ContentLine.parse(1, "CATEGORIES:a\\,b,c\\\\,d").texts()).containsExactly("a,b", "c\\", "d");
    }

    @Test
    @DisplayName("what the writer writes as compact fields is read back exactly")
    void fieldsRoundTrip() {
        for (String value : List.of("plain", "a&b=c", "%26%25%", "x;y,z\\", "line\nfeed", "tag:colon", "")) {
            java.io.StringWriter out = new java.io.StringWriter();
            ContentLineWriter lines = new ContentLineWriter(out);
            lines.start("X-AGENDUM-TEST").field("k", value).field("t", "nl", value + "!").field("k", "2")
                    .endFields();
            String written = FeedAssertions.unfold(out.toString()).strip();
            Fields fields = Fields.parse(ContentLine.parse(1, written).text());
            assertThat(fields.all("k")).containsExactly(value, "2");
            assertThat(fields.text("t")).contains(LocalizedText.of(Locale.forLanguageTag("nl"), value + "!"));
        }
    }

    @Test
    @DisplayName("reads a localised text as its languages in order, the first the default")
    void localizedText() {
        Fields fields = Fields.parse("t=en:Closing&t=nl:Afsluiting&n=1");
        assertThat(fields.text("t")).contains(LocalizedText.of(Locale.ENGLISH, "Closing")
                .with(Locale.forLanguageTag("nl"), "Afsluiting"));
        assertThat(fields.number("n")).contains(1);
        assertThat(fields.one("missing")).isEmpty();
    }
}
