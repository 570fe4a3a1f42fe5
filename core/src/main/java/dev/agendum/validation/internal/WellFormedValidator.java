package dev.agendum.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.util.Optional;

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

    /** For an optional string, checked when present; see {@link PlainTextValidator.ForOptionalString}. */
    public static final class ForOptionalString extends WellFormedValidator<Optional<String>> {
        @Override
        public boolean isValid(Optional<String> value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || check(value.get(), context);
        }
    }

    /** For an optional URI, checked in its string form when present. */
    public static final class ForOptionalUri extends WellFormedValidator<Optional<URI>> {
        @Override
        public boolean isValid(Optional<URI> value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || check(value.get().toString(), context);
        }
    }
}
