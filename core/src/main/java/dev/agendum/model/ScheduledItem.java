package dev.agendum.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A programme item placed in time: its announced or derived span, and its scheduled parts.
 *
 * @param item       the item as announced
 * @param span       when it runs; a point in time when it starts where its parent ends
 * @param endDerived whether the end was derived rather than announced
 * @param children   the item's parts, scheduled within {@code span}
 */
public record ScheduledItem(ProgrammeItem item, TimeSpan span, boolean endDerived, List<ScheduledItem> children) {

    /**
     * Creates a scheduled item.
     *
     * @param item the item as announced
     * @param span when it runs; a point in time when it starts where its parent ends
     * @param endDerived whether the end was derived rather than announced
     * @param children the item's parts, scheduled within {@code span}
     */
    public ScheduledItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(span, "span");
        children = Checks.copy(children, "children");
    }

    /**
     * {@return how long the item runs; zero for a point in time}
     */
    public Duration duration() {
        return span.duration();
    }
}
