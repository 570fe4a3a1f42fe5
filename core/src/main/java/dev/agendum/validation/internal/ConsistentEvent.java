package dev.agendum.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every rule of an event as one constraint: the per-value rules ({@link EventRules}) and those that span several
 * parts of an event: programme placement, references to people, the registration
 * window, local times that exist in the zone, and the status.
 */
@Documented
@Constraint(validatedBy = ConsistentEventValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentEvent {

    /** Unused: every rule reports with its own template. */
    String message() default "{dev.agendum.event.inconsistent}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
