package dev.agendum.json;

import java.util.List;
import java.util.Optional;

/**
 * The fields read from one object, handed to the code that builds the model value. Absent optional fields read as
 * {@link Optional#empty()}, absent lists as empty lists; required fields are known to be present.
 */
final class Values {

    private final ObjectSpec<?> spec;
    private final Object[] values;

    Values(ObjectSpec<?> spec, Object[] values) {
        this.spec = spec;
        this.values = values;
    }

    /** Returns a required field's value. */
    @SuppressWarnings("unchecked")
    <V> V get(String name) {
        Object value = values[spec.indexOf(name)];
        if (value == null) {
            throw new IllegalStateException("required field '" + name + "' was not read");
        }
        return (V) value;
    }

    /** Returns an optional field's value, if present. */
    @SuppressWarnings("unchecked")
    <V> Optional<V> optional(String name) {
        return Optional.ofNullable((V) values[spec.indexOf(name)]);
    }

    /** Returns a list field's elements; an absent list is empty. */
    @SuppressWarnings("unchecked")
    <V> List<V> list(String name) {
        Object value = values[spec.indexOf(name)];
        return value == null ? List.of() : (List<V>) value;
    }
}
