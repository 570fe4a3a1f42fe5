package dev.agendum.change;

import dev.agendum.model.Event;
import dev.agendum.model.ProgrammeItem;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programme: each item of the new version (tombstones included) in programme order, matched with the
 * published item of the same id wherever it was in the tree.
 */
final class ItemComparison {

    private ItemComparison() {
    }

    /**
     * Compares the items; {@code removed} holds the ids of items kept as tombstones since this publication.
     *
     * @throws PublicationException when an item id now names an item of another kind
     */
    static void compare(Event before, Event after, Set<String> removed, ChangeList changes) {
        Map<String, ProgrammeItem> old = new HashMap<>();
        Map<String, String> oldParents = new HashMap<>();
        index(before.programme().items(), "", old, oldParents);
        walk(before, after, after.programme().items(), "programme.items", "", old, oldParents, removed, changes);
    }

    private static void index(List<ProgrammeItem> items, String parent, Map<String, ProgrammeItem> into,
                              Map<String, String> parents) {
        for (ProgrammeItem item : items) {
            into.putIfAbsent(item.id(), item);
            parents.putIfAbsent(item.id(), parent);
            index(item.children(), item.id(), into, parents);
        }
    }

    private static void walk(Event before, Event after, List<ProgrammeItem> level, String list, String parent,
                             Map<String, ProgrammeItem> old, Map<String, String> oldParents, Set<String> removed,
                             ChangeList changes) {
        for (int i = 0; i < level.size(); i++) {
            ProgrammeItem item = level.get(i);
            String path = list + "[" + i + "]";
            ProgrammeItem was = old.get(item.id());
            Optional<ItemRef> ref = Optional.of(ItemRef.of(item));
            if (was == null) {
                changes.add(ChangeKind.ITEM_ADDED, path, ref, Optional.empty(), Optional.empty(),
                        Optional.of(Values.text(item.title())));
            } else if (removed.contains(item.id())) {
                changes.add(ChangeKind.ITEM_REMOVED, path, ref, Optional.empty(),
                        Optional.of(Values.text(was.title())), Optional.empty());
            } else {
                fields(before, after, was, item, path, ref, changes);
                changes.compare(ChangeKind.DETAILS_CHANGED, path + ".parent", ref,
                        Values.nonEmpty(oldParents.get(item.id())), Values.nonEmpty(parent));
            }
            walk(before, after, item.children(), path + ".children", item.id(), old, oldParents, removed, changes);
        }
    }

    private static void fields(Event before, Event after, ProgrammeItem was, ProgrammeItem item, String path,
                               Optional<ItemRef> ref, ChangeList changes) {
        if (was.kind() != item.kind()) {
            throw new PublicationException(after.id(), path + ".kind", "item '" + item.id() + "' was a "
                    + was.kind().code() + " in revision " + before.revision().number() + " and is now a "
                    + item.kind().code() + "; an item id names one item for good, so give the new item a new id");
        }
        boolean derived = Moves.derived(was, item);
        if (was.status() != item.status() && !derived) {
            changes.compare(item.cancelled() ? ChangeKind.ITEM_CANCELLED : ChangeKind.ITEM_STATUS_CHANGED,
                    path + ".status", ref, was.status().code(), item.status().code());
        }
        changes.compare(ChangeKind.ITEM_MOVED, path + ".start", ref, was.start().toString(),
                item.start().toString());
        // An item moved whole is told once, as moved; its end counts as changed only when its length did.
        if (!was.end().map(e -> Duration.between(was.start(), e))
                .equals(item.end().map(e -> Duration.between(item.start(), e)))) {
            changes.compare(ChangeKind.ITEM_RETIMED, path + ".end", ref, was.end().map(Object::toString),
                    item.end().map(Object::toString));
        }
        changes.compare(ChangeKind.ITEM_RELOCATED, path + ".room", ref, was.room(), item.room());
        changes.compare(ChangeKind.ITEM_RETITLED, path + ".title", ref, Values.text(was.title()),
                Values.text(item.title()));
        changes.compare(ChangeKind.TEXT_CHANGED, path + ".description", ref, Values.text(was.description()),
                Values.text(item.description()));
        if (!derived) {
            changes.compare(ChangeKind.DETAILS_CHANGED, path + ".previousStart", ref,
                    was.previousStart().map(Object::toString), item.previousStart().map(Object::toString));
        }
        changes.compare(ChangeKind.DETAILS_CHANGED, path + ".kindLabel", ref, Values.text(was.kindLabel()),
                Values.text(item.kindLabel()));
        changes.compare(ChangeKind.DETAILS_CHANGED, path + ".track", ref, was.track(), item.track());
        RoleComparison.participations(before, after, was.participations(), item.participations(), path, ref,
                changes);
    }
}
