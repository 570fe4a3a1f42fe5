package dev.agendum.change;

import dev.agendum.model.LocalizedText;
import dev.agendum.model.ProgrammeItem;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The programme item a {@link Change} is about, as it is in the version the change refers to (the new one, or for
 * a removed item the published one).
 *
 * @param id    the item's id
 * @param title its title
 * @param start its start
 */
public record ItemRef(String id, LocalizedText title, LocalDateTime start) {

    /**
     * Creates a reference.
     *
     * @param id the item's id
     * @param title its title
     * @param start its start
     */
    public ItemRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
    }

    /**
     * {@return the reference to {@code item}, as it stands in its version}
     *
     * @param item the programme item the change is about
     */
    public static ItemRef of(ProgrammeItem item) {
        return new ItemRef(item.id(), item.title(), item.start());
    }
}
