/**
 * Internal: the canonical format declared once. Each model record's JSON object is a {@link
 * dev.agendum.json.format.Shape} (its fields' names, record components, codecs, presence and bounds), each kind of
 * value a {@link dev.agendum.json.format.Codec} ({@link dev.agendum.json.format.Codecs},
 * {@link dev.agendum.json.format.TextCodec}); the {@code *Mapper} classes hold the shapes of one part of the model
 * each, {@link dev.agendum.json.format.DocumentMapper} the envelope, and
 * {@link dev.agendum.json.format.FormatDeclarations} lists them all. Reading, writing, the JSON Schema and the
 * field tables of {@code FORMAT.md} are derived from these declarations.
 *
 * <p>Not exported by the module {@code dev.agendum.json}: no compatibility is promised; applications use
 * {@link dev.agendum.json.AgendumJson}, {@link dev.agendum.json.EventStreams} or
 * {@link dev.agendum.json.AgendumModule}.
 */
package dev.agendum.json.format;
