package dev.agendum.json.read;

import dev.agendum.json.AgendumJson;
import java.util.Optional;

/**
 * What one read through {@link AgendumJson} asks of the document reader, passed as a Jackson context attribute so
 * that the shared, immutable mapper serves every read.
 *
 * @param check      what to do with each event as soon as it is read
 * @param singleOnly whether only a single-event document is acceptable
 */
public record ReadContext(Optional<EventCheck> check, boolean singleOnly) {

    /** The attribute under which a read passes its context. */
    public static final Object ATTRIBUTE = ReadContext.class;

    /** The context of a read through a plain mapper: no check, any document. */
    public static final ReadContext PLAIN = new ReadContext(Optional.empty(), false);
}
