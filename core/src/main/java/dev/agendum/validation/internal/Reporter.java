package dev.agendum.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the violations of the cross-field rules. Message parameters are numbers, times and limits formatted by
 * Agendum, never text from the event, so nothing a user wrote can reach message interpolation.
 */
final class Reporter {

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Reporter(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    /**
     * Reports that the rule {@code key} is broken at {@code where}.
     *
     * @param parameters alternating names and values for the message template
     */
    void report(String key, Where where, Object... parameters) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (int i = 0; i < parameters.length; i += 2) {
            hibernate.addMessageParameter((String) parameters[i], String.valueOf(parameters[i + 1]));
        }
        where.addTo(context.buildConstraintViolationWithTemplate("{dev.agendum." + key + "}"));
        valid = false;
    }

    boolean valid() {
        return valid;
    }
}
