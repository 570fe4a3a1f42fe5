/**
 * Agendum's JSON adapter: the canonical JSON format of events (with its JSON Schema), a Jackson 3 module for the
 * domain types, and a schema.org JSON-LD writer.
 *
 * <p>Entry points: {@link dev.agendum.json.AgendumJson} (read and write canonical documents),
 * {@link dev.agendum.json.SchemaOrgWriter} (JSON-LD for web pages) and {@link dev.agendum.json.AgendumModule}
 * (for applications that bring their own {@code JsonMapper}).
 */
module dev.agendum.json {
    requires transitive dev.agendum.core;
    requires transitive tools.jackson.databind;

    exports dev.agendum.json;
    // Not exported, internal: dev.agendum.json.format, .read, .write, .schema and .schemaorg (see package-info).

    provides tools.jackson.databind.JacksonModule with dev.agendum.json.AgendumModule;
}
