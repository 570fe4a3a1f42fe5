package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import dev.agendum.model.Fixtures;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.validation.EventValidator;
import dev.agendum.validation.Violation;
import java.util.List;

/** What the rule tests share: one validator, built once, and the seminar fixture with a part replaced. */
final class RuleTesting {

    static final EventValidator VALIDATOR = EventValidator.create();

    private RuleTesting() {
    }

    /** Returns the English violations of the event {@code event} builds. */
    static List<Violation> violations(Event.Builder event) {
        return VALIDATOR.validate(event.build());
    }

    /** Returns the seminar with {@code items} as its programme. */
    static Event.Builder withProgramme(ProgrammeItem... items) {
        return Fixtures.seminar().programme(Programme.of(items));
    }

    /** Returns the seminar with {@code registration}. */
    static Event.Builder withRegistration(Registration.Builder registration) {
        return Fixtures.seminar().registration(registration.build());
    }
}
