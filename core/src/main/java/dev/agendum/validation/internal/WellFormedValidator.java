package dev.agendum.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/** Checks {@link WellFormed}. */
public abstract class WellFormedValidator<T> implements ConstraintValidator<WellFormed, T> {

    private Format format;

    @Override
    public void initialize(WellFormed constraint) {
        format = constraint.value();
    }

    boolean check(String value, ConstraintValidatorContext context) {
        if (format.accepts(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(format.template()).addConstraintViolation();
        return false;
    }

    /** For strings. */
    public static final class ForString extends WellFormedValidator<String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || check(value, context);
        }
    }

    /** For URIs, checked in their string form. */
    public static final class ForUri extends WellFormedValidator<URI> {
        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            return value == null || check(value.toString(), context);
        }
    }
}
