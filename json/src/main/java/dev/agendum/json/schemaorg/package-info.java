/**
 * Internal: the parts of the schema.org JSON-LD that {@link dev.agendum.json.SchemaOrgWriter} writes.
 * {@link dev.agendum.json.schemaorg.SchemaOrgParts} writes dates with offsets, places, organisations and
 * performers, publishing only what a public page may show; {@link dev.agendum.json.schemaorg.HtmlSafeEscapes}
 * keeps the output safe inside an HTML {@code <script>} element.
 *
 * <p>Not exported by the module {@code dev.agendum.json}: no compatibility is promised; applications use
 * {@link dev.agendum.json.SchemaOrgWriter}.
 */
package dev.agendum.json.schemaorg;
