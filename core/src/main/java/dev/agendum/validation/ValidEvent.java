package dev.agendum.validation;

import dev.agendum.validation.internal.ValidEventValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Agendum's business rules as one Bean Validation constraint, declared on {@link dev.agendum.model.Event}: any
 * Jakarta Validation 3.1 validator (Spring's {@code @Valid}, Jakarta REST, {@code
 * Validation.buildDefaultValidatorFactory()}) reports on an event the same violations, with the same property paths
 * and message templates, as {@link EventValidator}.
 *
 * <p>The rules run through Agendum's own validator factory, built once on first use (up to a second on a cold
 * JVM); each violation is handed to the calling validator with its template ({@code {dev.agendum.…}}) and
 * parameters, so the application's message interpolator and locale make the text, from Agendum's
 * {@code ContributorValidationMessages} (English, and Dutch for {@code nl}). Parameters are numbers, times and
 * limits, never text from the event.
 *
 * <p>Applications do not use this annotation themselves: it is already on {@code Event}.
 */
// The validator stays internal on purpose: a Bean Validation provider finds it through this annotation.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = ValidEventValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEvent {

    /**
     * {@return the message template} Unused: every violation carries its own rule's template.
     */
    String message() default "{dev.agendum.event.inconsistent}";

    /**
     * {@return the validation groups}
     */
    Class<?>[] groups() default {};

    /**
     * {@return the payload}
     */
    Class<? extends Payload>[] payload() default {};
}
