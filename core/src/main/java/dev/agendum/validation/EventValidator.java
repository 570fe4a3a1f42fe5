package dev.agendum.validation;

import dev.agendum.model.Event;
import dev.agendum.validation.internal.CheckedEvent;
import dev.agendum.validation.internal.RuleEngine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks an {@link Event} against Agendum's business rules and returns every violation at once.
 *
 * <p>Built on Hibernate Validator, without Expression Language: messages are interpolated by
 * {@link ParameterMessageInterpolator} from {@code ContributorValidationMessages} (English, Dutch for
 * {@code nl} and German for {@code de}; any other language reads English), and their parameters are numbers and
 * times, never text from the event. The rules cover lengths and
 * counts ({@link Limits}), control characters, e-mail addresses, phone numbers and links ({@code https}/{@code http}
 * only), programme placement and order, references to people, the registration window, and local times that fall
 * in a daylight-saving gap or overlap.
 *
 * <p>Building a validator costs up to a second on a cold JVM; build one and share it. Instances are thread-safe.
 *
 * <pre>{@code
 * EventValidator validator = EventValidator.create();
 * for (Violation v : validator.validate(event, Locale.forLanguageTag("nl"))) {
 *     System.out.println(v.path() + ": " + v.message());
 * }
 * }</pre>
 */
public final class EventValidator {

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::path).thenComparing(Violation::code).thenComparing(Violation::message);

    private final ValidatorFactory factory;
    private final MessageInterpolator interpolator;
    private final ConcurrentMap<String, Validator> validators = new ConcurrentHashMap<>();

    private EventValidator(ValidatorFactory factory, MessageInterpolator interpolator) {
        this.factory = factory;
        this.interpolator = interpolator;
    }

    /**
     * {@return a new validator; expensive, so build one per application and share it}
     */
    public static EventValidator create() {
        ParameterMessageInterpolator interpolator = new ParameterMessageInterpolator();
        return new EventValidator(RuleEngine.build(interpolator), interpolator);
    }

    /**
     * {@return every violation of {@code event}, with messages in {@code locale} (Dutch for {@code nl}, German for
     * {@code de}, English otherwise), ordered by path; an empty list when the event is valid}
     *
     * @param event the event to check
     * @param locale the language of the messages
     */
    public List<Violation> validate(Event event, Locale locale) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(locale, "locale");
        // Keyed by the language asked for, so that the shipped-bundle look-up runs once per language, not per event.
        Validator validator =
                validators.computeIfAbsent(locale.getLanguage(), language -> validatorIn(language(locale)));
        Set<ConstraintViolation<CheckedEvent>> violations = validator.validate(new CheckedEvent(event));
        return violations.isEmpty() ? List.of()
                : violations.stream().map(Violation::from).sorted(ORDER).toList();
    }

    /**
     * {@return every violation of {@code event}, with messages in English}
     *
     * @param event the event to check
     */
    public List<Violation> validate(Event event) {
        return validate(event, Locale.ENGLISH);
    }

    private Validator validatorIn(Locale locale) {
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        };
        return factory.usingContext().messageInterpolator(inLocale).getValidator();
    }

    /**
     * Only the languages we ship messages for are distinguished (a {@code ContributorValidationMessages_xx} file
     * of their own); every other one reads English, never the JVM's default locale.
     */
    private static Locale language(Locale locale) {
        Locale language = Locale.forLanguageTag(locale.getLanguage());
        ResourceBundle shipped = ResourceBundle.getBundle("ContributorValidationMessages", language);
        return !language.getLanguage().isEmpty() && shipped.getLocale().getLanguage().equals(language.getLanguage())
                ? language : Locale.ENGLISH;
    }
}
