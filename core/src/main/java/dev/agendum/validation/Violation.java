package dev.agendum.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Objects;

/**
 * One broken business rule, as data: where, which rule, and a message in the caller's language.
 *
 * <p>{@link #path()} is a property path from the event in the Bean Validation style, with list indices in brackets:
 * {@code programme.items[2].participations[0].personId}; the empty string stands for the event itself. Adapters map
 * it to their own notation (a JSON Pointer, an iCalendar line).
 *
 * @param path    where the rule is broken
 * @param code    the rule's stable key, e.g. {@code dev.agendum.programme.item.outside-event}; never localised
 * @param message what is wrong, in the language asked for; never contains text copied from the event
 */
public record Violation(String path, String code, String message) {

    /**
     * Creates a violation.
     *
     * @param path where the rule is broken
     * @param code the rule's stable key, e.g. {@code dev.agendum.programme.item.outside-event}; never localised
     * @param message what is wrong, in the language asked for; never contains text copied from the event
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the violation a Bean Validation validator reported, in Agendum's terms: the path rendered as
     * {@link #path()} describes (container-element nodes left out), the code taken from a {@code {key}} template.
     * For a violation of an {@code Event} from any validator (through {@link ValidEvent}), the result equals the
     * one {@link EventValidator} gives in the same language.
     *
     * @param violation a violation from any Jakarta Validation validator
     * @return the same violation as Agendum data
     */
    public static Violation from(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String code = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        return new Violation(path(violation.getPropertyPath()), code, violation.getMessage());
    }

    /** Renders a path as {@code programme.items[2].start}, leaving out container-element nodes. */
    private static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                text.append(text.length() == 0 ? "" : ".").append(name);
            }
        }
        return text.toString();
    }

    /** Returns "path: message", or the message alone for the event itself. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
