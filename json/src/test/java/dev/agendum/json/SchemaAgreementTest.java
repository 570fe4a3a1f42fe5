package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.agendum.json.schema.SchemaTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs an independent JSON Schema validator (networknt, draft 2020-12) over every sample document of the reader's
 * tests and checks that it accepts exactly what the reader accepts, but for the rules {@code FORMAT.md} lists as
 * the reader's alone.
 */
@DisplayName("The shipped schema and the reader")
class SchemaAgreementTest {

    private static final AgendumJson JSON = AgendumJson.create();
    private static final String MINIMAL = TestDocuments.MINIMAL;
    private static final Schema SCHEMA = load();

    /** Samples the reader refuses for a rule a JSON Schema cannot state, with the rule (see FORMAT.md). */
    private static final Map<String, String> READER_ONLY = Map.of(
            "end before start", "an end before its start compares two values",
            "duplicate field", "duplicate keys are gone once the validator has parsed the object",
            "trailing content", "content after the document is not part of the value validated",
            "trailing object", "content after the document is not part of the value validated",
            "trailing word", "content after the document is not part of the value validated");

    private static Schema load() {
        try (InputStream in = AgendumJson.class.getResourceAsStream(AgendumJson.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("agree on every sample, but for the documented rules only the reader checks")
    void agreeOnEverySample() {
        Map<String, String> samples = samples();
        assertThat(samples).hasSizeGreaterThan(80);
        Map<String, String> disagreements = new TreeMap<>();
        samples.forEach((name, document) -> {
            boolean reader = readerAccepts(document);
            boolean schema = schemaAccepts(document);
            if (reader != schema) {
                disagreements.put(name, (reader ? "reader accepts, schema refuses: " : "reader refuses, schema accepts: ")
                        + (schema ? "" : SCHEMA.validate(document, InputFormat.JSON)));
            }
        });
        Map<String, String> unexplained = new TreeMap<>(disagreements);
        unexplained.keySet().removeIf(name -> READER_ONLY.keySet().stream().anyMatch(name::startsWith));
        assertThat(unexplained).as("disagreements not documented as reader-only rules").isEmpty();
        assertThat(READER_ONLY.keySet()).as("documented exceptions that still occur")
                .allSatisfy(rule -> assertThat(disagreements.keySet()).anyMatch(name -> name.startsWith(rule)));
    }

    private static boolean readerAccepts(String document) {
        try {
            JSON.readEvents(document);
            return true;
        } catch (AgendumJsonException refused) {
            return false;
        }
    }

    private static boolean schemaAccepts(String document) {
        try {
            return SCHEMA.validate(document, InputFormat.JSON).isEmpty();
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Every valid and invalid document of the reader's tests, by a name saying what it holds. */
    static Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("minimal", MINIMAL);
        samples.put("every field", JSON.writeEvent(TestEvents.everyField()));
        samples.put("all day", JSON.writeEvent(TestEvents.allDay()));
        samples.put("minimal, written", JSON.writeEvent(TestEvents.minimal()));
        samples.put("collection", JSON.writeEvents(List.of(TestEvents.everyField(), TestEvents.allDay())));
        samples.put("empty collection", "{\"format\": \"agendum/1\", \"events\": []}");
        samples.put("every-field.json", resource("/dev/agendum/json/every-field.json"));
        fuzzInputs(samples);
        fromCsv(samples, "wrongValue", StrictReadingTest.Values.class,
                row -> StrictReadingTest.withFee(MINIMAL).replace(row[0], row[1]));
        fromCsv(samples, "malformedValue", StrictReadingTest.Documents.class, row -> MINIMAL.replace(row[0], row[1]));
        fromCsv(samples, "wrongEnvelope", StrictReadingTest.Documents.class, row -> row[0]);
        fromCsv(samples, "localDateTimes", StrictReadingTest.EquivalentForms.class,
                row -> MINIMAL.replace("2021-03-26T20:00\"", row[1] + "\"").replace("T21:00", "T22:00"));
        fromCsv(samples, "leapDays", StrictReadingTest.EquivalentForms.class,
                row -> MINIMAL.replace("\"2021-03-26T20:00\"", "\"" + row[0] + "\"")
                        .replace("2021-03-26T21:00", row[0].replace("T20", "T21")));
        fromCsv(samples, "amounts", StrictReadingTest.EquivalentForms.class,
                row -> StrictReadingTest.withFee(MINIMAL).replace("\"12.5\"", "\"" + row[0] + "\""));
        SchemaTest.invalidDocuments().map(Arguments::get)
                .forEach(args -> samples.put("schema test: " + args[0], (String) args[1]));
        oneOffs(samples);
        return samples;
    }

    /** The documents StrictReadingTest builds one by one. */
    private static void oneOffs(Map<String, String> samples) {
        samples.put("unknown field", MINIMAL.replace("\"title\"", "\"titel\""));
        samples.put("duplicate field", MINIMAL.replace("\"end\": \"2021-03-26T21:00\",",
                "\"start\": \"2021-03-26T20:00\", \"end\": \"2021-03-26T21:00\","));
        samples.put("@class in the event", MINIMAL.replace("\"id\": \"minimal\",",
                "\"@class\": \"java.lang.ProcessBuilder\", \"id\": \"minimal\","));
        samples.put("@class in the envelope", MINIMAL.strip().replaceFirst("}}$", "}, \"@class\": \"x\"}"));
        samples.put("missing zone", MINIMAL.replace("\"zone\": \"Europe/Amsterdam\",\n", ""));
        samples.put("missing name of a person", MINIMAL.replace("\"status\": \"scheduled\",",
                "\"status\": \"scheduled\", \"people\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\"}],"));
        samples.put("e-mail channel without address", MINIMAL.replace("\"status\": \"scheduled\",",
                "\"status\": \"scheduled\", \"registration\": {\"required\": true, \"approvalRequired\": false, "
                        + "\"channels\": [{\"type\": \"web\", \"address\": \"https://x.nl/\"}, {\"type\": \"email\"}]},"));
        samples.put("null description", MINIMAL.replace("\"title\":", "\"description\": null, \"title\":"));
        samples.put("null in a list", MINIMAL.replace("\"title\":", "\"people\": [null], \"title\":"));
        samples.put("custom role without label", MINIMAL.replace("\"title\":",
                "\"participations\": [{\"personId\": \"a\", \"role\": \"custom\"}], \"title\":"));
        samples.put("end before start", MINIMAL.replace("2021-03-26T21:00", "2021-03-26T19:00"));
        samples.put("fee as a number", StrictReadingTest.withFee(MINIMAL).replace("\"12.5\"", "12.5"));
        samples.put("trailing object", MINIMAL + "{}");
        samples.put("trailing word", MINIMAL + "x");
        samples.put("trailing content: a bracket", MINIMAL + "]");
        samples.put("trailing content: a string", MINIMAL + "\"more\"");
        samples.put("missing comma", MINIMAL.replace("\"minimal\",", "\"minimal\""));
        samples.put("truncated", MINIMAL.substring(0, MINIMAL.indexOf("\"zone\"")));
        samples.put("comment", MINIMAL.replace("\"id\": \"minimal\",", "// id\n\"id\": \"minimal\","));
        samples.put("no format", MINIMAL.replace("\"format\": \"agendum/1\", ", ""));
        samples.put("format last", MINIMAL.replace("\"format\": \"agendum/1\", ", "").strip()
                .replaceFirst("}}$", "}, \"format\": \"agendum/1\"}"));
        samples.put("null document", "null");
        samples.put("item status without previous start", MINIMAL.replace("\"title\":", "\"programme\": {\"items\": "
                + "[{\"id\": \"i\", \"start\": \"2021-03-26T20:00\", \"kind\": \"talk\", \"title\": {\"nl\": \"x\"}, "
                + "\"status\": \"cancelled\"}]}, \"title\":"));
        samples.put("previous start of an item that did not move", MINIMAL.replace("\"title\":", "\"programme\": "
                + "{\"items\": [{\"id\": \"i\", \"start\": \"2021-03-26T20:00\", \"kind\": \"talk\", \"title\": "
                + "{\"nl\": \"x\"}, \"previousStart\": \"2021-03-26T19:00\"}]}, \"title\":"));
        samples.put("channel for information", MINIMAL.replace("\"title\":", "\"registration\": {\"approvalRequired\": "
                + "false, \"channels\": [{\"type\": \"email\", \"address\": \"a@b.nl\", \"purpose\": \"information\"}]}, "
                + "\"title\":"));
        samples.put("channel of an unknown purpose", MINIMAL.replace("\"title\":", "\"registration\": "
                + "{\"approvalRequired\": false, \"channels\": [{\"type\": \"web\", \"purpose\": \"x\"}]}, \"title\":"));
    }

    private static void fuzzInputs(Map<String, String> samples) {
        Path inputs = Path.of("src/test/resources/dev/agendum/json/ReadFuzzTestInputs/readsOrRefusesWithAPointer");
        try (Stream<Path> files = Files.list(inputs)) {
            files.sorted().forEach(file -> samples.put("fuzz input " + file.getFileName(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a sample per row of the {@link CsvSource} of test method {@code method}, built by {@code document}. */
    private static void fromCsv(Map<String, String> samples, String method, Class<?> test,
            java.util.function.Function<String[], String> document) {
        Method found = Arrays.stream(test.getDeclaredMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .orElseThrow();
        CsvSource csv = found.getAnnotation(CsvSource.class);
        for (String row : csv.value()) {
            String[] cells = cells(row, csv.delimiter() == '\0' ? ',' : csv.delimiter(), csv.quoteCharacter());
            samples.put(method + ": " + String.join(" -> ", cells[0], cells.length > 1 ? cells[1] : ""),
                    document.apply(cells));
        }
    }

    private static String[] cells(String row, char delimiter, char quote) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            String stripped = cell.strip();
            cells.add(stripped.length() >= 2 && stripped.charAt(0) == quote
                    && stripped.charAt(stripped.length() - 1) == quote
                    ? stripped.substring(1, stripped.length() - 1) : stripped);
        }
        return cells.toArray(String[]::new);
    }

}
