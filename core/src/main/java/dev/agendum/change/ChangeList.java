package dev.agendum.change;

import dev.agendum.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Collects changes in the order they are found; a value pair that is equal is no change and is not collected. */
final class ChangeList {

    private final List<Change> changes = new ArrayList<>();

    /** Adds a change when {@code before} and {@code after} differ. */
    void compare(ChangeKind kind, String path, Optional<ItemRef> item, Optional<String> before,
                 Optional<String> after) {
        if (!before.equals(after)) {
            changes.add(new Change(kind, path, item, Optional.empty(), before, after));
        }
    }

    /** Adds a change when the two values differ. */
    void compare(ChangeKind kind, String path, Optional<ItemRef> item, String before, String after) {
        compare(kind, path, item, Optional.of(before), Optional.of(after));
    }

    /** Adds a change whatever its values. */
    void add(ChangeKind kind, String path, Optional<ItemRef> item, Optional<Role> role, Optional<String> before,
             Optional<String> after) {
        changes.add(new Change(kind, path, item, role, before, after));
    }

    /** Tells whether two values differ, for callers that build the values only when they do. */
    static boolean differ(Object a, Object b) {
        return !Objects.equals(a, b);
    }

    List<Change> list() {
        return List.copyOf(changes);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }
}
