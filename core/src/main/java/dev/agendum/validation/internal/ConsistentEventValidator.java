package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Runs every rule, per value and across fields, and reports all their violations. */
public final class ConsistentEventValidator implements ConstraintValidator<ConsistentEvent, CheckedEvent> {

    @Override
    public boolean isValid(CheckedEvent checked, ConstraintValidatorContext context) {
        if (checked == null) {
            return true;
        }
        Event event = checked.event();
        Reporter reporter = new Reporter(context);
        EventRules.check(event, reporter);
        ProgrammeRules.check(event, reporter);
        ReferenceRules.check(event, reporter);
        RegistrationRules.check(event, reporter);
        LocalTimeRules.check(event, reporter);
        StatusRules.check(event, reporter);
        return reporter.valid();
    }
}
