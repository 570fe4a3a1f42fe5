package dev.agendum.change;

import dev.agendum.model.LocalizedText;
import dev.agendum.model.Revision;
import java.util.List;
import java.util.Objects;

/**
 * What changed in one event between the revision it was published as and the revision its new version gets, in
 * programme order: the event's own changes first, then the items' in the order of the new programme (removed
 * items where they are kept as tombstones).
 *
 * @param eventId the event's id
 * @param title   the event's title in the new version
 * @param from    the published revision
 * @param to      the revision of the new version; equal to {@code from} when nothing changed
 * @param changes the changes, in programme order
 */
public record EventChanges(String eventId, LocalizedText title, Revision from, Revision to, List<Change> changes) {

    /**
     * Creates the changes of an event.
     *
     * @param eventId the event's id
     * @param title the event's title in the new version
     * @param from the published revision
     * @param to the revision of the new version; equal to {@code from} when nothing changed
     * @param changes the changes, in programme order
     */
    public EventChanges {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = List.copyOf(changes);
    }

    /**
     * {@return whether nothing changed}
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * {@return whether a change must raise the revision}
     */
    public boolean significant() {
        for (Change change : changes) {
            if (change.significant()) {
                return true;
            }
        }
        return false;
    }
}
