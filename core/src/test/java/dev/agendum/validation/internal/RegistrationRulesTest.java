package dev.agendum.validation.internal;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.nl;
import static dev.agendum.validation.internal.RuleTesting.violations;
import static dev.agendum.validation.internal.RuleTesting.withRegistration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Capacity;
import dev.agendum.model.Event;
import dev.agendum.model.Fixtures;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link RegistrationRules} of {@code EventValidator}, through its public entry. */
@DisplayName("EventValidator, registration rules: window, channels and their addresses")
class RegistrationRulesTest {

    private Registration.Builder required() {
        return Registration.required(RegistrationChannel.email("info@bestuurskunde.nl"));
    }

    @Test
    @DisplayName("reports closing after the event ends, and accepts closing at its end")
    void closesAfterEvent() {
        assertThat(violations(withRegistration(required().closes(at("15:01")))))
                .extracting(Violation::path).containsExactly("registration.closes");
        assertThat(violations(withRegistration(required().closes(at("15:00"))))).isEmpty();
    }

    @Test
    @DisplayName("reports opening at or after the event's end")
    void opensAfterEvent() {
        assertThat(violations(withRegistration(required().opens(at("15:00")))))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("registration.opens", "dev.agendum.registration.opens-after-event"));
    }

    @Test
    @DisplayName("reports a window that closes as it opens")
    void emptyWindow() {
        assertThat(violations(withRegistration(required().opens(at("12:00")).closes(at("12:00")))))
                .extracting(Violation::code).containsExactly("dev.agendum.registration.empty-window");
    }

    @Test
    @DisplayName("reports a required registration without any channel")
    void noChannel() {
        Registration none = new Registration(true, List.of(), Optional.empty(), Optional.empty(),
                Optional.of(Capacity.of(10)), Optional.empty(), Optional.empty(), false, Optional.empty());
        assertThat(violations(Fixtures.seminar().registration(none)))
                .extracting(Violation::path).containsExactly("registration.channels");
    }

    @Test
    @DisplayName("checks each channel's address in the format of its type")
    void channelAddresses() {
        Event.Builder event = withRegistration(Registration.required(RegistrationChannel.web("javascript:alert(1)"),
                RegistrationChannel.email("not an address"), RegistrationChannel.phone("06 25068171")));
        assertThat(violations(event)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("registration.channels[0].address", "dev.agendum.format.web-link"),
                tuple("registration.channels[1].address", "dev.agendum.format.email"),
                tuple("registration.channels[2].address", "dev.agendum.format.phone"));
    }
}
