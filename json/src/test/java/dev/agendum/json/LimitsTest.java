package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Person;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Bounded reading: every limit accepts N and refuses N+1")
class LimitsTest {

    private static final String MINIMAL = TestDocuments.MINIMAL;

    private static AgendumJson limited(UnaryOperator<AgendumJson.Builder> limit) {
        return limit.apply(AgendumJson.builder()).build();
    }

    private static Problem problemOf(AgendumJson json, String document) {
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> json.readEvents(document));
        assertThat(e).as("reading should fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    @DisplayName("the documented defaults")
    void defaults() {
        assertThat(AgendumJson.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(32L * 1024 * 1024);
        assertThat(AgendumJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(100_000);
        assertThat(AgendumJson.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(64);
        assertThat(AgendumJson.DEFAULT_MAX_TOKEN_COUNT).isEqualTo(5_000_000L);
        assertThat(AgendumJson.DEFAULT_MAX_NUMBER_LENGTH).isEqualTo(20);
        assertThat(AgendumJson.DEFAULT_MAX_EVENTS).isEqualTo(10_000);
        assertThat(AgendumJson.DEFAULT_MAX_ITEMS_PER_EVENT).isEqualTo(1_000);
        assertThat(AgendumJson.DEFAULT_MAX_PEOPLE_PER_EVENT).isEqualTo(2_000);
        assertThat(AgendumJson.DEFAULT_MAX_LIST_LENGTH).isEqualTo(1_000);
    }

    @Test
    @DisplayName("a limit below 1 is refused when building")
    void limitBelowOne() {
        assertThatThrownBy(() -> AgendumJson.builder().maxEvents(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxEvents must be at least 1, got 0");
    }

    @Test
    @DisplayName("document length, in bytes of a stream")
    void documentLength() {
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
        AgendumJson json = limited(b -> b.maxDocumentLength(bytes.length));
        assertThat(json.readEvent(new java.io.ByteArrayInputStream(bytes))).isEqualTo(TestEvents.minimal());
        byte[] longer = (MINIMAL + " ").getBytes(StandardCharsets.UTF_8);
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class,
                () -> json.readEvent(new java.io.ByteArrayInputStream(longer)));
        assertThat(e.problems().get(0).message()).isEqualTo("the document is longer than the " + bytes.length
                + " bytes (characters, for text) allowed");
    }

    @Test
    @DisplayName("string length")
    void stringLength() {
        String title = "x".repeat(50);
        String document = MINIMAL.replace("\"Lezing\"", "\"" + title + "\"");
        assertThat(limited(b -> b.maxStringLength(50)).readEvent(document).title().text()).isEqualTo(title);
        Problem problem = problemOf(limited(b -> b.maxStringLength(49)), document);
        assertThat(problem.message()).isEqualTo("a string is longer than the 49 characters allowed");
        assertThat(problem.pointer()).isEqualTo("/event/title/nl");
    }

    @Test
    @DisplayName("nesting depth (the minimal document nests three deep)")
    void nestingDepth() {
        assertThat(limited(b -> b.maxNestingDepth(3)).readEvent(MINIMAL)).isEqualTo(TestEvents.minimal());
        assertThat(problemOf(limited(b -> b.maxNestingDepth(2)), MINIMAL).message())
                .isEqualTo("objects and lists are nested deeper than the 2 levels allowed");
    }

    @Test
    @DisplayName("token count")
    void tokenCount() {
        long tokens = countTokens(MINIMAL);
        assertThat(limited(b -> b.maxTokenCount(tokens)).readEvent(MINIMAL)).isEqualTo(TestEvents.minimal());
        assertThat(problemOf(limited(b -> b.maxTokenCount(tokens - 1)), MINIMAL).message())
                .isEqualTo("the document has more than the " + (tokens - 1) + " tokens allowed");
    }

    @Test
    @DisplayName("number length")
    void numberLength() {
        String document = MINIMAL.replace("\"number\": 0", "\"number\": 1234567");
        assertThat(limited(b -> b.maxNumberLength(7)).readEvent(document).revision().number()).isEqualTo(1234567);
        assertThat(problemOf(limited(b -> b.maxNumberLength(6)), document).message())
                .isEqualTo("a number is longer than the 6 characters allowed");
    }

    @Test
    @DisplayName("events per collection, at the first event too many")
    void events() {
        AgendumJson json = limited(b -> b.maxEvents(3));
        String three = AgendumJson.create().writeEvents(Collections.nCopies(3, TestEvents.minimal()));
        assertThat(json.readEvents(three)).hasSize(3);
        String four = AgendumJson.create().writeEvents(Collections.nCopies(4, TestEvents.minimal()));
        Problem problem = problemOf(json, four);
        assertThat(problem.pointer()).isEqualTo("/events/3");
        assertThat(problem.message()).isEqualTo("too many events: at most 3 are allowed");
    }

    @Test
    @DisplayName("programme items per event, counting children")
    void itemsPerEvent() {
        AgendumJson json = limited(b -> b.maxItemsPerEvent(4));
        assertThat(json.readEvent(AgendumJson.create().writeEvent(withItems(2)))).isEqualTo(withItems(2));
        Problem problem = problemOf(json, AgendumJson.create().writeEvent(withItems(3)));
        assertThat(problem.pointer()).isEqualTo("/event/programme/items/2");
        assertThat(problem.message()).isEqualTo("too many programme items in one event: at most 4 are allowed");
    }

    @Test
    @DisplayName("the item count starts afresh for each event of a collection")
    void itemsCountPerEvent() {
        AgendumJson json = limited(b -> b.maxItemsPerEvent(4));
        List<Event> events = List.of(withItems(2), withItems(2));
        assertThat(json.readEvents(AgendumJson.create().writeEvents(events))).isEqualTo(events);
    }

    @Test
    @DisplayName("people per event")
    void peoplePerEvent() {
        AgendumJson json = limited(b -> b.maxPeoplePerEvent(5));
        assertThat(json.readEvent(AgendumJson.create().writeEvent(withPeople(5)))).isEqualTo(withPeople(5));
        Problem problem = problemOf(json, AgendumJson.create().writeEvent(withPeople(6)));
        assertThat(problem.pointer()).isEqualTo("/event/people/5");
        assertThat(problem.message()).isEqualTo("too many people: at most 5 are allowed");
    }

    @Test
    @DisplayName("any other list, and the languages of one text")
    void listLength() {
        AgendumJson json = limited(b -> b.maxListLength(2));
        Event two = TestEvents.minimal().toBuilder().organiser(TestEvents.VB, TestEvents.NSOB).build();
        assertThat(json.readEvent(AgendumJson.create().writeEvent(two))).isEqualTo(two);
        Event three = two.toBuilder().organiser(TestEvents.NIJMEGEN).build();
        Problem problem = problemOf(json, AgendumJson.create().writeEvent(three));
        assertThat(problem).extracting(Problem::pointer, Problem::message)
                .containsExactly("/event/organisers/2", "too many organisers: at most 2 are allowed");
        String languages = MINIMAL.replace("{\"nl\": \"Lezing\"}", "{\"nl\": \"Lezing\", \"en\": \"Talk\", \"de\": \"Vortrag\"}");
        assertThat(problemOf(json, languages)).extracting(Problem::pointer, Problem::message)
                .containsExactly("/event/title/de", "too many languages: at most 2 are allowed");
    }

    @Test
    @DisplayName("an endless stream is cut off at the document length, having read little more than the limit")
    void endlessStream() {
        int limit = 200_000;
        CountingEndlessStream in = new CountingEndlessStream("{\"format\": \"agendum/1\", \"events\": [");
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class,
                () -> limited(b -> b.maxDocumentLength(limit)).readEvents(in));
        assertThat(e.problems().get(0).message()).startsWith("the document is longer than the 200000 bytes");
        assertThat(in.served).isLessThan(limit + 64 * 1024);
    }

    @Test
    @DisplayName("an endless string is cut off at the string length")
    void endlessString() {
        CountingEndlessStream in = new CountingEndlessStream("{\"format\": \"agendum/1\", \"event\": {\"id\": \"", 'a');
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> AgendumJson.create().readEvent(in));
        assertThat(e.problems().get(0).message()).isEqualTo("a string is longer than the 100000 characters allowed");
        assertThat(in.served).isLessThan(1_000_000);
    }

    private static Event withItems(int panels) {
        ProgrammeItem[] items = IntStream.range(0, panels).mapToObj(i -> ProgrammeItem.builder("p" + i,
                        TestEvents.at("20:00"), ItemKind.PANEL, TestEvents.nl("Panel")).track("t" + i)
                .child(ProgrammeItem.builder("q" + i, TestEvents.at("20:30"), ItemKind.QUESTIONS, TestEvents.nl("Vragen"))
                        .build()).build()).toArray(ProgrammeItem[]::new);
        return TestEvents.minimal().toBuilder().programme(Programme.of(items)).build();
    }

    private static Event withPeople(int count) {
        Person[] people = IntStream.range(0, count).mapToObj(i -> Person.of("p" + i, "Person " + i))
                .toArray(Person[]::new);
        return TestEvents.minimal().toBuilder().person(people).build();
    }

    private static long countTokens(String json) {
        long count = 0;
        try (JsonParser parser = JsonMapper.shared().createParser(json)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    /** Serves a prefix, then one byte over and over, counting what it served. */
    private static final class CountingEndlessStream extends InputStream {
        private final byte[] prefix;
        private final int filler;
        private long served;

        CountingEndlessStream(String prefix) {
            this(prefix, ' ');
        }

        CountingEndlessStream(String prefix, char filler) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.filler = filler;
        }

        @Override
        public int read() {
            return served < prefix.length ? prefix[(int) served++] : fill();
        }

        private int fill() {
            served++;
            return filler;
        }
    }
}
