package dev.agendum.json;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one value of the model as one JSON value.
 *
 * @param <T> the model type
 */
@FunctionalInterface
interface ValueWriter<T> {

    /** Writes {@code value} at the generator's current position. */
    void write(JsonGenerator out, T value);
}
