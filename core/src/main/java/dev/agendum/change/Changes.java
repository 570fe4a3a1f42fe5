package dev.agendum.change;

import dev.agendum.model.Event;
import dev.agendum.model.Revision;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a published event with its new version.
 *
 * <pre>{@code
 * for (Change change : Changes.between(published, next)) {
 *     System.out.println(change.path() + ": " + change.before().orElse("-") + " -> " + change.after().orElse("-"));
 * }
 * }</pre>
 *
 * <p>Changes come in a fixed order: the event's status, time, place, join link, title, description, registration,
 * other details, people, the event's own roles; then the programme item by item in the order of the new programme,
 * each item's status, start, end, room, title, description, details and roles. Revisions are not compared: they are
 * what {@link Publisher} derives from the changes. Items are matched by id at any depth; an item of the published
 * version that the new one lacks is reported as {@link ChangeKind#ITEM_REMOVED}, at the place {@link Publisher}
 * keeps its tombstone, so that paths are those of the new version as published.
 */
public final class Changes {

    private Changes() {
    }

    /**
     * Returns every change from {@code published} to {@code next}, empty when they are equal but for their
     * revisions.
     *
     * @param published the version subscribers have
     * @param next      the new version
     * @return the changes, in programme order
     * @throws IllegalArgumentException when the two are not versions of one event (their ids differ)
     * @throws PublicationException     when an item id names an item of another kind in {@code next}
     */
    public static List<Change> between(Event published, Event next) {
        Tombstones.Merged merged = Tombstones.merge(published.programme(), next.programme());
        return between(published, next.toBuilder().programme(merged.programme()).build(), merged.removed());
    }

    static List<Change> between(Event before, Event after, Set<String> removed) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("'" + before.id() + "' and '" + after.id()
                    + "' are not versions of one event");
        }
        ChangeList changes = new ChangeList();
        EventComparison.compare(before, after, changes);
        RoleComparison.people(before, after, changes);
        RoleComparison.participations(before, after, before.participations(), after.participations(), "event",
                Optional.empty(), changes);
        ItemComparison.compare(before, after, removed, changes);
        Revision revision = before.revision();
        if (changes.isEmpty() && !after.toBuilder().revision(revision).build().equals(before)) {
            // What no comparison names (the order of a list, say) still changed: never publish it unannounced.
            changes.add(ChangeKind.DETAILS_CHANGED, "event", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        return changes.list();
    }
}
