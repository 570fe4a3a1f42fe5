package dev.agendum.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;

/**
 * Builds the one validator factory that knows Agendum's rules, for {@code EventValidator} and for
 * {@link ValidEventValidator} alike, so the rules are declared once whichever way an event is validated.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    /**
     * Returns a new factory whose messages go through {@code interpolator}; build it once.
     *
     * <p>Every rule runs in one class-level constraint ({@link ConsistentEvent}) on a small wrapper of the event
     * ({@link CheckedEvent}): the per-value rules walk the event themselves ({@link EventRules}) instead of
     * Hibernate Validator cascading into every record, list and optional value. So the factory needs the metadata
     * of one small class, with no built-in constraint, no cascade, no programmatic mapping and no value extractor
     * in use: the predefined scope builds it up front, and looks it up without the lazily filled cache the default
     * factory consults per bean. Validate {@code new CheckedEvent(event)} with it.
     *
     * @param interpolator how messages are made from the rules' templates
     * @return a factory validating with every rule
     */
    public static ValidatorFactory build(MessageInterpolator interpolator) {
        return Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                .builtinConstraints(Set.of())
                .initializeBeanMetaData(Set.of(CheckedEvent.class))
                .ignoreXmlConfiguration()
                .failFast(false)
                .messageInterpolator(interpolator)
                .buildValidatorFactory();
    }
}
