package dev.agendum.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@code String} or {@code URI}, or an optional one, in the given {@link Format}. */
@Documented
@Constraint(validatedBy = {WellFormedValidator.ForString.class, WellFormedValidator.ForUri.class,
        WellFormedValidator.ForOptionalString.class, WellFormedValidator.ForOptionalUri.class})
@Target({ElementType.FIELD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormed {

    /** The required format. */
    Format value();

    /** The message template; the validator uses the format's own. */
    String message() default "{dev.agendum.format.invalid}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
