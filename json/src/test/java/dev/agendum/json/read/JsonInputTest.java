package dev.agendum.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

@DisplayName("The reading cursor")
class JsonInputTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    @ParameterizedTest(name = "names every token of {0} as Jackson's own pointer does")
    @ValueSource(strings = {
        "{}", "[]", "5", "\"text\"",
        "{\"a\": 1, \"b\": {\"c\": [1, {\"d\": null}, [], [[2]]]}, \"e\": {}}",
        "[{\"a\": [true, false]}, {\"b\": {\"c\": {}}}, 3]",
        "{\"a/b\": {\"~c\": [\"x\"]}, \"~/~1\": 0, \"\": {\"\": 1}}",
        "{\"ü\": {\"日本\": [1, 2]}}"
    })
    void pointersAsJackson(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonInput in = new JsonInput(parser, ReadLimits.DEFAULTS, ReadContext.PLAIN);
            List<String> ours = new ArrayList<>();
            List<String> jacksons = new ArrayList<>();
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                ours.add(token + " " + in.pointer());
                jacksons.add(token + " " + parser.streamReadContext().pathAsPointer());
            }
            assertThat(ours).isNotEmpty().isEqualTo(jacksons);
        }
    }

    @ParameterizedTest(name = "escapes {0} in a pointer as RFC 6901 says")
    @ValueSource(strings = {"a/b", "~c", "~1", "/~"})
    void escapes(String name) {
        try (JsonParser parser = FACTORY.createParser("{\"" + name + "\": 1}")) {
            JsonInput in = new JsonInput(parser, ReadLimits.DEFAULTS, ReadContext.PLAIN);
            in.nextToken();
            in.nextToken();
            in.nextToken();
            assertThat(in.pointer()).isEqualTo("/" + name.replace("~", "~0").replace("/", "~1"));
        }
    }
}
