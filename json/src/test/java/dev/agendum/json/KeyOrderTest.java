package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Meaning independent of key order")
class KeyOrderTest {

    private static final AgendumJson JSON = AgendumJson.create();
    private static final JsonMapper TREES = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int SHUFFLES = 12;

    /** An event whose title defaults to English although the event is Dutch, so the document must say so. */
    static Event englishTitleOnDutchEvent() {
        Event minimal = TestEvents.minimal();
        return new Event(minimal.id(), minimal.language(),
                LocalizedText.of(Locale.ENGLISH, "Lecture").with(Locale.forLanguageTag("nl"), "Lezing")
                        .with(Locale.GERMAN, "Vortrag"),
                minimal.description(), minimal.zone(), minimal.start(), minimal.end(), minimal.allDay(),
                minimal.attendanceMode(), minimal.venue(), minimal.online(), minimal.status(), minimal.previousStart(),
                minimal.organisers(), minimal.people(), minimal.participations(), minimal.programme(),
                minimal.registration(), minimal.contacts(), minimal.links(), minimal.image(),
                List.of(LocalizedText.of(Locale.ENGLISH, "Talks").with(Locale.GERMAN, "Vorträge")),
                minimal.revision());
    }

    @Nested
    @DisplayName("shuffled keys (seeded random, every object of every sample)")
    class Shuffled {

        @Test
        @DisplayName("read to an equal event, or fail with the same problems")
        void sameMeaning() {
            Map<String, String> samples = SchemaAgreementTest.samples();
            samples.put("english title on a dutch event", JSON.writeEvent(englishTitleOnDutchEvent()));
            int compared = 0;
            for (Map.Entry<String, String> sample : samples.entrySet()) {
                JsonNode tree = tree(sample.getValue());
                if (tree == null) {
                    continue;
                }
                String inOrder = TREES.writeValueAsString(tree);
                Object expected = outcome(inOrder);
                for (int seed = 0; seed < SHUFFLES; seed++) {
                    String shuffled = TREES.writeValueAsString(shuffle(tree.deepCopy(), new Random(seed)));
                    assertThat(outcome(shuffled)).as(sample.getKey() + ", seed " + seed + ":\n" + shuffled)
                            .isEqualTo(expected);
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(80 * SHUFFLES);
        }
    }

    @Nested
    @DisplayName("the default language of a text")
    class DefaultLanguage {

        @Test
        @DisplayName("is the event's language, whatever the order of the text's keys")
        void eventLanguage() {
            String document = TestDocuments.MINIMAL.replace("{\"nl\": \"Lezing\"}",
                    "{\"en\": \"Lecture\", \"nl\": \"Lezing\"}");
            assertThat(JSON.readEvent(document).title().defaultLanguage()).isEqualTo(Locale.forLanguageTag("nl"));
            assertThat(compact(JSON.writeEvent(JSON.readEvent(document)))).contains("{\"nl\":\"Lezing\",\"en\":\"Lecture\"}");
        }

        @Test
        @DisplayName("is the event's language also when the text comes before the event's language")
        void textBeforeLanguage() {
            String document = TestDocuments.MINIMAL.replace("\"language\": \"nl\",\n", "")
                    .replace("{\"nl\": \"Lezing\"}", "{\"en\": \"Lecture\", \"nl\": \"Lezing\"}")
                    .replace("\"revision\":", "\"language\": \"nl\", \"revision\":");
            assertThat(JSON.readEvent(document).title().defaultLanguage()).isEqualTo(Locale.forLanguageTag("nl"));
        }

        @Test
        @DisplayName("is stated by \"default\" where it is neither the event's language nor the only one")
        void stated() {
            Event event = englishTitleOnDutchEvent();
            String written = JSON.writeEvent(event);
            assertThat(compact(written)).contains("\"title\":{\"en\":\"Lecture\",\"de\":\"Vortrag\",\"nl\":\"Lezing\","
                    + "\"default\":\"en\"}").contains("\"default\":\"en\"}]");
            assertThat(JSON.readEvent(written)).isEqualTo(event);
        }

        @Test
        @DisplayName("must be stated for a text in several languages without the event's, wherever the language is")
        void mustBeStated() {
            String text = "{\"en\": \"Lecture\", \"de\": \"Vortrag\"}";
            String languageFirst = TestDocuments.MINIMAL.replace("{\"nl\": \"Lezing\"}", text);
            String languageLast = languageFirst.replace("\"language\": \"nl\",\n", "")
                    .replace("\"revision\":", "\"language\": \"nl\", \"revision\":");
            for (String document : List.of(languageFirst, languageLast)) {
                Problem problem = TestDocuments.problemOf(document);
                assertThat(problem.pointer()).isEqualTo("/event/title");
                assertThat(problem.line()).isEqualTo(document == languageFirst ? 4 : 3);
                assertThat(problem.message()).isEqualTo("a text in several languages without the event's language "
                        + "'nl' must name its default: \"default\": one of its languages");
            }
        }

        @Test
        @DisplayName("stated, must be one of the text's languages")
        void statedMustBePresent() {
            Problem problem = TestDocuments.problemOf(TestDocuments.MINIMAL.replace("{\"nl\": \"Lezing\"}",
                    "{\"nl\": \"Lezing\", \"default\": \"en\"}"));
            assertThat(problem.pointer()).isEqualTo("/event/title/default");
            assertThat(problem.message()).isEqualTo("the default language 'en' has no text here");
        }
    }

    private static String compact(String document) {
        return document.replaceAll("\\s+", "");
    }

    /** Returns the events read, or the problems' pointers and messages (lines and columns move with the keys). */
    private static Object outcome(String document) {
        AgendumJsonException refused = catchThrowableOfType(AgendumJsonException.class,
                () -> JSON.readEvents(document));
        if (refused == null) {
            return JSON.readEvents(document);
        }
        List<String> problems = new ArrayList<>();
        refused.problems().forEach(p -> problems.add(p.pointer() + ": " + p.message()));
        return problems;
    }

    /** Parses a sample as a tree, or returns null for one that is not a single well-formed JSON value. */
    private static JsonNode tree(String document) {
        try {
            return TREES.readTree(document);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            Collections.shuffle(entries, random);
            object.removeAll();
            entries.forEach(e -> object.set(e.getKey(), shuffle(e.getValue(), random)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shuffle(array.get(i), random));
            }
        }
        return node;
    }
}
