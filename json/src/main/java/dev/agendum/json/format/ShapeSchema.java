package dev.agendum.json.format;

import dev.agendum.json.format.Shape.Field;
import dev.agendum.json.format.Shape.Presence;
import dev.agendum.json.schema.SchemaBuilder;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema definition of a {@link Shape}, derived from its declaration: its fields as properties (those of a
 * flattened object among them), the required ones, no other properties, and its cross-field rules. Apart from the
 * shape because only the schema's generation needs it, never a read or a write.
 */
final class ShapeSchema {

    private ShapeSchema() {
    }

    /** Returns the definition of {@code shape}, with references to the definitions it uses made in {@code schemas}. */
    static ObjectNode definition(Shape<?> shape, SchemaBuilder schemas) {
        ObjectNode definition = SchemaBuilder.node();
        if (!shape.description().isEmpty()) {
            definition.put("description", shape.description());
        }
        definition.put("type", "object");
        addProperties(shape, definition.putObject("properties"), schemas);
        List<String> required = shape.requiredNames();
        if (!required.isEmpty()) {
            ArrayNode list = definition.putArray("required");
            required.forEach(list::add);
        }
        definition.put("additionalProperties", false);
        List<String> rules = allRules(shape);
        if (!rules.isEmpty()) {
            ArrayNode all = definition.putArray("allOf");
            rules.forEach(rule -> all.add(SchemaBuilder.parse(rule)));
        }
        return definition;
    }

    private static void addProperties(Shape<?> shape, ObjectNode properties, SchemaBuilder schemas) {
        for (Field<?> field : shape.fields()) {
            if (field.presence() == Presence.FLATTENED) {
                addProperties(field.inner(), properties, schemas);
            } else {
                ObjectNode property = field.codec().schema(schemas);
                if (!field.note().isEmpty()) {
                    property = SchemaBuilder.node().put("description", field.note()).setAll(property);
                }
                properties.set(field.name(), property);
            }
        }
    }

    /** Returns the cross-field rules of {@code shape} and of the objects flattened into it. */
    private static List<String> allRules(Shape<?> shape) {
        List<String> all = new ArrayList<>(shape.rules());
        for (Field<?> field : shape.fields()) {
            if (field.presence() == Presence.FLATTENED) {
                all.addAll(allRules(field.inner()));
            }
        }
        return all;
    }
}
