package dev.agendum.model;

import java.util.Locale;

/** Where an event or a programme item stands; the values of schema.org's EventStatusType. */
public enum EventStatus implements Coded, Labelled {
    /** Takes place as announced. */
    SCHEDULED,
    /** Will not take place. */
    CANCELLED,
    /** Moved to a date not yet known. */
    POSTPONED,
    /** Moved to a new date; the event keeps its previous start. */
    RESCHEDULED,
    /** Was to be held in person and now takes place online. */
    MOVED_ONLINE;

    private static final Labels<EventStatus> LABELS = Labels.of(EventStatus.class, "EventStatus", ModelBundle::in);

    @Override
    public String label(Locale language) {
        return LABELS.label(this, language);
    }

    /**
     * {@return whether the event or item moved in time, so that a previous start may be given}
     */
    public boolean movedInTime() {
        return this == POSTPONED || this == RESCHEDULED;
    }
}
