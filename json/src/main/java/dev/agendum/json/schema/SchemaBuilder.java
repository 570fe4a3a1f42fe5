package dev.agendum.json.schema;

import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects the named definitions ({@code $defs}) of the JSON Schema while the codecs describe themselves: a
 * definition is added the first time it is referred to, so the schema holds exactly what the format uses, in a
 * fixed order.
 */
public final class SchemaBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode definitions = NODES.objectNode();

    /** Returns a new, empty schema object. */
    public static ObjectNode node() {
        return NODES.objectNode();
    }

    /** Parses a schema fragment written as JSON text in a declaration. */
    public static ObjectNode parse(String json) {
        return (ObjectNode) JsonMapper.shared().readTree(json);
    }

    /**
     * Returns a reference to definition {@code name}, building it with {@code definition} the first time. The name
     * is reserved before the definition is built, so that a recursive definition (a programme item's children)
     * refers to itself.
     */
    public ObjectNode ref(String name, Supplier<ObjectNode> definition) {
        if (!definitions.has(name)) {
            definitions.putNull(name);
            definitions.set(name, definition.get());
        }
        return node().put("$ref", "#/$defs/" + name);
    }

    /** Returns the definitions registered so far, by name, in order of first reference. */
    ObjectNode definitions() {
        return definitions;
    }
}
