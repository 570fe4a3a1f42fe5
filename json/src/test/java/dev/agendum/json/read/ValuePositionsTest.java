package dev.agendum.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;

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
            locations.noteSpelledOut("/a", TokenStarts.of(in.location()));
            assertThat(at(locations.index().get("/a"))).isEqualTo("1:7");
        }
    }

    @Test
    @DisplayName("give each event of a collection its own positions, though one set of notes serves them all")
    void reusedAcrossEvents() {
        String json = "{\"events\": [" + NESTED + ",\n  {\"x\": [1, 2], \"b\": {\"c\": \"short\"}},\n" + NESTED
                + ", {}]}";
        List<Map<String, String>> noted = notedPerEvent(json, FACTORY::createParser);
        assertThat(noted).hasSize(4);
        for (int event = 0; event < noted.size(); event++) {
            String pointer = "/events/" + event;
            assertThat(noted.get(event)).as(pointer).isEqualTo(jacksons(json, pointer, token -> true));
        }
        // The second event is shorter than the first: nothing of the first may be left in its notes.
        assertThat(noted.get(1)).containsOnlyKeys("/events/1", "/events/1/x", "/events/1/x/0", "/events/1/x/1",
                "/events/1/b", "/events/1/b/c");
        assertThat(noted.get(3)).containsOnlyKeys("/events/3");
    }

    @Test
    @DisplayName("give the same positions when the parser must be asked for location objects")
    void otherParser() {
        String json = "{\"events\": [" + NESTED + ", " + NESTED + "]}";
        assertThat(notedPerEvent(json, text -> new JsonParserDelegate(FACTORY.createParser(text))))
                .isEqualTo(notedPerEvent(json, FACTORY::createParser))
                .element(1).isEqualTo(jacksons(json, "/events/1", token -> true));
    }

    @Test
    @DisplayName("keep their arrays from event to event, but let go of those a huge event grew")
    void boundedReuse() {
        String huge = "[" + "1,".repeat(ValuePositions.MAX_KEPT) + "1]";
        String json = "{\"events\": [" + NESTED + ", " + NESTED + ", " + huge + ", " + NESTED + "]}";
        List<Integer> capacities = new ArrayList<>();
        List<ValuePositions> instances = new ArrayList<>();
        List<Map<String, String>> noted = notedPerEvent(json, FACTORY::createParser, locations -> {
            capacities.add(locations.capacity());
            instances.add(locations);
        });
        assertThat(instances).hasSize(4).allSatisfy(notes -> assertThat(notes).isSameAs(instances.get(0)));
        assertThat(capacities.get(0)).isEqualTo(capacities.get(1));
        assertThat(capacities.get(2)).isGreaterThan(ValuePositions.MAX_KEPT);
        assertThat(capacities.get(3)).isEqualTo(capacities.get(0));
        assertThat(noted.get(2)).hasSize(ValuePositions.MAX_KEPT + 2);
        assertThat(noted.get(3)).isEqualTo(jacksons(json, "/events/3", token -> true));
    }

    /** Notes every value of each event of a collection, one notePositions() per event as a validating read does. */
    private static List<Map<String, String>> notedPerEvent(String json, Function<String, JsonParser> open) {
        return notedPerEvent(json, open, locations -> { });
    }

    private static List<Map<String, String>> notedPerEvent(String json, Function<String, JsonParser> open,
            Consumer<ValuePositions> eachEvent) {
        // eachEvent sees each event's notes when the event is read, before the next event reuses them.
        List<Map<String, String>> events = new ArrayList<>();
        try (JsonParser parser = open.apply(json)) {
            JsonInput in = new JsonInput(parser, ReadLimits.DEFAULTS, ReadContext.PLAIN);
            ValuePositions locations = null;
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                if (!isValue(token)) {
                    continue;
                }
                String pointer = in.pointer();
                if (pointer.matches("/events/\\d+")) {
                    if (locations != null) {
                        events.add(spell(locations));
                        eachEvent.accept(locations);
                    }
                    locations = in.notePositions();
                } else if (locations != null) {
                    in.remember();
                }
            }
            events.add(spell(locations));
            eachEvent.accept(locations);
        }
        return events;
    }

    private static Map<String, String> spell(ValuePositions locations) {
        Map<String, String> spelled = new TreeMap<>();
        locations.index().forEach((pointer, location) -> spelled.put(pointer, at(location)));
        return spelled;
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
