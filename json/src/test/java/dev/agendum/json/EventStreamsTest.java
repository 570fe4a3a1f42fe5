package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.RoleType;
import dev.agendum.validation.EventValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Event streams")
class EventStreamsTest {

    private static final EventValidator VALIDATOR = EventValidator.create();
    private static final AgendumJson PLAIN = AgendumJson.create();
    private static final EventStreams STREAMS = AgendumJson.builder().buildStreams();
    private static final EventStreams VALIDATING = STREAMS.withValidation(VALIDATOR, Locale.ENGLISH);

    /** Events with every field, told apart by their ids. */
    private static List<Event> events(int count) {
        Event model = TestEvents.everyField();
        String text = PLAIN.writeEvent(model);
        return IntStream.range(0, count).mapToObj(i -> PLAIN.readEvent(
                text.replace("\"id\": \"" + model.id() + "\"", "\"id\": \"event-" + i + "\""))).toList();
    }

    private static List<Event> readAll(EventStreams streams, String document) {
        List<Event> read = new ArrayList<>();
        try (EventStreamReader reader = streams.read(input(document))) {
            reader.forEachRemaining(read::add);
        }
        return read;
    }

    private static ByteArrayInputStream input(String document) {
        return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(Runnable read) {
        return catchThrowableOfType(AgendumJsonException.class, read::run).problems();
    }

    @Nested
    @DisplayName("read")
    class Reading {

        @Test
        @DisplayName("a collection event by event, equal to the whole-document read")
        void collection() {
            String document = PLAIN.writeEvents(events(3));
            assertThat(readAll(STREAMS, document)).isEqualTo(PLAIN.readEvents(document));
        }

        @Test
        @DisplayName("a single-event document as a collection of one, and an empty collection as none")
        void singleAndEmpty() {
            assertThat(readAll(STREAMS, PLAIN.writeEvent(TestEvents.minimal()))).containsExactly(TestEvents.minimal());
            assertThat(readAll(STREAMS, PLAIN.writeEvents(List.of()))).isEmpty();
        }

        @Test
        @DisplayName("refuse what the whole-document read refuses, with the same problem")
        void sameRefusals() {
            String valid = PLAIN.writeEvents(events(2));
            for (String document : List.of(valid.replace("\"title\"", "\"titel\""),
                    valid.replace("agendum/1", "agendum/2"), valid + "{}", valid.substring(0, valid.length() / 2),
                    valid.replace("\"events\": [", "\"events\": [null, "), "{\"events\": []}")) {
                assertThat(problems(() -> readAll(STREAMS, document)))
                        .isEqualTo(problems(() -> PLAIN.readEvents(document)));
            }
        }

        @Test
        @DisplayName("end with NoSuchElementException after the last event")
        void end() {
            try (EventStreamReader reader = STREAMS.read(input(PLAIN.writeEvent(TestEvents.minimal())))) {
                reader.next();
                assertThat(reader.hasNext()).isFalse();
                assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
                assertThat(reader.eventsRead()).isEqualTo(1);
            }
        }
    }

    @Nested
    @DisplayName("bound each event, not the collection")
    class Limits {

        @Test
        @DisplayName("a collection longer than the document limit, with more tokens and events, streams whole")
        void longCollection() {
            String document = PLAIN.writeEvents(events(12));
            AgendumJson.Builder small = AgendumJson.builder().maxDocumentLength(document.length() / 4)
                    .maxTokenCount(document.length() / 20).maxEvents(10);
            assertThat(problems(() -> small.build().readEvents(document))).isNotEmpty();
            assertThat(readAll(small.buildStreams(), document)).isEqualTo(events(12));
        }

        @Test
        @DisplayName("an event over the token or length limit is refused with its pointer")
        void bigEvent() {
            String document = PLAIN.writeEvents(events(3));
            int eventLength = PLAIN.writeEvent(events(1).get(0)).length();
            assertThat(problems(() -> readAll(AgendumJson.builder().maxTokenCount(50).buildStreams(), document)))
                    .singleElement().satisfies(p -> {
                        assertThat(p.message()).isEqualTo("the event has more than the 50 tokens allowed");
                        assertThat(p.pointer()).startsWith("/events/0/");
                    });
            assertThat(problems(() -> readAll(AgendumJson.builder().maxDocumentLength(eventLength / 2)
                    .buildStreams(), document)))
                    .singleElement().extracting(Problem::message).asString().startsWith("the event is longer than");
        }

        @Test
        @DisplayName("the caller's cap on events is kept")
        void cap() {
            String document = PLAIN.writeEvents(events(3));
            assertThat(problems(() -> {
                try (EventStreamReader reader = STREAMS.read(input(document), 2)) {
                    reader.forEachRemaining(event -> { });
                }
            })).singleElement().satisfies(p -> {
                assertThat(p.pointer()).isEqualTo("/events/2");
                assertThat(p.message()).isEqualTo("too many events: at most 2 are allowed in this read");
            });
            assertThatThrownBy(() -> STREAMS.read(input(document), 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("validate")
    class Validating {

        private Event broken(int i) {
            return events(i + 1).get(i).toBuilder().participation(Participation.of("ghost", RoleType.CHAIR)).build();
        }

        @Test
        @DisplayName("hand out only valid events and throw every problem of every event at the end")
        void everyProblem() {
            List<Event> mixed = List.of(events(1).get(0), broken(1), events(3).get(2), broken(3));
            String document = PLAIN.writeEvents(mixed);
            List<Event> handed = new ArrayList<>();
            List<Problem> problems;
            try (EventStreamReader reader = VALIDATING.read(input(document))) {
                problems = problems(() -> reader.forEachRemaining(handed::add));
                assertThat(reader.problems()).isEqualTo(problems);
                assertThat(reader.eventsRead()).isEqualTo(4);
            }
            assertThat(handed).containsExactly(mixed.get(0), mixed.get(2));
            assertThat(problems).isEqualTo(problems(() -> AgendumJson.builder().validate(VALIDATOR, Locale.ENGLISH)
                    .build().readEvents(document)));
            assertThat(problems).extracting(Problem::pointer).allMatch(p -> p.matches("/events/[13]/.*"));
        }

        @Test
        @DisplayName("keep the problems of earlier events when the document breaks off")
        void brokenOff() {
            String document = PLAIN.writeEvents(List.of(broken(0), events(2).get(1)));
            String cut = document.substring(0, document.length() - 200);
            List<Problem> problems = problems(() -> readAll(VALIDATING, cut));
            assertThat(problems).extracting(Problem::pointer).first().asString().startsWith("/events/0/");
            assertThat(problems.get(problems.size() - 1).message()).contains("ends too early");
        }
    }

    @Nested
    @DisplayName("write")
    class Writing {

        @Test
        @DisplayName("the bytes the whole-document writer writes, indented or not")
        void sameBytes() {
            for (boolean indent : new boolean[] {true, false}) {
                AgendumJson.Builder builder = AgendumJson.builder().indent(indent);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (EventStreamWriter out = builder.buildStreams().write(bytes)) {
                    events(3).forEach(out::write);
                }
                assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(builder.build().writeEvents(events(3)));
            }
        }

        @Test
        @DisplayName("an empty collection, and nothing after close")
        void emptyAndClosed() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            EventStreamWriter out = STREAMS.write(bytes);
            out.close();
            out.close();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(PLAIN.writeEvents(List.of()));
            assertThatThrownBy(() -> out.write(TestEvents.minimal())).isInstanceOf(IllegalStateException.class);
        }
    }
}
