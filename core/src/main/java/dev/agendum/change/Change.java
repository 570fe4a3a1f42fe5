package dev.agendum.change;

import dev.agendum.model.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between a published event and its new version.
 *
 * <p>Values are plain text in a language-neutral form, so that every format can show them side by side: local
 * times as ISO-8601 ({@code 2021-01-15T14:30}), statuses and other enumerations by their code ({@code cancelled}),
 * texts in every language ({@code "Opening"}, or {@code "nl: Opening | en: Opening"} for several), people by name.
 * A value is empty where there is nothing on that side (the old value of something added).
 *
 * @param kind   what changed
 * @param path   the property path in the version the change refers to ({@code programme.items[2].start}); for
 *               something removed, its path in the published version
 * @param item   the programme item it is about, if any
 * @param role   the role concerned, for role changes
 * @param before the published value, if any
 * @param after  the new value, if any
 */
public record Change(ChangeKind kind, String path, Optional<ItemRef> item, Optional<Role> role,
                     Optional<String> before, Optional<String> after) {

    /**
     * Creates a change.
     *
     * @param kind what changed
     * @param path the property path in the version the change refers to ({@code programme.items[2].start}); for
     *             something removed, its path in the published version
     * @param item the programme item it is about, if any
     * @param role the role concerned, for role changes
     * @param before the published value, if any
     * @param after the new value, if any
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * {@return whether this change must raise the revision; see {@link ChangeKind#significant()}}
     */
    public boolean significant() {
        return kind.significant();
    }
}
