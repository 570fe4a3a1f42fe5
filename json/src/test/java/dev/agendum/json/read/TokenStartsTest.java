package dev.agendum.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;

@DisplayName("Where the current token starts, read without a location object")
class TokenStartsTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Names, every kind of value, nesting, several lines, a tab and characters beyond ASCII before values. */
    private static final String JSON = "{\"a\": 1, \"b\": {\"c\": [1.5, {\"d\": \"x\"}, [], [[true, {\"e\": null}]]]},"
            + "\n \"f\": {\"g\": {\"h\": [false]}},\r\n\t\"ü日本\": \"éè\", \"i\": [{\"j\": -1}, {\"j\": 2e3}]\n}";

    @Test
    @DisplayName("read a text parser's fields, giving the line and column of its currentTokenLocation()")
    void textParser() {
        assertSameAsLocations(FACTORY::createParser, true);
        assertSameAsLocations(json -> FACTORY.createParser(new StringReader(json)), true);
    }

    @Test
    @DisplayName("read a byte parser's fields, giving the line and column of its currentTokenLocation()")
    void byteParser() {
        assertSameAsLocations(json -> FACTORY.createParser(json.getBytes(StandardCharsets.UTF_8)), true);
        assertSameAsLocations(json -> FACTORY.createParser(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), true);
    }

    @Test
    @DisplayName("look through Agendum's own per-event bounds to the parser they wrap")
    void throughEventBounds() {
        assertSameAsLocations(json -> new EventBounds(FACTORY.createParser(json), ReadLimits.DEFAULTS), true);
    }

    @Test
    @DisplayName("ask any other parser for its locations, as a wrapper may place tokens its own way")
    void otherParsers() {
        assertSameAsLocations(json -> new JsonParserDelegate(FACTORY.createParser(json)), false);
        Function<String, DataInput> data = json -> new DataInputStream(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertSameAsLocations(json -> FACTORY.createParser(ObjectReadContext.empty(), data.apply(json)), false);
    }

    @Test
    @DisplayName("pack and unpack any line and column, unknown (-1) ones included")
    void packing() {
        for (int[] pair : new int[][] {{1, 1}, {-1, -1}, {0, 0}, {Integer.MAX_VALUE, Integer.MIN_VALUE}, {7, -1}}) {
            long packed = TokenStarts.pack(pair[0], pair[1]);
            assertThat(new int[] {TokenStarts.line(packed), TokenStarts.column(packed)}).containsExactly(pair);
        }
        assertThat(TokenStarts.location(TokenStarts.pack(3, 14)))
                .satisfies(location -> assertThat(location.getLineNr()).isEqualTo(3))
                .satisfies(location -> assertThat(location.getColumnNr()).isEqualTo(14));
    }

    /** Every token's start, read by {@link TokenStarts} and from the parser's own location, are the same. */
    private static void assertSameAsLocations(Function<String, JsonParser> open, boolean direct) {
        List<String> read = new ArrayList<>();
        List<String> located = new ArrayList<>();
        try (JsonParser parser = open.apply(JSON)) {
            TokenStarts starts = new TokenStarts(parser);
            assertThat(starts.direct()).isEqualTo(direct);
            while (parser.nextToken() != null) {
                long start = starts.current();
                read.add(parser.currentToken() + " " + TokenStarts.line(start) + ":" + TokenStarts.column(start));
                located.add(parser.currentToken() + " " + parser.currentTokenLocation().getLineNr() + ":"
                        + parser.currentTokenLocation().getColumnNr());
            }
        }
        assertThat(read).hasSize(49).isEqualTo(located);
    }
}
