/**
 * Internal: reading a document strictly and saying where it is wrong. {@link dev.agendum.json.read.JsonInput} is
 * the checking cursor over Jackson's parser that the format's codecs read through; {@link
 * dev.agendum.json.read.ReadLimits} and {@link dev.agendum.json.read.EventBounds} bound a read;
 * {@link dev.agendum.json.read.Utf8Check} refuses malformed UTF-8 before Jackson decodes it;
 * {@link dev.agendum.json.read.InputProblem} and {@link dev.agendum.json.read.ReadErrors} turn every refusal into a
 * problem with a JSON Pointer, line and column ({@link dev.agendum.json.read.Quoting} escapes document text in
 * messages); {@link dev.agendum.json.read.ValidatingCheck}, {@link dev.agendum.json.read.ValuePositions} and
 * {@link dev.agendum.json.read.Pointers} place the validator's violations in the document.
 *
 * <p>Not exported by the module {@code dev.agendum.json}: no compatibility is promised; applications use
 * {@link dev.agendum.json.AgendumJson} and {@link dev.agendum.json.AgendumJsonException}.
 */
package dev.agendum.json.read;
