package dev.agendum.ical;

import static dev.agendum.ical.FeedAssertions.assertLinesWithin75Octets;
import static dev.agendum.ical.FeedAssertions.unfold;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringWriter;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ContentLineWriter")
class ContentLineWriterTest {

    private static String write(Consumer<ContentLineWriter> lines) {
        StringWriter out = new StringWriter();
        lines.accept(new ContentLineWriter(out));
        return out.toString();
    }

    private static String text(String value) {
        return write(w -> w.start("SUMMARY").text(value));
    }

    @ParameterizedTest(name = "text \"{0}\" is written as \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain            | SUMMARY:plain",
        "a,b              | SUMMARY:a\\,b",
        "a;b              | SUMMARY:a\\;b",
        "back\\slash      | SUMMARY:back\\\\slash",
        "colon: \"quote\" | SUMMARY:colon: \"quote\"",
        "'tab\there'      | 'SUMMARY:tab\there'"
    })
    void escapesText(String value, String expected) {
        assertThat(text(value.strip())).isEqualTo(expected.strip() + "\r\n");
    }

    @ParameterizedTest(name = "text assembled in a buffer is written as the same string would be: {0}")
    @ValueSource(strings = {"", "plain", "a,b;c\\d\ne", "één café ‘werkagenda’ 14.00–14.05 — 😀 \t tab",
        "Hoe leer je om beter opgavegericht te werken? Daarover schreef het Planbureau voor de Leefomgeving (PBL) "
            + "vorige maand een essay, samen met de Nederlandse School voor Openbaar Bestuur (NSOB). 😀😀😀😀"})
    void bufferedText(String value) {
        TextBuffer buffer = new TextBuffer(1);
        for (int i = 0; i < value.length(); i += 7) {
            buffer.append(value.substring(i, Math.min(value.length(), i + 7)));
        }
        assertThat(buffer.append('!').append(42).toString()).isEqualTo(value + "!42");
        assertThat(write(w -> w.start("DESCRIPTION").text(buffer)))
                .isEqualTo(write(w -> w.start("DESCRIPTION").text(value + "!42")));
    }

    @Test
    @DisplayName("refuses in a buffered text what it refuses in a string: an unpaired surrogate")
    void bufferedTextRefuses() {
        TextBuffer buffer = new TextBuffer(16).append("half \ud83d");
        assertThatIllegalArgumentException().isThrownBy(() -> write(w -> w.start("DESCRIPTION").text(buffer)))
                .withMessageContaining("DESCRIPTION: an unpaired surrogate");
    }

    @Test
    @DisplayName("writes a line feed in text as \\n, so a value cannot start a new line")
    void lineFeed() {
        assertThat(text("one\nBEGIN:VEVENT")).isEqualTo("SUMMARY:one\\nBEGIN:VEVENT\r\n");
    }

    @Test
    @DisplayName("keeps a backslash before a line break as two escapes, never one")
    void backslashBeforeLineBreak() {
        assertThat(text("end\\\nATTACH:x")).isEqualTo("SUMMARY:end\\\\\\nATTACH:x\r\n");
    }

    @ParameterizedTest(name = "refuses U+{0} in text (regression: U+FFFF found by WriterFuzzTest)")
    @ValueSource(ints = {0x00, 0x07, 0x0d, 0x1b, 0x7f, 0x85, 0xfdd0, 0xfffe, 0xffff})
    void refusesControlCharacters(int c) {
        assertThatIllegalArgumentException().isThrownBy(() -> text("x" + (char) c + "y"))
                .withMessageContaining("SUMMARY").withMessageContaining(String.format("U+%04X", c));
    }

    @Test
    @DisplayName("refuses an unpaired surrogate, which UTF-8 cannot carry")
    void refusesUnpairedSurrogate() {
        assertThatIllegalArgumentException().isThrownBy(() -> text("x\uD83Cy")).withMessageContaining("surrogate");
    }

    @ParameterizedTest(name = "parameter \"{0}\" is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Ruben Maes          | ';CN=\"Ruben Maes\":'",
        "Europe/Amsterdam    | ;CN=Europe/Amsterdam:",
        "=]]                 | ';CN=\"=]]\":'",
        "Maes, Ruben         | ';CN=\"Maes, Ruben\":'",
        "a;b:c               | ';CN=\"a;b:c\":'",
        "say \"hi\"          | ';CN=\"say ^''hi^''\":'",
        "caret ^             | ';CN=\"caret ^^\":'"
    })
    void encodesParameters(String value, String expected) {
        assertThat(write(w -> w.start("X").param("CN", value.strip()).value("v")))
                .isEqualTo("X" + expected.strip() + "v\r\n");
    }

    @Test
    @DisplayName("writes a line feed in a parameter as ^n (RFC 6868)")
    void parameterLineFeed() {
        assertThat(write(w -> w.start("X").param("CN", "a\nb").value("v"))).isEqualTo("X;CN=\"a^nb\":v\r\n");
    }

    @Test
    @DisplayName("leaves a name with a backslash or quote out of a parameter, where parsers disagree on its meaning")
    void portableParameters() {
        assertThat(write(w -> w.start("ORGANIZER").portableParam("CN", "C:\\agenda\\").value("mailto:a@b.nl")))
                .isEqualTo("ORGANIZER:mailto:a@b.nl\r\n");
        assertThat(write(w -> w.start("ORGANIZER").portableParam("CN", "VB").value("mailto:a@b.nl")))
                .isEqualTo("ORGANIZER;CN=VB:mailto:a@b.nl\r\n");
        assertThat(write(w -> w.start("ORGANIZER").portableParam("CN", "\"").value("mailto:a@b.nl")))
                .as("regression: a lone quote, found by WriterFuzzTest").isEqualTo("ORGANIZER:mailto:a@b.nl\r\n");
        assertThat(write(w -> w.start("ORGANIZER").portableParam("CN", "a\nb").value("mailto:a@b.nl")))
                .as("regression: a line feed, found by WriterFuzzTest").isEqualTo("ORGANIZER:mailto:a@b.nl\r\n");
    }

    @Test
    @DisplayName("refuses a tab in a parameter, which ical4j takes for a separator (regression: WriterFuzzTest)")
    void parameterTab() {
        assertThatIllegalArgumentException().isThrownBy(() -> write(w -> w.start("X").param("CN", "a\tb").value("v")))
                .withMessageContaining("U+0009");
    }

    @ParameterizedTest(name = "refuses a carriage return in a parameter: {0}")
    @ValueSource(strings = {"a\rX-INJECTED:1", "a\r\nX-INJECTED:1", "a\r"})
    void parameterCarriageReturn(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(w -> w.start("ORGANIZER").param("CN", value).value("v")))
                .withMessageContaining("ORGANIZER").withMessageContaining("U+000D");
    }

    @ParameterizedTest(name = "refuses a carriage return in text, CRLF too: {0}")
    @ValueSource(strings = {"a\r\nb", "a\rb", "trailing\r", "\r\n"})
    void refusesCarriageReturns(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> text(value)).withMessageContaining("U+000D");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> write(w -> w.start("X-AGENDUM-EVENT").field("k", value).endFields()))
                .withMessageContaining("X-AGENDUM-EVENT");
    }

    @ParameterizedTest(name = "compact field value \"{0}\" is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain     | X:k=plain",
        "a&b       | X:k=a%26b",
        "100%      | X:k=100%25",
        "%26       | X:k=%2526",
        "a=b:c     | X:k=a=b:c",
        "a;b,c     | X:k=a\\;b\\,c",
        "back\\   | X:k=back\\\\"
    })
    void compactFields(String value, String expected) {
        assertThat(write(w -> w.start("X").field("k", value.strip()).endFields())).isEqualTo(expected.strip() + "\r\n");
    }

    @Test
    @DisplayName("joins compact fields with &, writes tagged values as tag:text, and an empty list as an empty value")
    void compactFieldList() {
        assertThat(write(w -> w.start("X").field("a", "1").field("t", "nl", "één & twee").field("a", "2").endFields()))
                .isEqualTo("X:a=1&t=nl:één %26 twee&a=2\r\n");
        assertThat(write(w -> w.start("X").endFields())).isEqualTo("X:\r\n");
    }

    @Test
    @DisplayName("refuses control characters in compact fields too")
    void compactFieldControls() {
        assertThatIllegalArgumentException().isThrownBy(() -> write(w -> w.start("X-AGENDUM-PERSON")
                .field("name", "a\u0000").endFields())).withMessageContaining("X-AGENDUM-PERSON");
    }

    @ParameterizedTest(name = "a {0}-octet character right at the 75th octet moves whole to the next line")
    @CsvSource({"2, é", "3, €", "4, \uD83C\uDF89"})
    void foldsAtTheBoundary(int octets, String character) {
        String c = character.strip();
        // "SUMMARY:" is 8 octets: fill to 74, so the character would need octets 75 to 74 + octets.
        String written = text("x".repeat(66) + c + "y");
        String[] lines = written.split("\r\n");
        assertThat(lines[0].getBytes(UTF_8)).hasSize(74);
        assertThat(lines[1]).isEqualTo(" " + c + "y");
        assertThat(c.getBytes(UTF_8)).hasSize(octets);
        // And one octet earlier it still fits on the first line when it ends exactly at octet 75.
        String fits = text("x".repeat(67 - octets) + c + "y");
        assertThat(fits.split("\r\n")[0].getBytes(UTF_8)).hasSize(75);
        assertThat(fits.split("\r\n")[0]).endsWith(c);
    }

    @ParameterizedTest(name = "refuses the URI {0}")
    @ValueSource(strings = {"https://example.org/a%0D%0Ab", "https://example.org/\"q\""})
    void uris(String uri) {
        // java.net.URI keeps percent-escapes as they are: harmless. A quote cannot be built into a URI at all.
        if (uri.contains("\"")) {
            assertThatIllegalArgumentException().isThrownBy(() -> URI.create(uri));
        } else {
            assertThat(write(w -> w.start("URL").uri(URI.create(uri)))).isEqualTo("URL:" + uri + "\r\n");
        }
    }

    @Test
    @DisplayName("writes non-ASCII URIs in ASCII form")
    void asciiUris() {
        assertThat(write(w -> w.start("URL").uri(URI.create("https://example.org/één"))))
                .isEqualTo("URL:https://example.org/%C3%A9%C3%A9n\r\n");
    }

    @Test
    @DisplayName("does not fold a line of exactly 75 octets, and folds one of 76")
    void foldBoundary() {
        String exact = "SUMMARY:" + "x".repeat(67);
        assertThat(text("x".repeat(67))).isEqualTo(exact + "\r\n");
        assertThat(text("x".repeat(68))).isEqualTo(exact + "\r\n x\r\n");
    }

    @ParameterizedTest(name = "folds {0} at 75 octets without splitting it")
    @ValueSource(strings = {"é", "€", "\uD83C\uDF89", "e\u0301", "ש"})
    void foldsWholeCharacters(String character) {
        for (int prefix = 0; prefix < 4; prefix++) {
            String value = "x".repeat(prefix) + character.repeat(200);
            String written = text(value);
            assertLinesWithin75Octets(written);
            assertThat(unfold(written)).isEqualTo("SUMMARY:" + value + "\r\n");
            assertThat(new String(written.getBytes(UTF_8), UTF_8)).isEqualTo(written);
        }
    }

    @Test
    @DisplayName("never folds inside an escape pair")
    void keepsEscapePairs() {
        for (int prefix = 60; prefix < 70; prefix++) {
            String written = text("x".repeat(prefix) + ",,,,,,,,,,,,,,,,");
            assertLinesWithin75Octets(written);
            assertThat(Arrays.stream(written.split("\r\n"))).noneMatch(line -> line.endsWith("\\")
                    && !line.endsWith("\\\\"));
        }
    }

    @Test
    @DisplayName("writes a 10 000-character line of accented text and emoji in lines of at most 75 octets")
    void longLine() {
        String value = "Café \uD83C\uDF89 één ".repeat(1_000);
        String written = text(value);
        assertLinesWithin75Octets(written);
        assertThat(unfold(written)).isEqualTo("SUMMARY:" + value + "\r\n");
    }

    @Test
    @DisplayName("writes several texts as one comma-separated list, each escaped")
    void texts() {
        assertThat(write(w -> w.start("CATEGORIES").texts(List.of("a,b", "c"))))
                .isEqualTo("CATEGORIES:a\\,b,c\r\n");
    }

    @ParameterizedTest(name = "a date-time field {0} reads as LocalDateTime.toString() writes it")
    @ValueSource(strings = {"2021-04-02T10:00", "2021-04-02T10:00:30", "2021-04-02T00:00:00.500",
        "2021-04-02T10:00:00.000001", "2021-04-02T10:00:00.000000001", "2021-04-02T10:00:59.123456789",
        "0999-01-01T00:00", "0000-12-31T23:59:59", "+10000-01-01T00:00", "-0001-01-01T00:00"})
    void dateTimeFields(String value) {
        java.time.LocalDateTime time = java.time.LocalDateTime.parse(value);
        assertThat(write(w -> w.start("X-AGENDUM-ITEM").field("start", time).endFields()))
                .isEqualTo("X-AGENDUM-ITEM:start=" + time + "\r\n");
    }

    @ParameterizedTest(name = "the number {0} is written in decimal, as a field and as a value")
    @ValueSource(ints = {0, 7, 10, 99, 100, 12345, Integer.MAX_VALUE, -1, -42, Integer.MIN_VALUE})
    void numbers(int number) {
        assertThat(write(w -> w.start("X-AGENDUM-EVENT").field("described", number).endFields()))
                .isEqualTo("X-AGENDUM-EVENT:described=" + number + "\r\n");
        assertThat(write(w -> w.start("SEQUENCE").value(number))).isEqualTo("SEQUENCE:" + number + "\r\n");
    }

    @Test
    @DisplayName("a UID written in parts is the UID written whole, escaped and folded alike")
    void uidInParts() {
        String parent = "event,with;escapes-" + "x".repeat(80) + "@agendum.dev";
        assertThat(write(w -> w.start("UID").text("p", 12, ".", parent)))
                .isEqualTo(write(w -> w.start("UID").text("p12." + parent)));
    }

    @Test
    @DisplayName("digits at the end of a full line fold like any character")
    void numbersFold() {
        String written = write(w -> w.start("X-AGENDUM-EVENT").field("k", "a".repeat(70)).field("n", 123456789)
                .endFields());
        assertLinesWithin75Octets(written);
        assertThat(unfold(written)).isEqualTo("X-AGENDUM-EVENT:k=" + "a".repeat(70) + "&n=123456789\r\n");
    }

    @Test
    @DisplayName("plain ASCII runs fold at exactly 75 octets, whatever the line already holds")
    void asciiRunsFold() {
        for (int prefix = 0; prefix < 80; prefix++) {
            String value = "é".repeat(prefix % 3) + "a".repeat(prefix) + "b".repeat(160) + ",c";
            String written = text(value);
            assertLinesWithin75Octets(written);
            assertThat(unfold(written)).isEqualTo("SUMMARY:" + value.replace(",", "\\,") + "\r\n");
            String[] lines = written.split("\r\n");
            for (int i = 0; i < lines.length - 1; i++) {
                // Every physical line but the last is full (74 octets when an escape pair moved on): no early fold.
                assertThat(lines[i].getBytes(UTF_8).length).isGreaterThanOrEqualTo(74);
            }
        }
    }
}
