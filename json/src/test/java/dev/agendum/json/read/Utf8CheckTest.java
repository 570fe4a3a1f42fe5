package dev.agendum.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.json.AgendumJson;
import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.json.AgendumJsonException;
import dev.agendum.json.TestDocuments;
import dev.agendum.json.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading bytes refuses malformed UTF-8 with its line")
class Utf8CheckTest {

    private static final AgendumJson JSON = AgendumJson.create();
    private static final String MINIMAL = TestDocuments.MINIMAL;

    /** The minimal document with {@code hex} bytes in place of the title's "e" (line 4). */
    private static byte[] withTitleBytes(String hex) {
        String[] parts = MINIMAL.split("Lezing", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((parts[0] + "L").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(("zing" + parts[1]).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Problem problemOf(byte[] document) {
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class,
                () -> JSON.readEvent(new ByteArrayInputStream(document)));
        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "c0af, an overlong '/'",
        "e080af, an overlong '/' in three bytes",
        "c080, an overlong NUL",
        "f4908080, a code point beyond U+10FFFF",
        "eda080, an encoded surrogate",
        "80, a continuation byte alone",
        "f5808080, a byte no character starts with",
        "e282, a character cut short",
    })
    void refused(String hex, String what) {
        Problem problem = problemOf(withTitleBytes(hex));
        assertThat(problem.line()).as(what).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(21);
        assertThat(problem.message()).startsWith("the document is not valid UTF-8: ");
    }

    @Test
    @DisplayName("refuses a document that ends inside a character")
    void truncatedAtTheEnd() {
        byte[] document = HexFormat.of().parseHex("7b22666f726d6174223a20e282");
        Problem problem = problemOf(document);
        assertThat(problem.line()).isEqualTo(1);
        // Jackson 3.2 leaves the end of the input to Utf8Check; 3.1 (Spring Boot's choice) refuses it first.
        assertThat(problem.message()).isIn("the document is not valid UTF-8: the document ends inside a UTF-8 character",
                "malformed JSON: the input is not valid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"c3a9, é", "e282ac, €", "f09d849e, a clef beyond the basic plane", "f48fbfbf, U+10FFFF"})
    void wellFormedPasses(String hex, String what) {
        assertThat(JSON.readEvent(new ByteArrayInputStream(withTitleBytes(hex))).title().text())
                .as(what).isEqualTo("L" + new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8) + "zing");
    }

    @Test
    @DisplayName("passes UTF-16 with a byte-order mark to Jackson unchecked")
    void utf16() {
        byte[] document = ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_16BE);
        assertThat(JSON.readEvent(new ByteArrayInputStream(document))).isEqualTo(TestEvents.minimal());
    }
}
