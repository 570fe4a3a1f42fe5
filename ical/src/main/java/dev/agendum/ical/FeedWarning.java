package dev.agendum.ical;

import java.util.Objects;

/**
 * Something a {@link FeedReader} read but did not map, or mapped with an assumption, so that a caller can see what
 * a tolerant read left out.
 *
 * @param line    the line (from 1) of the component or property concerned
 * @param message what was skipped or assumed
 */
public record FeedWarning(int line, String message) {

    /**
     * Creates a warning.
     *
     * @param line the line (from 1) of the component or property concerned
     * @param message what was skipped or assumed
     */
    public FeedWarning {
        Objects.requireNonNull(message, "message");
    }

    /** Returns "line N: message". */
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
