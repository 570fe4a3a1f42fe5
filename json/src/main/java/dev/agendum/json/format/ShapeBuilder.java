package dev.agendum.json.format;

import dev.agendum.json.read.JsonInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Declares the fields of a {@link Shape}, in canonical order. Each field names the record component it fills by
 * its JSON name unless {@link #fills(String)} says otherwise.
 *
 * @param <T> the record type
 */
final class ShapeBuilder<T> {
    final String name;
    final Class<T> type;
    final List<Shape.Field<T>> fields = new ArrayList<>();
    final List<String> rules = new ArrayList<>();
    String description = "";
    Consumer<JsonInput> beforeRead = in -> { };
    BiFunction<JsonInput, T, T> afterRead;
    boolean marksContext;

    ShapeBuilder(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    /** Declares a field that is always present. */
    <V> ShapeBuilder<T> required(String field, Function<T, V> accessor, Codec<V> codec) {
        return add(field, Shape.Presence.REQUIRED, codec, accessor, null, v -> false);
    }

    /** Declares a field that may be absent, filling an {@link Optional} component. */
    <V> ShapeBuilder<T> optional(String field, Function<T, Optional<V>> accessor, Codec<V> codec) {
        return add(field, Shape.Presence.OPTIONAL, codec, accessor, null, v -> false);
    }

    /** Declares a field that may be absent, meaning {@code absent}, and is written only when it differs. */
    <V> ShapeBuilder<T> defaulted(String field, Function<T, V> accessor, Codec<V> codec, V absent) {
        return add(field, Shape.Presence.DEFAULT, codec, accessor, absent, absent::equals);
    }

    /**
     * Declares a field that may be absent, meaning {@code absent}, and is written only when {@code isAbsent}
     * does not hold: for a record default, whose {@code equals} would bootstrap the record's generated methods
     * at the first write (30 ms of a cold convert).
     */
    @SuppressWarnings("unchecked") // isAbsent is only ever given the component's values, of type V
    <V> ShapeBuilder<T> defaulted(String field, Function<T, V> accessor, Codec<V> codec, V absent,
            Predicate<V> isAbsent) {
        return add(field, Shape.Presence.DEFAULT, codec, accessor, absent, v -> isAbsent.test((V) v));
    }

    /** Declares a list field: absent means empty, and an empty list is not written. */
    <E> ShapeBuilder<T> list(String field, Function<T, List<E>> accessor, Codec<List<E>> codec) {
        return add(field, Shape.Presence.DEFAULT, codec, accessor, List.of(), v -> ((List<?>) v).isEmpty());
    }

    /** Declares a component whose own fields, declared by {@code inner}, stand in this object. */
    <V> ShapeBuilder<T> flatten(String component, Function<T, V> accessor, Shape<V> inner) {
        return add(component, Shape.Presence.FLATTENED, inner, accessor, null, v -> false);
    }

    /** Says that the field declared last fills component {@code component}, named otherwise in JSON. */
    ShapeBuilder<T> fills(String component) {
        Shape.Field<T> last = fields.remove(fields.size() - 1);
        fields.add(last.with(last.name(), component, last.note()));
        return this;
    }

    /** Adds a remark on the field declared last, shown in the schema and the format's documentation. */
    ShapeBuilder<T> note(String note) {
        Shape.Field<T> last = fields.remove(fields.size() - 1);
        fields.add(last.with(last.name(), last.component(), note));
        return this;
    }

    /** Describes the object in the schema and the format's documentation. */
    ShapeBuilder<T> description(String text) {
        this.description = text;
        return this;
    }

    /**
     * Adds a rule between fields, as a JSON Schema fragment; the model's constructor enforces it on reading. The
     * fragment is parsed only when the schema is built: parsing it here would start Jackson's data-binding (about
     * 400 classes) on every read, where only the streaming parser is used.
     */
    ShapeBuilder<T> rule(String schema) {
        rules.add(schema);
        return this;
    }

    /** Runs {@code action} before each object is read (to count programme items, say). */
    ShapeBuilder<T> beforeRead(Consumer<JsonInput> action) {
        this.beforeRead = action;
        return this;
    }

    /** Runs {@code action} on each object read, the record built, for what needs the whole object (texts). */
    ShapeBuilder<T> afterRead(BiFunction<JsonInput, T, T> action) {
        this.afterRead = action;
        return this;
    }

    /** Makes each object written the current value of its output context, for the values inside to see. */
    ShapeBuilder<T> marksContext() {
        this.marksContext = true;
        return this;
    }

    /** Returns the shape; checks that the fields fill every record component once. */
    Shape<T> build() {
        return new Shape<>(this);
    }

    @SuppressWarnings("unchecked")
    private ShapeBuilder<T> add(String field, Shape.Presence presence, Codec<?> codec, Function<T, ?> accessor,
            Object absent, Predicate<Object> isDefault) {
        fields.add(new Shape.Field<>(field, field, presence, (Codec<Object>) codec, (Function<T, Object>) accessor,
                absent, isDefault, ""));
        return this;
    }
}
