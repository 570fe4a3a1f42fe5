package dev.agendum.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A participation together with where it sits: on the event as a whole, or on one programme item.
 *
 * @param participation the participation
 * @param item          the item it belongs to; empty for a participation on the whole event
 */
public record Appearance(Participation participation, Optional<ProgrammeItem> item) {

    /**
     * Creates an appearance.
     *
     * @param participation the participation
     * @param item the item it belongs to; empty for a participation on the whole event
     */
    public Appearance {
        Objects.requireNonNull(participation, "participation");
        Objects.requireNonNull(item, "item");
    }
}
