package dev.agendum.change;

import dev.agendum.model.Event;
import java.util.Objects;

/**
 * An event as it is to be published, with what changed since its published revision.
 *
 * @param event   the event to publish: the new version with its derived revision and tombstones, or the tombstone
 *                of an event that is no longer announced
 * @param changes what changed, from the published revision to {@code event}'s
 */
public record Published(Event event, EventChanges changes) {

    /**
     * Creates a publication.
     *
     * @param event the event to publish: the new version with its derived revision and tombstones, or the
     *              tombstone of an event that is no longer announced
     * @param changes what changed, from the published revision to {@code event}'s
     */
    public Published {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(changes, "changes");
    }
}
