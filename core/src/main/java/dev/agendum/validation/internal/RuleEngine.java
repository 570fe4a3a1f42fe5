package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

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
     * <p>Every rule runs in one class-level constraint on {@code Event} ({@link ConsistentEvent}): the per-value
     * rules walk the event themselves ({@link EventRules}) instead of Hibernate Validator cascading into every
     * record, list and optional value. So the factory needs the metadata of one type, with no built-in
     * constraint, no cascade and no value extractor in use: the predefined scope builds it up front, and looks
     * it up without the lazily filled cache the default factory consults per bean. The {@code ValidEvent}
     * annotation on {@code Event} is ignored here: it is how other validators reach this factory.
     *
     * @param interpolator how messages are made from the rules' templates
     * @return a factory validating with every rule
     */
    public static ValidatorFactory build(MessageInterpolator interpolator) {
        PredefinedScopeHibernateValidatorConfiguration config =
                Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                .builtinConstraints(Set.of())
                .initializeBeanMetaData(Set.of(Event.class))
                .ignoreXmlConfiguration()
                .failFast(false);
        ConstraintMapping mapping = config.createConstraintMapping();
        // @ValidEvent: the way in for other validators, not a rule of its own
        mapping.type(Event.class).ignoreAnnotations(true).constraint(new GenericConstraintDef<>(ConsistentEvent.class));
        config.messageInterpolator(interpolator).addMapping(mapping);
        return config.buildValidatorFactory();
    }
}
