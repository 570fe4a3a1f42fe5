/**
 * Internal: writing canonical documents. {@link dev.agendum.json.write.CanonicalLayout} is the one layout of
 * indented output; {@link dev.agendum.json.write.ModelSerializer} hands a model type to the writer its shape
 * declares, so that field order and codes are fixed by the declarations, not by reflection.
 *
 * <p>Not exported by the module {@code dev.agendum.json}: no compatibility is promised; applications use
 * {@link dev.agendum.json.AgendumJson} and {@link dev.agendum.json.EventStreams}.
 */
package dev.agendum.json.write;
