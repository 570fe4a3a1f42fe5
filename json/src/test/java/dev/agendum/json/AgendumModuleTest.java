package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Event;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
                .hasMessageStartingWith("unknown field 'mail' (did you mean 'email'?)");
    }
}
