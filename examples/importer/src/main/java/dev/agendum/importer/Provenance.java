package dev.agendum.importer;

import java.util.Objects;

/**
 * One value of a draft's event and why it is there.
 *
 * @param path  the value's property path in the event, as the validator spells paths
 *              ({@code programme.items[2].start}, {@code people[0].phone})
 * @param value the value as set, in a readable form
 * @param basis the source it was read from, or the assumption it rests on
 */
public record Provenance(String path, String value, Basis basis) {

    /**
     * Creates a provenance entry; no part may be null.
     *
     * @param path  the value's property path in the event
     * @param value the value as set, in a readable form
     * @param basis the source it was read from, or the assumption it rests on
     */
    public Provenance {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Tells whether the value was assumed rather than read.
     *
     * @return true when the basis is an {@link Assumption}
     */
    public boolean assumed() {
        return basis instanceof Assumption;
    }
}
