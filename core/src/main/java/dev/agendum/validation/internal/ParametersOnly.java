package dev.agendum.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * A "message interpolator" that makes no message: it writes down the parameters a violation's template may use
 * (the constraint's attributes, such as {@code max}, and the rules' own message parameters), so that
 * {@link ValidEventValidator} can hand them, with the template, to the calling validator's interpolator.
 *
 * <p>The parameters are numbers, codes, times and limits formatted by Agendum: none holds a NUL character, which
 * separates them here.
 */
final class ParametersOnly implements MessageInterpolator {

    private static final char SEPARATOR = '\0';
    private static final Set<String> NOT_PARAMETERS = Set.of("groups", "payload", "message", "validationAppliesTo");

    @Override
    public String interpolate(String template, Context context) {
        StringBuilder out = new StringBuilder();
        context.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (!NOT_PARAMETERS.contains(name)) {
                out.append(name).append(SEPARATOR).append(value).append(SEPARATOR);
            }
        });
        context.unwrap(HibernateMessageInterpolatorContext.class).getMessageParameters().forEach((name, value) ->
                out.append(name).append(SEPARATOR).append(value).append(SEPARATOR));
        return out.toString();
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return interpolate(template, context);
    }

    /** Returns the parameters {@link #interpolate} wrote into {@code message}, in order. */
    static Map<String, String> decode(String message) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int at = 0;
        while (at < message.length()) {
            int name = message.indexOf(SEPARATOR, at);
            int value = message.indexOf(SEPARATOR, name + 1);
            parameters.put(message.substring(at, name), message.substring(name + 1, value));
            at = value + 1;
        }
        return parameters;
    }
}
