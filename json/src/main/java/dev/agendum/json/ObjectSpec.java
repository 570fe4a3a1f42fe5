package dev.agendum.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The fields of one JSON object of the format, and how to build the model value from them: reads the fields in any
 * order, refuses unknown, repeated and missing ones, and turns a core constructor's refusal into a problem at the
 * object's pointer.
 *
 * <p>Declared once per model type as a constant; immutable after construction and so thread-safe.
 *
 * @param <T> the model type built
 */
final class ObjectSpec<T> implements ValueReader<T> {

    private record Field(int index, ValueReader<?> reader, boolean required) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Function<Values, T> build;

    private ObjectSpec(Function<Values, T> build) {
        this.build = build;
    }

    /** Starts the spec of an object built by {@code build}. */
    static <T> ObjectSpec<T> of(Function<Values, T> build) {
        return new ObjectSpec<>(build);
    }

    ObjectSpec<T> required(String name, ValueReader<?> reader) {
        fields.put(name, new Field(fields.size(), reader, true));
        return this;
    }

    ObjectSpec<T> optional(String name, ValueReader<?> reader) {
        fields.put(name, new Field(fields.size(), reader, false));
        return this;
    }

    /** Returns the field names in canonical order. */
    Set<String> names() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** Returns the names of the required fields, in canonical order. */
    Set<String> requiredNames() {
        Set<String> required = new LinkedHashSet<>();
        fields.forEach((name, field) -> {
            if (field.required()) {
                required.add(name);
            }
        });
        return Collections.unmodifiableSet(required);
    }

    @Override
    public T read(JsonInput in) {
        in.expect(JsonToken.START_OBJECT);
        TokenStreamLocation start = in.location();
        // One slot per declared field, by declaration order: objects are read by the million, and a map per
        // object was the largest allocation of reading.
        Object[] values = new Object[fields.size()];
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            Field field = fields.get(name);
            if (field == null) {
                throw in.problem(unknown(name));
            }
            if (values[field.index()] != null) {
                throw in.problem("duplicate field " + JsonInput.quote(name));
            }
            in.nextValue();
            values[field.index()] = Objects.requireNonNull(field.reader().read(in), name);
        }
        // At the object's end the parser's context is the enclosing one, standing at this object, so its pointer is
        // this object's: worked out only for a problem, as most objects have none.
        for (Map.Entry<String, Field> entry : fields.entrySet()) {
            if (entry.getValue().required() && values[entry.getValue().index()] == null) {
                throw in.problemAt(in.pointer(), start, "missing required field '" + entry.getKey() + "'");
            }
        }
        try {
            return build.apply(new Values(this, values));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw in.problemAt(in.pointer(), start, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Returns the slot of field {@code name} in the values read.
     *
     * @throws IllegalStateException when this spec declares no such field: a mistake in a mapping, not in input
     */
    int indexOf(String name) {
        Field field = fields.get(name);
        if (field == null) {
            throw new IllegalStateException("no field '" + name + "' is declared");
        }
        return field.index();
    }

    private String unknown(String name) {
        if (name.startsWith("@")) {
            return JsonInput.quote(name) + " is not allowed: the format has no type or JSON-LD keywords";
        }
        String message = "unknown field " + JsonInput.quote(name);
        return fields.keySet().stream().filter(known -> Spelling.close(known, name)).findFirst()
                .map(known -> message + " (did you mean '" + known + "'?)").orElse(message);
    }
}
