package dev.agendum.validation;

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
     * @param message what is wrong, in the language asked for; never contains text copied from the event
     * @param code the rule's stable key, e.g. {@code dev.agendum.programme.item.outside-event}; never localised
     * @param path where the rule is broken
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Returns "path: message", or the message alone for the event itself. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
