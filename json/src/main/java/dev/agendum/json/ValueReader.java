package dev.agendum.json;

/**
 * Reads one JSON value, the parser standing on its first token, and leaves the parser on its last token.
 *
 * @param <T> what the value becomes
 */
@FunctionalInterface
interface ValueReader<T> {

    /** Reads the value at the parser's current token. */
    T read(JsonInput in);
}
