package dev.agendum.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The codes of one {@link Coded} enumeration, worked out once per type: readers look a code up for every enumerated
 * value of every event, and lower-casing the constant's name each time made that the largest allocation of reading.
 */
final class Codes {

    private static final ClassValue<Codes> TABLES = new ClassValue<>() {
        @Override
        protected Codes computeValue(Class<?> type) {
            return new Codes(type.getEnumConstants());
        }
    };

    private final String[] byOrdinal;
    private final Map<String, Object> byCode = new HashMap<>();

    private Codes(Object[] constants) {
        byOrdinal = new String[constants.length];
        for (Object constant : constants) {
            Enum<?> value = (Enum<?>) constant;
            byOrdinal[value.ordinal()] = codeOf(value.name());
            byCode.put(byOrdinal[value.ordinal()], value);
        }
    }

    /** Returns the code of {@code coded}: from the table for an enumeration, worked out for anything else. */
    static String code(Coded coded) {
        if (coded instanceof Enum<?> value) {
            return TABLES.get(value.getDeclaringClass()).byOrdinal[value.ordinal()];
        }
        return codeOf(coded.name());
    }

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(TABLES.get(type).byCode.get(code)));
    }

    private static String codeOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
