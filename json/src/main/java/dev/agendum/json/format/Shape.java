package dev.agendum.json.format;

import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.Quoting;
import dev.agendum.json.schema.SchemaBuilder;
import dev.agendum.model.LocalizedText;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON object of one model record, declared once: each field's name, the record component it fills, how its
 * value is read and written ({@link Codec}), whether it is required, optional or has a default, and what bounds it.
 * Reading, writing, the JSON Schema and the field tables of {@code FORMAT.md} are all derived from the declaration.
 *
 * <p>Reading takes the fields in any order and refuses unknown, repeated and missing ones; the record is built
 * through its canonical constructor, whose refusal becomes a problem at the object's pointer. Writing follows the
 * declaration order and leaves out absent optional values and values equal to their default, so that a field
 * present in a document always says something.
 *
 * <p>Immutable once built, and so thread-safe; declared as constants.
 *
 * @param <T> the record type
 */
public final class Shape<T> implements Codec<T> {

    /** How a field's presence in a document relates to its record component. */
    public enum Presence {
        /** Always present. */
        REQUIRED,
        /** May be absent; the component is an {@link Optional}. */
        OPTIONAL,
        /** May be absent, meaning the default; written only when it differs from it. */
        DEFAULT,
        /** A record component whose own fields are written into this object (a participation's role). */
        FLATTENED
    }

    /**
     * One declared field.
     *
     * @param name      the JSON name
     * @param component the record component it fills
     * @param presence  whether it is required, optional, defaulted or flattened
     * @param codec     how its value is read and written; for a flattened field, the inner shape
     * @param accessor  the record's accessor for the component
     * @param absent    the component's value when the field is absent (defaults and empty optionals)
     * @param isDefault whether a component value is the default, and so left out of the output
     * @param note      a remark for the reader of the format, or empty
     */
    public record Field<T>(String name, String component, Presence presence, Codec<Object> codec,
                           Function<T, Object> accessor, Object absent, Predicate<Object> isDefault, String note) {

        Field<T> with(String newName, String newComponent, String newNote) {
            return new Field<>(newName, newComponent, presence, codec, accessor, absent, isDefault, newNote);
        }

        /** Returns the inner shape of a flattened field. */
        @SuppressWarnings("unchecked") // a flattened field's codec is a Shape: Shape.flatten is its only maker
        public Shape<Object> inner() {
            return (Shape<Object>) (Shape<?>) codec;
        }
    }

    /** A field that takes one slot of the values read, with that slot's number. */
    private record Slot(Field<?> field, int index) {
    }

    private final String name;
    private final Class<T> type;
    private final String description;
    private final List<Field<T>> fields;
    private final List<String> rules;
    private final Consumer<JsonInput> beforeRead;
    private final BiFunction<JsonInput, T, T> afterRead;
    private final boolean marksContext;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final int[] firstSlot;
    private final int[] componentOf;
    private final Constructor<T> constructor;
    // Each name quoted and encoded once: the generator copies its bytes, as Jackson's own bean properties do,
    // instead of escaping and encoding the String on every write (the writer's largest cost after the values).
    private final SerializedString[] encodedNames;

    Shape(ShapeBuilder<T> builder) {
        this.name = builder.name;
        this.type = builder.type;
        this.description = builder.description;
        this.fields = List.copyOf(builder.fields);
        this.rules = List.copyOf(builder.rules);
        this.beforeRead = builder.beforeRead;
        this.afterRead = builder.afterRead;
        this.marksContext = builder.marksContext;
        this.firstSlot = new int[fields.size()];
        int slot = 0;
        for (int i = 0; i < fields.size(); i++) {
            Field<T> field = fields.get(i);
            firstSlot[i] = slot;
            if (field.presence() == Presence.FLATTENED) {
                for (Slot inner : field.inner().slots.values()) {
                    addSlot(inner.field().name(), new Slot(inner.field(), slot + inner.index()));
                }
                slot += field.inner().slotCount();
            } else {
                addSlot(field.name(), new Slot(field, slot++));
            }
        }
        this.encodedNames = fields.stream().map(field -> new SerializedString(field.name()))
                .toArray(SerializedString[]::new);
        RecordComponent[] components = builder.type.getRecordComponents();
        this.componentOf = componentsOf(builder.type, components);
        try {
            this.constructor = builder.type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(builder.type + " has no canonical constructor", e);
        }
    }

    private void addSlot(String jsonName, Slot slot) {
        if (slots.putIfAbsent(jsonName, slot) != null) {
            throw new IllegalStateException("field '" + jsonName + "' is declared twice in " + name);
        }
    }

    /** Checks that the fields fill every record component exactly once, and maps each to its component. */
    private int[] componentsOf(Class<T> type, RecordComponent[] components) {
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        int[] indexes = new int[fields.size()];
        boolean[] filled = new boolean[components.length];
        for (int i = 0; i < fields.size(); i++) {
            int at = names.indexOf(fields.get(i).component());
            if (at < 0 || filled[at]) {
                throw new IllegalStateException(type.getSimpleName() + " has no unfilled component '"
                        + fields.get(i).component() + "'");
            }
            filled[at] = true;
            indexes[i] = at;
        }
        for (int i = 0; i < filled.length; i++) {
            if (!filled[i]) {
                throw new IllegalStateException(type.getSimpleName() + "." + names.get(i) + " has no field");
            }
        }
        return indexes;
    }

    /** Starts the declaration of the object named {@code name} (its schema definition) that builds {@code type}. */
    static <T extends Record> ShapeBuilder<T> of(String name, Class<T> type) {
        return new ShapeBuilder<>(name, type);
    }

    /** Returns the definition name ("event", "item"). */
    public String name() {
        return name;
    }

    /** Returns the record type built. */
    public Class<T> type() {
        return type;
    }

    /** Returns what this object is, for the format's documentation. */
    public String description() {
        return description;
    }

    /** Returns the declared fields, in canonical order. */
    public List<Field<T>> fields() {
        return fields;
    }

    /** Returns every JSON field name of the object, flattened fields' own included, in canonical order. */
    public List<String> names() {
        return List.copyOf(slots.keySet());
    }

    /** Returns the names of the required fields, in canonical order. */
    public List<String> requiredNames() {
        return slots.entrySet().stream().filter(e -> e.getValue().field().presence() == Presence.REQUIRED)
                .map(Map.Entry::getKey).toList();
    }

    private int slotCount() {
        return slots.size();
    }

    @Override
    public T read(JsonInput in) {
        beforeRead.accept(in);
        in.expect(JsonToken.START_OBJECT);
        TokenStreamLocation start = in.location();
        // One slot per field, by declaration order: objects are read by the million, and a map per object was the
        // largest allocation of reading.
        Object[] values = new Object[slots.size()];
        for (String key = in.nextName(); key != null; key = in.nextName()) {
            Slot slot = slots.get(key);
            if (slot == null) {
                throw in.problem(unknown(key));
            }
            if (values[slot.index()] != null) {
                throw in.problem("duplicate field " + Quoting.quote(key));
            }
            in.nextValue();
            values[slot.index()] = Objects.requireNonNull(slot.field().codec().read(in), key);
        }
        // At the object's end the parser's context is the enclosing one, standing at this object, so its pointer is
        // this object's: worked out only for a problem, as most objects have none.
        for (Map.Entry<String, Slot> entry : slots.entrySet()) {
            Slot slot = entry.getValue();
            if (slot.field().presence() == Presence.REQUIRED && values[slot.index()] == null) {
                throw in.problemAt(in.pointer(), start, "missing required field '" + entry.getKey() + "'");
            }
        }
        T built;
        try {
            built = build(values, 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw in.problemAt(in.pointer(), start, Quoting.escape(String.valueOf(e.getMessage())));
        }
        return afterRead == null ? built : afterRead.apply(in, built);
    }

    /** Builds the record from the values read into slots {@code offset…}; an absent value takes its default. */
    private T build(Object[] values, int offset) {
        Object[] arguments = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field<T> field = fields.get(i);
            int slot = offset + firstSlot[i];
            Object value = switch (field.presence()) {
                case REQUIRED -> values[slot];
                case OPTIONAL -> Optional.ofNullable(values[slot]);
                case DEFAULT -> values[slot] == null ? field.absent() : values[slot];
                case FLATTENED -> field.inner().build(values, slot);
            };
            arguments[componentOf[i]] = value;
        }
        return construct(arguments);
    }

    private T construct(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + name, e);
        }
    }

    @Override
    public T replaceTexts(T value, UnaryOperator<LocalizedText> replace) {
        Object[] arguments = new Object[fields.size()];
        boolean changed = false;
        for (int i = 0; i < fields.size(); i++) {
            Field<T> field = fields.get(i);
            Object component = field.accessor().apply(value);
            Object replaced;
            if (field.presence() == Presence.OPTIONAL) {
                Optional<?> present = (Optional<?>) component;
                Object inner = present.map(v -> field.codec().replaceTexts(v, replace)).orElse(null);
                replaced = present.isEmpty() || inner == present.get() ? component : Optional.of(inner);
            } else {
                replaced = field.codec().replaceTexts(component, replace);
            }
            changed |= replaced != component;
            arguments[componentOf[i]] = replaced;
        }
        return changed ? construct(arguments) : value;
    }

    @Override
    public void write(JsonGenerator out, T value) {
        out.writeStartObject();
        if (marksContext) {
            // Its texts look the event up to know their implied default language.
            out.assignCurrentValue(value);
        }
        writeFields(out, value);
        out.writeEndObject();
    }

    private void writeFields(JsonGenerator out, T value) {
        for (int i = 0; i < encodedNames.length; i++) {
            Field<T> field = fields.get(i);
            Object component = field.accessor().apply(value);
            switch (field.presence()) {
                case REQUIRED -> {
                    out.writeName(encodedNames[i]);
                    field.codec().write(out, component);
                }
                case OPTIONAL -> {
                    Optional<?> present = (Optional<?>) component;
                    if (present.isPresent()) {
                        out.writeName(encodedNames[i]);
                        field.codec().write(out, present.get());
                    }
                }
                case DEFAULT -> {
                    if (!field.isDefault().test(component)) {
                        out.writeName(encodedNames[i]);
                        field.codec().write(out, component);
                    }
                }
                case FLATTENED -> field.inner().writeFields(out, component);
            }
        }
    }

    @Override
    public ObjectNode schema(SchemaBuilder schemas) {
        return schemas.ref(name, () -> ShapeSchema.definition(this, schemas));
    }

    /** Returns the cross-field rules of this object itself, as JSON Schema fragments. */
    List<String> rules() {
        return rules;
    }

    @Override
    public String describe() {
        return name;
    }

    private String unknown(String key) {
        if (key.startsWith("@")) {
            return Quoting.quote(key) + " is not allowed: the format has no type or JSON-LD keywords";
        }
        String message = "unknown field " + Quoting.quote(key);
        return slots.keySet().stream().filter(known -> Spelling.close(known, key)).findFirst()
                .map(known -> message + " (did you mean '" + known + "'?)").orElse(message);
    }
}
