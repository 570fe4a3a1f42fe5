package dev.agendum.json.read;

import dev.agendum.json.AgendumJson;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Adapts one of our strict readers to Jackson: every model type is read by the same code whether it is read through
 * {@link AgendumJson} or through an application's own mapper.
 *
 * @param <T> the model type
 */
public final class ModelDeserializer<T> extends ValueDeserializer<T> {

    private final Class<T> type;
    private final Function<JsonInput, T> reader;
    private final ReadLimits limits;

    /** Creates the deserializer of {@code type}, reading with {@code reader} within {@code limits}. */
    public ModelDeserializer(Class<T> type, Function<JsonInput, T> reader, ReadLimits limits) {
        this.type = type;
        this.reader = reader;
        this.limits = limits;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        Object asked = context.getAttribute(ReadContext.ATTRIBUTE);
        JsonInput in = new JsonInput(parser, limits, asked instanceof ReadContext c ? c : ReadContext.PLAIN);
        if (asked != null) {
            return reader.apply(in);
        }
        // An application's own mapper: the problem's Jackson path is made relative to this value, as Jackson's
        // own deserializers add the steps above it.
        String from = in.pointer();
        try {
            return reader.apply(in);
        } catch (InputProblem problem) {
            throw problem.withPathBelow(from);
        }
    }

    @Override
    public Class<?> handledType() {
        return type;
    }
}
