package dev.agendum.json.schema;

import dev.agendum.json.AgendumJson;
import dev.agendum.json.format.Codecs;
import dev.agendum.json.format.Document;
import dev.agendum.json.format.EventMapper;
import dev.agendum.json.format.FormatDeclarations;
import dev.agendum.json.format.Shape;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.write.CanonicalLayout;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema (draft 2020-12) of the format from its declarations. The schema shipped in the jar at
 * {@link AgendumJson#SCHEMA_RESOURCE} is this output, compared byte for byte by a test, so it cannot drift from
 * the reader.
 *
 * <p>What a schema cannot say is enforced by the reader alone and listed in {@code FORMAT.md}: an end before its
 * start, a URI's structure beyond its characters, the per-event count of programme items at every depth, nesting
 * depth, and the cross-field checks of the model's constructors that go beyond the rules stated here.
 */
public final class FormatSchema {

    private FormatSchema() {
    }

    /** Returns the schema as the shipped resource holds it: two-space indentation, a final newline. */
    static String text() {
        SchemaBuilder schemas = new SchemaBuilder();
        ObjectNode root = SchemaBuilder.node()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$id", "https://agendum.dev/schema/agendum-1.schema.json")
                .put("title", "Agendum canonical event document, format " + Document.FORMAT)
                .put("description", "One event ({\"format\": \"agendum/1\", \"event\": {...}}) or a collection "
                        + "({\"format\": \"agendum/1\", \"events\": [...]}), the fields in any order. Field names "
                        + "follow the record components of the dev.agendum.model types. Optional values that are "
                        + "absent, values equal to their default and empty lists are left out; null never appears. "
                        + "Local date-times are in the event's IANA zone. Generated from the format's declarations; "
                        + "see FORMAT.md for the rules only the reader enforces.")
                .put("type", "object");
        ObjectNode properties = root.putObject("properties");
        properties.putObject("format").put("const", Document.FORMAT);
        properties.set("event", EventMapper.EVENT.schema(schemas));
        properties.set("events", Codecs.list(EventMapper.EVENT, ReadLimits::maxEvents, "events").schema(schemas));
        root.putArray("required").add("format");
        ArrayNode oneOf = root.putArray("oneOf");
        oneOf.addObject().putArray("required").add("event");
        oneOf.addObject().putArray("required").add("events");
        root.put("additionalProperties", false);
        for (Shape<?> shape : FormatDeclarations.SHAPES) {
            shape.schema(schemas);
        }
        root.set("$defs", schemas.definitions());
        return JsonMapper.builder().build().writer().with(CanonicalLayout.prettyPrinter()).writeValueAsString(root)
                + "\n";
    }
}
