package dev.agendum.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;

/**
 * Builds the one validator factory that knows Agendum's rules ({@link EventRules}), for {@code EventValidator} and
 * for {@link ValidEventValidator} alike, so the rules are declared once whichever way an event is validated.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    /**
     * Returns a new factory whose messages go through {@code interpolator}; expensive (up to a second cold).
     *
     * <p>The predefined scope builds every model type's metadata up front and looks it up without the lazily filled
     * concurrent cache the default factory consults per bean: about a fifth off validating 10 000 events
     * (ValidationBenchmark), at no cost to a cold start, as the rules name every type anyway. The
     * {@code ValidEvent} annotation on {@code Event} is ignored here: it is how other validators reach this factory.
     *
     * @param interpolator how messages are made from the rules' templates
     * @return a factory validating with every rule
     */
    public static ValidatorFactory build(MessageInterpolator interpolator) {
        PredefinedScopeHibernateValidatorConfiguration config =
                Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
                .builtinConstraints(Set.of(Size.class.getName()))
                .initializeBeanMetaData(EventRules.TYPES)
                .ignoreXmlConfiguration()
                .failFast(false);
        config.messageInterpolator(interpolator).addMapping(EventRules.mapping(config));
        return config.buildValidatorFactory();
    }
}
