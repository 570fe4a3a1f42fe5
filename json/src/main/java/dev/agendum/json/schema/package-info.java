/**
 * Internal: the JSON Schema of the format, written from the declarations. {@link
 * dev.agendum.json.schema.FormatSchema} produces the schema shipped at
 * {@link dev.agendum.json.AgendumJson#SCHEMA_RESOURCE} (a test compares it byte for byte, and also checks the field
 * tables of {@code FORMAT.md} against the declarations); {@link dev.agendum.json.schema.SchemaBuilder} collects its
 * named definitions.
 *
 * <p>Not exported by the module {@code dev.agendum.json}: no compatibility is promised; applications read the
 * schema resource.
 */
package dev.agendum.json.schema;
