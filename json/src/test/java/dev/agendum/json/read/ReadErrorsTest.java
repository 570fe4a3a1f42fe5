package dev.agendum.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.json.AgendumJson;
import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.json.AgendumJsonException;
import dev.agendum.json.EventStreamReader;
import dev.agendum.json.EventStreams;
import dev.agendum.json.TestDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;

@DisplayName("Read errors are told apart by their type, each with its code")
class ReadErrorsTest {

    private static final AgendumJson JSON = AgendumJson.create();
    private static final ReadErrors ERRORS = new ReadErrors(ReadLimits.DEFAULTS);
    private static final String MINIMAL = TestDocuments.MINIMAL;

    private static Problem problemOf(String document) {
        return problemOf(JSON, document);
    }

    private static Problem problemOf(AgendumJson json, String document) {
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> json.readEvent(document));
        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    /** Returns what the streaming reader reports for {@code document}: it must agree with the data-binding one. */
    private static Problem streamedProblemOf(String document) {
        EventStreams streams = AgendumJson.builder().buildStreams();
        InputStream in = new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> {
            try (EventStreamReader reader = streams.read(in)) {
                reader.forEachRemaining(event -> { });
            }
        });
        assertThat(e).as("streaming should fail").isNotNull();
        return e.problems().get(e.problems().size() - 1);
    }

    /** A parser that has read the first token of {@code text}, for exceptions Jackson raises on a parser. */
    private static JsonParser parserOn(String text) {
        JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), text);
        parser.nextToken();
        return parser;
    }

    @Nested
    @DisplayName("a problem of binding (our own reader's)")
    class Binding {

        @Test
        @DisplayName("keeps its pointer, location and code: invalid")
        void inputProblem() {
            Problem problem = problemOf(MINIMAL.replace("\"title\"", "\"titel\""));
            assertThat(problem.code()).isEqualTo(AgendumJsonException.INVALID);
            assertThat(problem.pointer()).isEqualTo("/event/titel");
            assertThat(problem.line()).isEqualTo(4);
        }

        @Test
        @DisplayName("keeps a limit of our own as a limit")
        void ownLimit() {
            AgendumJson json = AgendumJson.builder().maxListLength(1).build();
            Problem problem = problemOf(json, MINIMAL.replace("\"title\": {\"nl\": \"Lezing\"}",
                    "\"title\": {\"nl\": \"Lezing\", \"en\": \"Talk\"}"));
            assertThat(problem.code()).isEqualTo(AgendumJsonException.LIMIT);
        }
    }

    @Nested
    @DisplayName("a repeated field, refused by the format's own readers (Jackson's duplicate detection is off)")
    class Duplicates {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "an event's field|\"allDay\": false,|\"allDay\": false, \"allDay\": false,|/event/allDay|duplicate field 'allDay'",
            "a nested object's field|\"number\": 0,|\"number\": 0, \"number\": 0,|/event/revision/number|duplicate field 'number'",
            "the format marker|\"event\": {|\"format\": \"agendum/1\", \"event\": {|/format|duplicate field 'format'",
            "a language of a text|{\"nl\": \"Lezing\"}|{\"nl\": \"Lezing\", \"nl\": \"Les\"}|/event/title/nl|duplicate language 'nl'",
        })
        void repeated(String what, String target, String replacement, String pointer, String message) {
            String document = MINIMAL.replace(target, replacement);
            for (Problem problem : List.of(problemOf(document), streamedProblemOf(document))) {
                assertThat(problem.code()).isEqualTo(AgendumJsonException.INVALID);
                assertThat(problem.pointer()).isEqualTo(pointer);
                assertThat(problem.message()).isEqualTo(message);
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"event", "events"})
        @DisplayName("the envelope's event or events, twice")
        void envelope(String name) {
            String value = "event".equals(name) ? MINIMAL.substring(MINIMAL.indexOf("{\n") , MINIMAL.lastIndexOf('}'))
                    : "[]";
            String document = "{\"format\": \"agendum/1\", \"" + name + "\": " + value + ", \"" + name + "\": "
                    + value + "}";
            AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> JSON.readEvents(document));
            assertThat(e.problems()).extracting(Problem::pointer, Problem::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/" + name, "duplicate field '" + name + "'"));
            assertThat(streamedProblemOf(document).message()).isEqualTo("duplicate field '" + name + "'");
        }
    }

    @Nested
    @DisplayName("a malformed document, with the code malformed")
    class Malformed {

        @Test
        @DisplayName("not well-formed UTF-8: said by our check, with its line")
        void utf8() {
            byte[] bytes = MINIMAL.replace("Lezing", "Lez\u0000ing").getBytes(StandardCharsets.UTF_8);
            byte[] overlong = new byte[bytes.length + 1];
            int at = MINIMAL.indexOf("Lezing") + 3;
            System.arraycopy(bytes, 0, overlong, 0, at);
            overlong[at] = (byte) 0xC0;
            overlong[at + 1] = (byte) 0x80;
            System.arraycopy(bytes, at + 1, overlong, at + 2, bytes.length - at - 1);
            AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class,
                    () -> JSON.readEvent(new java.io.ByteArrayInputStream(overlong)));
            assertThat(e.problems().get(0).code()).isEqualTo(AgendumJsonException.MALFORMED);
            assertThat(e.problems().get(0).line()).isEqualTo(4);
            assertThat(e.problems().get(0).message()).startsWith("the document is not valid UTF-8: ");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"{\"format\": \"agendum/1\", \"event\": {", "{\"format\": \"agendum/1\", \"event\": {\"categories\": [",
            "{\"format\": \"agendum/1\", \"event\": {\"id\": \"x", "{\"format\""})
        @DisplayName("ending too early, whichever Jackson type says so")
        void truncated(String document) {
            Problem problem = problemOf(document);
            assertThat(problem.code()).isEqualTo(AgendumJsonException.MALFORMED);
            assertThat(problem.message()).isEqualTo(
                    "the document ends too early: an object, list or string is not closed");
        }

        @Test
        @DisplayName("that is a list cut off after a comma, which Jackson 3.2 raises without its own type")
        void truncatedList() {
            String document = "{\"format\": \"agendum/1\", \"event\": {\"categories\": [{\"nl\": \"a\"},";
            AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> JSON.readEvent(document));
            assertThat(e.getCause()).isExactlyInstanceOf(StreamReadException.class);
            Problem problem = e.problems().get(0);
            assertThat(problem.message()).isEqualTo(
                    "the document ends too early: an object, list or string is not closed");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"", "   \n  "})
        @DisplayName("empty, or only white space")
        void empty(String document) {
            Problem problem = problemOf(document);
            assertThat(problem.code()).isEqualTo(AgendumJsonException.MALFORMED);
            assertThat(problem.message()).isEqualTo("the document is empty");
        }

        @Test
        @DisplayName("with a raw control character in a string")
        void unquotedControl() {
            Problem problem = problemOf(MINIMAL.replace("Lezing", "Lez\ting"));
            assertThat(problem.code()).isEqualTo(AgendumJsonException.MALFORMED);
            assertThat(problem.message()).isEqualTo("malformed JSON: a control character in a string must be escaped");
            assertThat(problem.line()).isEqualTo(4);
        }

        @Test
        @DisplayName("not UTF-8 by Jackson's own decoding (what our check passes through), said as such")
        void jacksonUtf8() {
            StreamReadException e = new StreamReadException(parserOn("{}"), "Invalid UTF-8 start byte 0x80");
            assertThat(ERRORS.problem(e, Optional.empty()).message())
                    .isEqualTo("malformed JSON: the input is not valid UTF-8");
        }

        @Test
        @DisplayName("by a syntax error Jackson may add later: still malformed, in general words")
        void otherSyntax() {
            StreamReadException e = new StreamReadException(parserOn("{}"), "Some future complaint");
            Problem problem = ERRORS.problem(e, Optional.empty());
            assertThat(problem.code()).isEqualTo(AgendumJsonException.MALFORMED);
            assertThat(problem.message()).isEqualTo("malformed JSON");
            assertThat(problem.line()).isEqualTo(1);
        }

        @Test
        @DisplayName("by any other Jackson refusal: in general words, never Jackson's")
        void otherBinding() {
            DatabindException e = DatabindException.from(parserOn("{}"), "Cannot construct instance");
            Problem problem = ERRORS.problem(e, Optional.empty());
            assertThat(problem.code()).isEqualTo(AgendumJsonException.MALFORMED);
            assertThat(problem.message()).isEqualTo("the document could not be read as the canonical format");
        }
    }

    @Nested
    @DisplayName("a limit, with the code limit, named by the constraint Jackson reports")
    class Limits {

        @Test
        @DisplayName("a field name longer than 256 characters")
        void nameLength() {
            Problem problem = problemOf(MINIMAL.replace("\"allDay\"", "\"" + "a".repeat(257) + "\""));
            assertThat(problem.code()).isEqualTo(AgendumJsonException.LIMIT);
            assertThat(problem.message()).isEqualTo("a field name is longer than the 256 characters allowed");
        }

        @Test
        @DisplayName("every other limit of the parser (LimitsTest reads each through the reader)")
        void parserLimits() {
            AgendumJson json = AgendumJson.builder().maxStringLength(3).build();
            Problem problem = problemOf(json, MINIMAL);
            assertThat(problem.code()).isEqualTo(AgendumJsonException.LIMIT);
            assertThat(problem.message()).isEqualTo("a string is longer than the 3 characters allowed");
        }

        @Test
        @DisplayName("a constraint Jackson may add later: a limit, in general words")
        void unknownConstraint() {
            Problem problem = ERRORS.problem(new StreamConstraintsException(
                    "Something (9) exceeds the maximum allowed (8, from `StreamReadConstraints.getMaxSomething()`)"),
                    Optional.empty());
            assertThat(problem.code()).isEqualTo(AgendumJsonException.LIMIT);
            assertThat(problem.message()).isEqualTo("the document exceeds a size limit");
        }
    }

    @Nested
    @DisplayName("a failing input")
    class Input {

        @Test
        @DisplayName("is an UncheckedIOException with the input's own exception, not a problem of the document")
        void io() {
            IOException broken = new IOException("disk gone");
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw broken;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    throw broken;
                }
            };
            assertThatThrownBy(() -> JSON.readEvent(failing))
                    .isInstanceOf(UncheckedIOException.class).hasCause(broken);
        }
    }
}
