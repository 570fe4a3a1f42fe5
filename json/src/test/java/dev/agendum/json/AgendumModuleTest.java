package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agendum.model.Event;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.MismatchedInputException;

@DisplayName("AgendumModule")
class AgendumModuleTest {

    @Test
    @DisplayName("is found by findAndAddModules through the service loader")
    void discovered() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).anyMatch(AgendumModule.class::isInstance);
        Event event = TestEvents.everyField();
        assertThat(mapper.readValue(mapper.writeValueAsString(event), Event.class)).isEqualTo(event);
    }

    @Test
    @DisplayName("writes an event as the bare event object of the canonical format")
    void bareEvent() {
        JsonMapper mapper = JsonMapper.builder().addModule(new AgendumModule()).build();
        String bare = mapper.writeValueAsString(TestEvents.minimal());
        assertThat(bare).startsWith("{\"id\":\"minimal\",\"language\":\"nl\",");
        assertThat(AgendumJson.builder().indent(false).build().writeEvent(TestEvents.minimal()))
                .isEqualTo("{\"format\":\"agendum/1\",\"event\":" + bare + "}\n");
    }

    @Test
    @DisplayName("maps the parts of an event on their own too")
    void parts() {
        JsonMapper mapper = JsonMapper.builder().addModule(new AgendumModule()).build();
        Person person = TestEvents.everyField().people().get(0);
        assertThat(mapper.readValue(mapper.writeValueAsString(person), Person.class)).isEqualTo(person);
        ProgrammeItem panel = TestEvents.everyField().programme().items().get(1);
        assertThat(mapper.readValue(mapper.writeValueAsString(panel), ProgrammeItem.class)).isEqualTo(panel);
    }

    @Test
    @DisplayName("reads as strictly in an application's mapper, failing with a Jackson exception there")
    void strictInAnyMapper() {
        JsonMapper mapper = JsonMapper.builder().addModule(new AgendumModule()).build();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> mapper.readValue("{\"id\": \"a\", \"name\": \"A\", \"mail\": \"x\"}", Person.class)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("/mail: unknown field 'mail' (did you mean 'email'?)");
    }

    /** A request body as a Spring controller would bind it. */
    record Body(String note, Event event) {
    }

    private static final String WITH_COLOUR = TestDocuments.MINIMAL.replace("\"title\":",
            "\"programme\": {\"items\": [{\"id\": \"i\", \"start\": \"2021-03-26T20:00\", \"kind\": \"talk\", "
                    + "\"title\": {\"nl\": \"x\"}, \"colour\": \"red\"}]},\n  \"title\":");

    @Test
    @DisplayName("through findAndAddModules, refuses with the path and location AgendumJson reports")
    void pathAndLocationInAnyMapper() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        String bareEvent = WITH_COLOUR.substring(WITH_COLOUR.indexOf("{\n") , WITH_COLOUR.lastIndexOf('}'));
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> mapper.readValue(bareEvent, Event.class));
        AgendumJsonException.Problem facade = TestDocuments.problemOf(WITH_COLOUR);
        assertThat(facade.pointer()).isEqualTo("/event/programme/items/0/colour");
        assertThat(e.getPath()).extracting(r -> r.getPropertyName() != null ? r.getPropertyName() : r.getIndex())
                .containsExactly("programme", "items", 0, "colour");
        assertThat(e.getOriginalMessage()).isEqualTo("/programme/items/0/colour: unknown field 'colour'");
        assertThat(e.getLocation().getLineNr()).isEqualTo(facade.line());
        assertThat(e.getLocation().getColumnNr()).isEqualTo(facade.column());
    }

    @Test
    @DisplayName("inside an application's own record, with the record's steps in front")
    void pathInsideABean() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        String bareEvent = WITH_COLOUR.substring(WITH_COLOUR.indexOf("{\n"), WITH_COLOUR.lastIndexOf('}'));
        JacksonException e = catchThrowableOfType(JacksonException.class,
                () -> mapper.readValue("{\"note\": \"n\", \"event\": " + bareEvent + "}", Body.class));
        assertThat(e.getPath()).extracting(r -> r.getPropertyName() != null ? r.getPropertyName() : r.getIndex())
                .containsExactly("event", "programme", "items", 0, "colour");
        assertThat(e.getLocation().getLineNr()).isEqualTo(4);
    }
}
