package dev.agendum.model;

import java.util.Optional;

/**
 * An enumerated value with a stable lower-case code, used by every format that writes the model
 * ({@code panel-leader}, {@code moved-online}); codes never change once published, whatever the constant is named.
 */
public interface Coded {

    /**
     * {@return the constant's name; implemented by every {@code enum}}
     */
    String name();

    /**
     * {@return the stable code: the constant's name in lower case with hyphens for underscores}
     */
    default String code() {
        return Codes.code(this);
    }

    /**
     * Returns the constant of {@code type} whose {@link #code()} is {@code code}.
     *
     * @param <E> the enumeration
     * @param type the enumeration's class
     * @param code the code to look up, as written in JSON and feeds
     * @return the constant, or empty when no constant has that code
     */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Codes.fromCode(type, code);
    }
}
