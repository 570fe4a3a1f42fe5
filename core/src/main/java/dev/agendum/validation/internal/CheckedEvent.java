package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import java.util.Objects;

/**
 * An event as Agendum's own validator factory sees it: a class with one field and every rule as one class-level
 * constraint ({@link ConsistentEvent}). Hibernate Validator builds the metadata of this small class, not of
 * {@code Event} (two dozen components, a builder's worth of methods and generic signatures to reflect on, and the
 * {@code ValidEvent} annotation to ignore), which took a third of the factory's cold build. The violations' paths
 * are those from the event ({@code programme.items[2].start}): the rules name them from the event down.
 */
@ConsistentEvent
public final class CheckedEvent {

    private final Event event;

    /**
     * Wraps {@code event} for validation.
     *
     * @param event the event to check
     */
    public CheckedEvent(Event event) {
        this.event = Objects.requireNonNull(event, "event");
    }

    /** Returns the event to check. */
    Event event() {
        return event;
    }
}
