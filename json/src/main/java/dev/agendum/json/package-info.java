/**
 * Canonical JSON and schema.org JSON-LD for Agendum events.
 *
 * <p>{@link dev.agendum.json.AgendumJson} reads and writes documents of the canonical format {@code agendum/1},
 * strictly and within explicit limits, and reports every problem as an {@link dev.agendum.json.AgendumJsonException}
 * carrying JSON Pointers. {@link dev.agendum.json.SchemaOrgWriter} writes the public JSON-LD of an event.
 * {@link dev.agendum.json.AgendumModule} registers the same mappings with any Jackson 3 {@code JsonMapper}.
 *
 * <p>Every public type here is immutable and thread-safe; no method accepts or returns {@code null}.
 */
package dev.agendum.json;
