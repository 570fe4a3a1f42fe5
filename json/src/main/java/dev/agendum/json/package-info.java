/**
 * Canonical JSON and schema.org JSON-LD for Agendum events.
 *
 * <p>{@link dev.agendum.json.AgendumJson} reads and writes documents of the canonical format {@code agendum/1},
 * strictly and within explicit limits, and reports every problem as an {@link dev.agendum.json.AgendumJsonException}
 * carrying JSON Pointers. {@link dev.agendum.json.SchemaOrgWriter} writes the public JSON-LD of an event.
 * {@link dev.agendum.json.AgendumModule} registers the same mappings with any Jackson 3 {@code JsonMapper}.
 *
 * {@link dev.agendum.json.EventStreams} reads and writes collections event by event, and
 * {@link dev.agendum.json.ChangeLogWriter} writes the change log {@code agendum-changes/1}.
 *
 * <p>This package is the module's whole API. The rest lives in internal packages that the module does not export:
 * {@code dev.agendum.json.format} (the format declared once: shapes and codecs), {@code dev.agendum.json.read}
 * (strict reading, limits, UTF-8 check, positions and problems), {@code dev.agendum.json.write} (the canonical
 * layout), {@code dev.agendum.json.schema} (the JSON Schema written from the declarations) and
 * {@code dev.agendum.json.schemaorg} (the parts of the JSON-LD).
 *
 * <p>Every public type here is immutable and thread-safe (but for the one-pass stream reader and writer); no method
 * accepts or returns {@code null}.
 */
package dev.agendum.json;
