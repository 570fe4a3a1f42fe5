package dev.agendum.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

@DisplayName("The notes of where an event's values start")
class ValuePositionsTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String NESTED = "{\"a\": 1, \"b\": {\"c\": [1, {\"d\": \"x\"}, [], [[2, {\"e\": 3}]]]},"
            + "\n \"f\": {\"g\": {\"h\": [true]}}, \"i\": [{\"j\": 1}, {\"j\": 2}]}";

    @ParameterizedTest(name = "spell every pointer of {0} as Jackson does, at the value's line and column")
    @ValueSource(strings = {
        "{}", "[]", "5", NESTED,
        "[{\"a\": [true, false]}, {\"b\": {\"c\": {}}}, 3]",
        "{\"a/b\": {\"~c\": [\"x\"]}, \"~/~1\": 0, \"\": {\"\": {\"\": 1}}}",
        "{\"ü\": {\"日本\": [1, 2]}}"
    })
    void everyValueNoted(String json) {
        assertThat(noted(json, "", token -> true)).isEqualTo(jacksons(json, "", token -> true));
    }

    @Test
    @DisplayName("start at an event inside a document, as a collection is read")
    void eventInsideDocument() {
        String json = "{\"format\": \"x\", \"events\": [{\"a\": 1}, " + NESTED + "]}";
        Map<String, String> noted = noted(json, "/events/1", token -> true);
        assertThat(noted).isEqualTo(jacksons(json, "/events/1", token -> true)).containsKeys("/events/1",
                "/events/1/b/c/3/0/1/e", "/events/1/i/1/j").doesNotContainKeys("/events/0", "/events/0/a");
    }

    @Test
    @DisplayName("spell a pointer out at once where a value holding it was not noted")
    void holdersNotNoted() {
        // Only scalars are noted, so no value below the event has a noted holder.
        Predicate<JsonToken> scalars = JsonToken::isScalarValue;
        assertThat(noted(NESTED, "", scalars)).isEqualTo(jacksons(NESTED, "", scalars))
                .containsKeys("/b/c/3/0/1/e", "/i/0/j", "/i/1/j");
    }

    @Test
    @DisplayName("keep the first note where a pointer is noted twice")
    void firstNoteCounts() {
        try (JsonParser parser = FACTORY.createParser("{\"a\": [1,\n 2]}")) {
            JsonInput in = new JsonInput(parser, ReadLimits.DEFAULTS, ReadContext.PLAIN);
            in.nextToken();
            ValuePositions locations = in.notePositions();
            in.nextToken();
            in.nextToken();
            in.remember();
            in.nextToken();
            in.nextToken();
            locations.noteSpelledOut("/a", in.location());
            assertThat(at(locations.index().get("/a"))).isEqualTo("1:7");
        }
    }

    /** Notes the chosen value tokens from {@code start} on, as a validating read does, and spells them out. */
    private static Map<String, String> noted(String json, String start, Predicate<JsonToken> chosen) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonInput in = new JsonInput(parser, ReadLimits.DEFAULTS, ReadContext.PLAIN);
            ValuePositions locations = null;
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (!isValue(token)) {
                    continue;
                }
                if (locations == null && in.pointer().equals(start)) {
                    locations = in.notePositions();
                } else if (locations != null && chosen.test(token)) {
                    in.remember();
                }
            }
            Map<String, String> spelled = new LinkedHashMap<>();
            locations.index().forEach((pointer, location) -> spelled.put(pointer, at(location)));
            return spelled;
        }
    }

    /** What Jackson's own pointers and locations give for the same tokens. */
    private static Map<String, String> jacksons(String json, String start, Predicate<JsonToken> chosen) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            Map<String, String> expected = new LinkedHashMap<>();
            boolean noting = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (!isValue(token)) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (!noting && pointer.equals(start) || noting && chosen.test(token) && pointer.startsWith(start)) {
                    expected.putIfAbsent(pointer, at(parser.currentTokenLocation()));
                    noting = true;
                }
            }
            return expected;
        }
    }

    private static boolean isValue(JsonToken token) {
        return token.isScalarValue() || token.isStructStart();
    }

    private static String at(TokenStreamLocation location) {
        return location.getLineNr() + ":" + location.getColumnNr();
    }
}
