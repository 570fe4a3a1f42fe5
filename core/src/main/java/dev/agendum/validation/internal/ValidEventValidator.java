package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import dev.agendum.validation.ValidEvent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link ValidEvent}: validates the event with Agendum's own factory ({@link RuleEngine}) and reports each
 * violation to the calling validator with the same path, template and parameters, for the caller's interpolator
 * to render in the caller's locale. The rules are declared once, in {@link EventRules}.
 */
public final class ValidEventValidator implements ConstraintValidator<ValidEvent, Event> {

    /** Built on first use and shared by every calling validator: the rules do not depend on the caller. */
    private static final class Shared {
        static final Validator RULES = RuleEngine.build(new ParametersOnly()).getValidator();
    }

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null) {
            return true;
        }
        Set<ConstraintViolation<CheckedEvent>> violations = Shared.RULES.validate(new CheckedEvent(event));
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (ConstraintViolation<CheckedEvent> violation : violations) {
            ParametersOnly.decode(violation.getMessage()).forEach(hibernate::addMessageParameter);
            PathCopy.addTo(context.buildConstraintViolationWithTemplate(violation.getMessageTemplate()),
                    violation.getPropertyPath());
        }
        return false;
    }
}
