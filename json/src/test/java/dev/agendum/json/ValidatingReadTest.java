package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.json.read.Pointers;
import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Participation;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.RoleType;
import dev.agendum.validation.EventValidator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validating reads report every violation with its JSON Pointer")
class ValidatingReadTest {

    private static final EventValidator VALIDATOR = EventValidator.create();
    private static final AgendumJson PLAIN = AgendumJson.create();
    private static final AgendumJson VALIDATING = AgendumJson.builder().validate(VALIDATOR, Locale.ENGLISH).build();

    /** Three broken rules: an item before the event, an unknown person, registration closing after the end. */
    private static Event broken() {
        ProgrammeItem early = ProgrammeItem.builder("early", TestEvents.at("19:00"), ItemKind.WELCOME,
                TestEvents.nl("Inloop")).build();
        return TestEvents.minimal().toBuilder()
                .participation(Participation.of("ghost", RoleType.CHAIR))
                .programme(Programme.of(early))
                .registration(Registration.required(RegistrationChannel.email("info@example.org"))
                        .closes(TestEvents.at("22:00")).build())
                .build();
    }

    @Test
    @DisplayName("a valid document reads as usual")
    void validDocument() {
        assertThat(VALIDATING.readEvent(PLAIN.writeEvent(TestEvents.everyField()))).isEqualTo(TestEvents.everyField());
    }

    @Test
    @DisplayName("all violations at once, in document order, with pointers, lines and messages")
    void allViolations() {
        String document = PLAIN.writeEvent(broken());
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> VALIDATING.readEvent(document));
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly(
                "/event/participations/0/personId",
                "/event/programme/items/0/start",
                "/event/registration/closes");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        Problem closes = e.problems().get(2);
        assertThat(document.lines().toList().get(closes.line() - 1)).contains("\"closes\"");
        assertThat(e.getCause()).isNull();
        assertThat(e.getMessage()).startsWith("3 problems:\n  /event/participations/0/personId (line ");
    }

    @Test
    @DisplayName("an instance given validation later validates as one built to validate, and writes the same")
    void withValidation() {
        AgendumJson later = PLAIN.withValidation(VALIDATOR, Locale.ENGLISH);
        String document = PLAIN.writeEvent(broken());
        AgendumJsonException built = catchThrowableOfType(AgendumJsonException.class,
                () -> VALIDATING.readEvent(document));
        AgendumJsonException given = catchThrowableOfType(AgendumJsonException.class, () -> later.readEvent(document));
        assertThat(given.problems()).isEqualTo(built.problems());
        assertThat(later.writeEvent(broken())).isEqualTo(document);
        assertThat(PLAIN.readEvent(document)).isEqualTo(broken());
    }

    @Test
    @DisplayName("messages in Dutch when asked")
    void dutchMessages() {
        AgendumJson dutch = AgendumJson.builder().validate(VALIDATOR, TestEvents.DUTCH).build();
        AgendumJsonException english = catchThrowableOfType(AgendumJsonException.class,
                () -> VALIDATING.readEvent(PLAIN.writeEvent(broken())));
        AgendumJsonException nl = catchThrowableOfType(AgendumJsonException.class,
                () -> dutch.readEvent(PLAIN.writeEvent(broken())));
        assertThat(nl.problems()).extracting(Problem::pointer)
                .isEqualTo(english.problems().stream().map(Problem::pointer).toList());
        assertThat(nl.problems().get(0).message()).isNotEqualTo(english.problems().get(0).message());
    }

    @Test
    @DisplayName("violations of several events of a collection, each under its own event")
    void collection() {
        String document = PLAIN.writeEvents(List.of(TestEvents.minimal(), broken(), broken()));
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> VALIDATING.readEvents(document));
        assertThat(e.problems()).hasSize(6).extracting(Problem::pointer).startsWith(
                "/events/1/participations/0/personId", "/events/1/programme/items/0/start",
                "/events/1/registration/closes", "/events/2/participations/0/personId");
    }

    @Test
    @DisplayName("a violation of a part the document leaves out points there, at its parent's location")
    void absentPart() {
        Event noChannels = TestEvents.minimal().toBuilder().registration(new Registration(true, List.of(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), false, java.util.Optional.empty())).build();
        String document = PLAIN.writeEvent(noChannels);
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class, () -> VALIDATING.readEvent(document));
        Problem problem = e.problems().get(0);
        assertThat(problem.pointer()).isEqualTo("/event/registration/channels");
        assertThat(document.lines().toList().get(problem.line() - 1)).contains("\"registration\"");
    }

    @Test
    @DisplayName("property paths map onto pointers, the flattened role included")
    void pointerMapping() {
        assertThat(List.of(
                Pointers.of("/event", ""),
                Pointers.of("/event", "title"),
                Pointers.of("/event", "programme.items[2].participations[0].personId"),
                Pointers.of("/events/4", "registration.channels[1].address"),
                Pointers.of("/event", "participations[1].role.customLabel"),
                Pointers.of("/event", "programme.items[0].children[3].participations[0].role.type"),
                Pointers.of("/event", "categories[3]")))
                .containsExactly("/event", "/event/title", "/event/programme/items/2/participations/0/personId",
                        "/events/4/registration/channels/1/address", "/event/participations/1/roleLabel",
                        "/event/programme/items/0/children/3/participations/0/role", "/event/categories/3");
        assertThat(Pointers.parent("/event/title")).isEqualTo("/event");
        assertThat(Pointers.parent("/event")).isEmpty();
    }

    @Test
    @DisplayName("a validating read still reports a binding error first and alone")
    void bindingErrorFirst() {
        AgendumJsonException e = catchThrowableOfType(AgendumJsonException.class,
                () -> VALIDATING.readEvent(TestDocuments.MINIMAL.replace("\"id\"", "\"ID\"")));
        assertThat(e.problems()).extracting(Problem::pointer, Problem::message)
                .containsExactly(tuple("/event/ID", "unknown field 'ID' (did you mean 'id'?)"));
    }

    @org.junit.jupiter.api.Nested
    @DisplayName("problems as data")
    class Codes {

        @Test
        @DisplayName("carry the violation's code, the reader's own kinds, and the limit's")
        void codes() {
            AgendumJson validating = AgendumJson.builder().validate(java.util.Locale.ENGLISH).build();
            String gap = TestDocuments.MINIMAL.replace("2021-03-26T20:00", "2021-03-28T02:30")
                    .replace("2021-03-26T21:00", "2021-03-28T04:00");
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AgendumJsonException.class,
                    () -> validating.readEvent(gap)).problems()).extracting(AgendumJsonException.Problem::code)
                    .containsExactly("dev.agendum.time.in-gap");
            assertThat(TestDocuments.problemOf(TestDocuments.MINIMAL.replace("\"title\"", "\"titel\"")).code())
                    .isEqualTo(AgendumJsonException.INVALID);
            assertThat(TestDocuments.problemOf(TestDocuments.MINIMAL.replace("\"minimal\",", "\"minimal\""))
                    .code()).isEqualTo(AgendumJsonException.MALFORMED);
            AgendumJson small = AgendumJson.builder().maxStringLength(5).build();
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AgendumJsonException.class,
                    () -> small.readEvent(TestDocuments.MINIMAL)).problems().get(0).code())
                    .isEqualTo(AgendumJsonException.LIMIT);
            AgendumJson fewLists = AgendumJson.builder().maxListLength(1).build();
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AgendumJsonException.class,
                    () -> fewLists.readEvent(TestDocuments.MINIMAL.replace("{\"nl\": \"Lezing\"}",
                            "{\"nl\": \"Lezing\", \"en\": \"Talk\"}"))).problems().get(0).code())
                    .isEqualTo(AgendumJsonException.LIMIT);
        }
    }
}
