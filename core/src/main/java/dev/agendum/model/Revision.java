package dev.agendum.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The published version of an event: a number that grows with every published change, and when it was published.
 * Calendar feeds take their SEQUENCE and DTSTAMP from it, never from the wall clock.
 *
 * @param number    0 for the first publication, then 1, 2…
 * @param published when this revision was published
 */
public record Revision(int number, Instant published) {

    /** Creates a revision; the number must not be negative. */
    public Revision {
        Checks.notNegative(number, "number");
        Objects.requireNonNull(published, "published");
    }

    /** Returns the revision with {@code number} published at {@code published}. */
    public static Revision of(int number, Instant published) {
        return new Revision(number, published);
    }

    /** Returns the next revision, published at {@code published}. */
    public Revision next(Instant published) {
        return new Revision(number + 1, published);
    }
}
