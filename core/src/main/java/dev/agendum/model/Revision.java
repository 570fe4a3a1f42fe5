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

    /**
     * Creates a revision; the number must not be negative.
     *
     * @param number 0 for the first publication, then 1, 2…
     * @param published when this revision was published
     */
    public Revision {
        Checks.notNegative(number, "number");
        Objects.requireNonNull(published, "published");
    }

    /**
     * {@return the revision with {@code number} published at {@code published}}
     *
     * @param number 0 for the first publication, then 1, 2…
     * @param published when this revision was published
     */
    public static Revision of(int number, Instant published) {
        return new Revision(number, published);
    }

    /**
     * {@return the next revision, published at {@code published}}
     *
     * @param published when the next revision is published
     */
    public Revision next(Instant published) {
        return new Revision(number + 1, published);
    }
}
