package dev.agendum.json;

import static dev.agendum.json.TestDocuments.MINIMAL;
import static dev.agendum.json.TestDocuments.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.model.Event;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;

@DisplayName("Strict reading")
class StrictReadingTest {

    private static final AgendumJson JSON = AgendumJson.create();

    static String replace(String target, String replacement) {
        assertThat(MINIMAL).contains(target);
        return MINIMAL.replace(target, replacement);
    }

    @Test
    @DisplayName("the minimal document reads as the minimal event")
    void minimalDocumentReads() {
        assertThat(JSON.readEvent(MINIMAL)).isEqualTo(TestEvents.minimal());
    }

    @Nested
    @DisplayName("refuses fields")
    class Fields {

        @Test
        @DisplayName("that are unknown, suggesting a close known name, at the field's line and column")
        void unknownField() {
            Problem problem = problemOf(replace("\"title\"", "\"titel\""));
            assertThat(problem).isEqualTo(new Problem("/event/titel", 4, 3, "unknown field 'titel' (did you mean 'title'?)"));
        }

        @Test
        @DisplayName("that are repeated")
        void duplicateField() {
            Problem problem = problemOf(replace("\"end\": \"2021-03-26T21:00\",",
                    "\"start\": \"2021-03-26T20:00\", \"end\": \"2021-03-26T21:00\","));
            assertThat(problem.pointer()).isEqualTo("/event/start");
            assertThat(problem.message()).isEqualTo("duplicate field 'start'");
            assertThat(problem.line()).isEqualTo(7);
        }

        @Test
        @DisplayName("named @class, so no document can choose a Java type")
        void classField() {
            Problem problem = problemOf(replace("\"id\": \"minimal\",",
                    "\"@class\": \"java.lang.ProcessBuilder\", \"id\": \"minimal\","));
            assertThat(problem.pointer()).isEqualTo("/event/@class");
            assertThat(problem.message()).isEqualTo("'@class' is not allowed: the format has no type or JSON-LD keywords");
        }

        @Test
        @DisplayName("named @class at the document level")
        void classFieldInEnvelope() {
            Problem problem = problemOf(MINIMAL.strip().replaceFirst("}}$", "}, \"@class\": \"x\"}"));
            assertThat(problem.pointer()).isEqualTo("/@class");
            assertThat(problem.message()).isEqualTo("'@class' is not allowed");
        }

        @Test
        @DisplayName("that are required but missing, at the object that lacks them")
        void missingField() {
            Problem problem = problemOf(replace("\"zone\": \"Europe/Amsterdam\",\n", ""));
            assertThat(problem).isEqualTo(new Problem("/event", 1, 34, "missing required field 'zone'"));
        }

        @Test
        @DisplayName("that are required but missing, at a list element nested deep in the event")
        void missingFieldInListElement() {
            Problem problem = problemOf(replace("\"status\": \"scheduled\",", """
                    "status": "scheduled",
                    "people": [{"id": "a", "name": "A"}, {"id": "b"}],"""));
            assertThat(problem.pointer()).isEqualTo("/event/people/1");
            assertThat(problem.message()).isEqualTo("missing required field 'name'");
        }

        @Test
        @DisplayName("that the model refuses, at the object the model refused")
        void refusedByModel() {
            Problem problem = problemOf(replace("\"status\": \"scheduled\",", """
                    "status": "scheduled",
                    "registration": {"required": true, "channels": [{"type": "web", "address": "https://x.nl/"},
                      {"type": "email"}]},"""));
            assertThat(problem.pointer()).isEqualTo("/event/registration/channels/1");
            assertThat(problem.message()).isEqualTo("a channel of type 'email' needs an address");
        }
    }

    @Nested
    @DisplayName("refuses values")
    class Values {

        @Test
        @DisplayName("that are null, even for an optional field")
        void nullValue() {
            Problem problem = problemOf(replace("\"title\":", "\"description\": null, \"title\":"));
            assertThat(problem).isEqualTo(new Problem("/event/description", 4, 18,
                    "null is not allowed: leave out a field that has no value"));
        }

        @Test
        @DisplayName("that are null inside a list")
        void nullInList() {
            Problem problem = problemOf(replace("\"title\":", "\"people\": [null], \"title\":"));
            assertThat(problem.pointer()).isEqualTo("/event/people/0");
            assertThat(problem.message()).isEqualTo("null is not allowed in a list");
        }

        @ParameterizedTest(name = "{0} -> {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"title\": {\"nl\": \"Lezing\"}|\"title\": 5|/event/title|expected an object, found a number",
            "\"allDay\": false|\"allDay\": \"no\"|/event/allDay|expected true or false, found a string",
            "\"number\": 0|\"number\": 1.5|/event/revision/number|expected a whole number from 0 to 2147483647, found 1.5",
            "\"number\": 0|\"number\": -1|/event/revision/number|expected a whole number from 0 to 2147483647, found -1",
            "\"id\": \"minimal\"|\"id\": [\"minimal\"]|/event/id|expected a string, found a list",
            "\"id\": \"minimal\"|\"id\": \"  \"|/event/id|must not be blank",
            "\"in-person\"|\"virtual\"|/event/attendanceMode|'virtual' is not one of: in-person, online, hybrid",
            "\"scheduled\"|\"SCHEDULED\"|/event/status|'SCHEDULED' is not one of: scheduled, cancelled, postponed, rescheduled, moved-online",
            "\"Europe/Amsterdam\"|\"+01:00\"|/event/zone|expected an IANA time zone such as \"Europe/Amsterdam\", found '+01:00'",
            "\"language\": \"nl\"|\"language\": \"nl_NL\"|/event/language|expected a language tag such as \"nl\" or \"en-GB\", found 'nl_NL'",
            "\"2021-03-26T20:00\"|\"2021-03-26T20:00+01:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-03-26T20:00+01:00'",
            "\"2021-03-26T20:00\"|\"2023-02-29T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2023-02-29T20:00'",
            "\"2021-03-26T20:00\"|\"1900-02-29T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '1900-02-29T20:00'",
            "\"2021-03-26T20:00\"|\"2021-04-31T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-04-31T20:00'",
            "\"2021-03-26T20:00\"|\"2021-03-26T25:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-03-26T25:00'",
            "\"Europe/Amsterdam\"|\"Europe/Amsterdamm\"|/event/zone|expected an IANA time zone such as \"Europe/Amsterdam\", found 'Europe/Amsterdamm'",
            "\"2021-03-26T20:00\"|\"2021-03-26T20:00:60\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-03-26T20:00:60'",
            "\"2021-03-26T20:00\"|\"+10000-03-26T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '+10000-03-26T20:00'",
            "\"2021-03-26T20:00\"|\"0000-03-26T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '0000-03-26T20:00'",
            "\"2021-03-26T20:00\"|\"-0001-03-26T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '-0001-03-26T20:00'",
            "\"2021-03-26T20:00\"|\"2021-03-26T20:00:00.1234567891\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-03-26T20:00:00.1234567891'",
            "\"2021-03-01T08:00:00Z\"|\"+10000-03-01T08:00:00Z\"|/event/revision/published|expected a UTC time such as \"2020-12-01T09:00:00Z\", found '+10000-03-01T08:00:00Z'",
            "\"2021-03-01T08:00:00Z\"|\"2021-03-01T08:00Z\"|/event/revision/published|expected a UTC time such as \"2020-12-01T09:00:00Z\", found '2021-03-01T08:00Z'",
            "\"EUR\"|\"EUX\"|/event/registration/fee/currency|expected an ISO 4217 currency code such as \"EUR\", found 'EUX'",
            "\"EUR\"|\"eur\"|/event/registration/fee/currency|expected an ISO 4217 currency code such as \"EUR\", found 'eur'",
            "\"12.5\"|\"12.\"|/event/registration/fee/amount|expected an amount such as \"12.5\" or \"0\" (a string of digits, a point and digits), found '12.'",
            "\"12.5\"|\"012.5\"|/event/registration/fee/amount|expected an amount such as \"12.5\" or \"0\" (a string of digits, a point and digits), found '012.5'",
            "\"12.5\"|\"-1\"|/event/registration/fee/amount|expected an amount such as \"12.5\" or \"0\" (a string of digits, a point and digits), found '-1'",
            "\"2021-03-26T20:00\"|\"2021-02-30T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-02-30T20:00'",
            "\"2021-03-26T20:00\"|\"2021-03-26T24:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-03-26T24:00'",
            "\"2021-03-26T20:00\"|\"2021-13-26T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-13-26T20:00'",
            "\"2021-03-26T20:00\"|\"2021-3-26T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-3-26T20:00'",
            "\"2021-03-26T20:00\"|\"2021-03-26 20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-03-26 20:00'",
            "\"2021-03-26T20:00\"|\"2021-03-26T2O:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '2021-03-26T2O:00'",
            "\"2021-03-26T20:00\"|\"２021-03-26T20:00\"|/event/start|expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; years 0001-9999), found '２021-03-26T20:00'",
            "{\"nl\": \"Lezing\"}|{\"iw\": \"Lezing\"}|/event/title/iw|'iw' is not a language code such as \"nl\" or \"en\"",
            "\"2021-03-01T08:00:00Z\"|\"2021-03-01T09:00:00+01:00\"|/event/revision/published|expected a UTC time such as \"2020-12-01T09:00:00Z\", found '2021-03-01T09:00:00+01:00'",
            "{\"nl\": \"Lezing\"}|{\"nl-NL\": \"Lezing\"}|/event/title/nl-NL|'nl-NL' is not a language code such as \"nl\" or \"en\"",
            "{\"nl\": \"Lezing\"}|{}|/event/title|expected text in at least one language, such as {\"nl\": \"…\"}",
            "{\"nl\": \"Lezing\"}|{\"nl\": \" \"}|/event/title/nl|must not be blank",
        })
        void wrongValue(String target, String replacement, String pointer, String message) {
            Problem problem = problemOf(withFee(MINIMAL).replace(target, replacement));
            assertThat(problem.pointer()).isEqualTo(pointer);
            assertThat(problem.message()).isEqualTo(message);
            assertThat(problem.line()).isPositive();
        }

        @Test
        @DisplayName("that the model refuses, at the object being built")
        void modelRefusal() {
            Problem problem = problemOf(replace("\"title\":", "\"participations\": [{\"personId\": \"a\", "
                    + "\"role\": \"custom\"}], \"title\":"));
            assertThat(problem).isEqualTo(new Problem("/event/participations/0", 4, 22,
                    "a custom role, and only a custom role, has its own label"));
        }

        @Test
        @DisplayName("an event that ends before it starts, at the event")
        void endBeforeStart() {
            Problem problem = problemOf(replace("2021-03-26T21:00", "2021-03-26T19:00"));
            assertThat(problem.pointer()).isEqualTo("/event");
            assertThat(problem.message()).isEqualTo(
                    "event 'minimal' ends at 2021-03-26T19:00, before its start 2021-03-26T20:00");
        }

        @Test
        @DisplayName("a fee amount written as a number")
        void feeAmount() {
            assertThat(problemOf(withFee(MINIMAL).replace("\"12.5\"", "12.5")).message())
                    .isEqualTo("expected a string, found a number");
        }
    }

    /** Returns {@code document} with a registration that has a fee of EUR 12.5. */
    static String withFee(String document) {
        return document.replace("\"status\": \"scheduled\",", "\"status\": \"scheduled\", \"registration\": "
                + "{\"required\": false, \"approvalRequired\": false, \"fee\": {\"amount\": \"12.5\", "
                + "\"currency\": \"EUR\"}},");
    }

    @Nested
    @DisplayName("accepts equivalent forms, read to the same value")
    class EquivalentForms {

        @ParameterizedTest(name = "{0} as {1}")
        @CsvSource(delimiter = '|', value = {
            "2021-03-26T20:00|2021-03-26T20:00:00",
            "2021-03-26T20:00|2021-03-26T20:00:00.0",
            "2021-03-26T20:00|2021-03-26T20:00:00.000000000",
            "2021-03-26T20:00:30|2021-03-26T20:00:30.00",
            "2021-03-26T20:00:30.500|2021-03-26T20:00:30.5",
        })
        void localDateTimes(String canonical, String equivalent) {
            String event = MINIMAL.replace("\"2021-03-26T20:00\"", "\"" + canonical + "\"")
                    .replace("T21:00", "T22:00");
            assertThat(JSON.readEvent(event.replace(canonical, equivalent))).isEqualTo(JSON.readEvent(event));
            assertThat(JSON.writeEvent(JSON.readEvent(event.replace(canonical, equivalent))))
                    .contains("\"start\": \"" + canonical + "\"");
        }

        @ParameterizedTest(name = "leap day {0}")
        @CsvSource({"2024-02-29T20:00", "2000-02-29T20:00", "0004-02-29T20:00", "2400-02-29T20:00"})
        void leapDays(String day) {
            String event = MINIMAL.replace("\"2021-03-26T20:00\"", "\"" + day + "\"")
                    .replace("2021-03-26T21:00", day.replace("T20", "T21"));
            assertThat(JSON.readEvent(event).start()).isEqualTo(java.time.LocalDateTime.parse(day));
        }

        @ParameterizedTest(name = "12.5 as {0}")
        @CsvSource({"12.50", "12.500000", "12.5"})
        void amounts(String equivalent) {
            String document = withFee(MINIMAL);
            Event read = JSON.readEvent(document.replace("\"12.5\"", "\"" + equivalent + "\""));
            assertThat(read).isEqualTo(JSON.readEvent(document));
            assertThat(JSON.writeEvent(read)).contains("\"amount\": \"12.5\"");
        }

        @Test
        @DisplayName("a whole amount with trailing zeros as the whole number")
        void wholeAmount() {
            Event read = JSON.readEvent(withFee(MINIMAL).replace("\"12.5\"", "\"100.00\""));
            assertThat(JSON.writeEvent(read)).contains("\"amount\": \"100\"");
        }
    }

    @Nested
    @DisplayName("refuses documents")
    class Documents {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``|``|the document is empty",
            "{\"format\": \"agendum/2\", \"event\": {}}|/format|unsupported format 'agendum/2': this version reads agendum/1",
            "{\"format\": \"agenda\", \"event\": {}}|/format|expected \"agendum/1\", found 'agenda'",
            "{\"format\": \"agendum/1\"}|``|missing field 'event' (one event) or 'events' (a collection)",
            "{\"format\": \"agendum/1\", \"events\": []}|/events|this document holds a collection of events ('events'); read it as a collection",
            "[]|``|expected an object, found a list",
        })
        void wrongEnvelope(String json, String pointer, String message) {
            Problem problem = problemOf(json);
            assertThat(problem.pointer()).isEqualTo(pointer);
            assertThat(problem.message()).isEqualTo(message);
        }

        @Test
        @DisplayName("without a format marker, at the document")
        void missingFormat() {
            Problem problem = problemOf(MINIMAL.replace("\"format\": \"agendum/1\", ", ""));
            assertThat(problem).isEqualTo(new Problem("", 1, 1, "missing field \"format\": \"agendum/1\""));
        }

        @Test
        @DisplayName("with the format marker after the event, read as with the marker first")
        void formatLast() {
            String last = MINIMAL.replace("\"format\": \"agendum/1\", ", "").strip()
                    .replaceFirst("}}$", "}, \"format\": \"agendum/1\"}");
            assertThat(JSON.readEvent(last)).isEqualTo(TestEvents.minimal());
            Problem problem = problemOf(last.replace("agendum/1", "agendum/2"));
            assertThat(problem.pointer()).isEqualTo("/format");
            assertThat(problem.message()).isEqualTo("unsupported format 'agendum/2': this version reads agendum/1");
        }

        @Test
        @DisplayName("with the format marker twice")
        void formatTwice() {
            Problem problem = problemOf(MINIMAL.strip().replaceFirst("}}$", "}, \"format\": \"agendum/1\"}"));
            assertThat(problem.message()).isEqualTo("duplicate field 'format'");
        }

        @Test
        @DisplayName("that are null")
        void nullDocument() {
            AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> JSON.readEvent("null"));
            assertThat(e.problems()).containsExactly(new Problem("", 1, 1, "expected a document object, found null"));
        }

        @Test
        @DisplayName("with content after the document, well-formed or not")
        void trailingContent() {
            for (String trailing : new String[] {"{}", "x", "]", "\"more\""}) {
                Problem problem = problemOf(MINIMAL + trailing);
                assertThat(problem.pointer()).isEmpty();
                assertThat(problem.message()).isEqualTo("unexpected content after the end of the document");
                assertThat(problem.line()).isEqualTo(13);
            }
        }

        @Test
        @DisplayName("with malformed JSON: a missing comma, at its line and column")
        void missingComma() {
            Problem problem = problemOf(replace("\"minimal\",", "\"minimal\""));
            assertThat(problem.pointer()).isEqualTo("/event/id");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.message()).isEqualTo(
                    "malformed JSON: unexpected character '\"', expected a comma between fields");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"scheduled\"|scheduled|malformed JSON: unrecognised word 'scheduled' (text needs double quotes; true, false and null are lower case)",
            "false|False|malformed JSON: unrecognised word 'False' (text needs double quotes; true, false and null are lower case)",
            "\"minimal\"|'minimal'|malformed JSON: unexpected character ''', expected a value (a string in double quotes, a number, an object, a list, true, false or null)",
            "\"number\": 0|\"number\": 00|malformed JSON: not a JSON number (no leading zeros, plus signs, NaN or Infinity)",
            "\"number\": 0|\"number\": +1|malformed JSON: unexpected character '+'",
        })
        void malformedValue(String target, String replacement, String message) {
            assertThat(problemOf(replace(target, replacement)).message()).isEqualTo(message);
        }

        @Test
        @DisplayName("that end too early")
        void truncated() {
            Problem problem = problemOf(MINIMAL.substring(0, MINIMAL.indexOf("\"zone\"")));
            assertThat(problem.message()).isEqualTo("the document ends too early: an object, list or string is not closed");
        }

        @Test
        @DisplayName("with comments, which JSON does not have")
        void comments() {
            assertThat(problemOf(replace("\"id\": \"minimal\",", "// id\n\"id\": \"minimal\",")).message())
                    .isEqualTo("malformed JSON: unexpected character '/' (JSON has no comments)");
        }
    }
}
