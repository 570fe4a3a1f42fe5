package dev.agendum.json.write;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Adapts one of our writers to Jackson, so that property order and codes are fixed by our code and not by
 * reflection over the records.
 *
 * @param <T> the model type
 */
public final class ModelSerializer<T> extends ValueSerializer<T> {

    private final Class<T> type;
    private final BiConsumer<JsonGenerator, T> writer;

    /** Creates the serializer of {@code type}, writing with {@code writer}. */
    public ModelSerializer(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
        this.type = type;
        this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
        writer.accept(out, value);
    }

    @Override
    public Class<?> handledType() {
        return type;
    }
}
