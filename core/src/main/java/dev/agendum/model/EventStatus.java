package dev.agendum.model;

import java.util.Locale;

/** Where an event or a programme item stands; the values of schema.org's EventStatusType. */
public enum EventStatus implements Coded, Labelled {
    /** Takes place as announced. */
    SCHEDULED("Scheduled", "Gepland"),
    /** Will not take place. */
    CANCELLED("Cancelled", "Geannuleerd"),
    /** Moved to a date not yet known. */
    POSTPONED("Postponed", "Uitgesteld"),
    /** Moved to a new date; the event keeps its previous start. */
    RESCHEDULED("Rescheduled", "Verplaatst"),
    /** Was to be held in person and now takes place online. */
    MOVED_ONLINE("Moved online", "Online verplaatst");

    private final String english;
    private final String dutch;

    EventStatus(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    @Override
    public String label(Locale language) {
        return Labelled.pick(language, english, dutch);
    }

    /**
     * {@return whether the event or item moved in time, so that a previous start may be given}
     */
    public boolean movedInTime() {
        return this == POSTPONED || this == RESCHEDULED;
    }
}
