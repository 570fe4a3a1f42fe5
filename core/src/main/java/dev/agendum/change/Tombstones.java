package dev.agendum.change;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cancelled tombstones for what a new version no longer holds, so that calendars that hold the old entry drop it.
 *
 * <p>A removed programme item is kept, cancelled, where it was: under the same parent when that parent is still
 * there (or is itself kept as a tombstone), among its siblings in start order. A tombstone keeps the item's id,
 * times, kind, title, description, track, room and its own removed children; it loses its participations (the
 * people may be gone from the event) and its previous start. An item already published as a tombstone stays as it
 * is, so publishing again changes nothing.
 */
final class Tombstones {

    /**
     * A programme with its tombstones.
     *
     * @param programme the new programme with every removed item kept, cancelled
     * @param removed   the ids of the items removed since the published version (not those already tombstones)
     */
    record Merged(Programme programme, Set<String> removed) {
    }

    private Tombstones() {
    }

    /** Returns {@code item} as a tombstone: cancelled, without people or previous start, children as given. */
    static ProgrammeItem of(ProgrammeItem item, List<ProgrammeItem> children) {
        return new ProgrammeItem(item.id(), item.start(), item.end(), item.kind(), item.kindLabel(), item.title(),
                item.description(), List.of(), item.track(), item.room(), children, EventStatus.CANCELLED,
                Optional.empty());
    }

    /**
     * Returns {@code event} as a tombstone: cancelled, without previous start, revision unchanged (the caller sets
     * the next).
     */
    static Event of(Event event) {
        return event.toBuilder().status(EventStatus.CANCELLED).previousStart(Optional.empty()).build();
    }

    /** Keeps every item of {@code published} that {@code next} lacks, cancelled, in {@code next}'s programme. */
    static Merged merge(Programme published, Programme next) {
        Set<String> present = new HashSet<>();
        next.allItems().forEach(i -> present.add(i.id()));
        Set<String> removed = new LinkedHashSet<>();
        List<ProgrammeItem> items = level(next.items(), published.items(), present, removed);
        return new Merged(new Programme(items), Set.copyOf(removed));
    }

    private static List<ProgrammeItem> level(List<ProgrammeItem> now, List<ProgrammeItem> before,
                                             Set<String> present, Set<String> removed) {
        List<ProgrammeItem> merged = new ArrayList<>(now.size());
        for (ProgrammeItem item : now) {
            List<ProgrammeItem> oldChildren = before.stream().filter(b -> b.id().equals(item.id())).findFirst()
                    .map(ProgrammeItem::children).orElse(List.of());
            List<ProgrammeItem> children = level(item.children(), oldChildren, present, removed);
            merged.add(children.equals(item.children()) ? item : withChildren(item, children));
        }
        for (ProgrammeItem gone : before) {
            if (!present.contains(gone.id())) {
                insert(merged, bury(gone, present, removed));
            }
        }
        return merged;
    }

    /** The tombstone of a removed item, with its removed children; recorded as removed unless it already was. */
    private static ProgrammeItem bury(ProgrammeItem gone, Set<String> present, Set<String> removed) {
        List<ProgrammeItem> children = new ArrayList<>();
        for (ProgrammeItem child : gone.children()) {
            if (!present.contains(child.id())) {
                insert(children, bury(child, present, removed));
            }
        }
        ProgrammeItem tombstone = of(gone, children);
        if (!tombstone.equals(gone)) {
            removed.add(gone.id());
        }
        return tombstone;
    }

    private static ProgrammeItem withChildren(ProgrammeItem item, List<ProgrammeItem> children) {
        return new ProgrammeItem(item.id(), item.start(), item.end(), item.kind(), item.kindLabel(), item.title(),
                item.description(), item.participations(), item.track(), item.room(), children, item.status(),
                item.previousStart());
    }

    /** Inserts after the last sibling that starts no later, so that siblings stay in start order. */
    private static void insert(List<ProgrammeItem> siblings, ProgrammeItem tombstone) {
        int at = siblings.size();
        while (at > 0 && siblings.get(at - 1).start().isAfter(tombstone.start())) {
            at--;
        }
        siblings.add(at, tombstone);
    }
}
