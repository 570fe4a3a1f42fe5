package dev.agendum.json.format;

import dev.agendum.json.read.JsonInput;
import dev.agendum.json.schema.SchemaBuilder;
import dev.agendum.model.LocalizedText;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of value of the format is read, written and described: the single place where a value's JSON form is
 * defined, so that the reader, the writer, the JSON Schema and {@code FORMAT.md} cannot disagree.
 *
 * @param <V> the model type
 */
public interface Codec<V> {

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    V read(JsonInput in);

    /** Writes {@code value} at the generator's current position. */
    void write(JsonGenerator out, V value);

    /** Returns the JSON Schema of the value, registering any named definitions it refers to with {@code schemas}. */
    ObjectNode schema(SchemaBuilder schemas);

    /**
     * Returns {@code value} with every localised text in it passed through {@code replace}: the same instance when
     * nothing changes. Scalars hold no text and return {@code value}.
     */
    default V replaceTexts(V value, UnaryOperator<LocalizedText> replace) {
        return value;
    }

    /** Returns what the value is, in a few words for {@code FORMAT.md} ("local date-time", "list of person"). */
    String describe();
}
