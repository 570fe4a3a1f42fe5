package dev.agendum.model;

/** What happens to the next person who registers; see {@link Registration#outcomeOfNext}. */
public enum RegistrationOutcome implements Coded {
    /** Registration is not required: people just come. */
    NOT_REQUIRED,
    /** Registration has not opened yet. */
    NOT_YET_OPEN,
    /** Registration has closed. */
    CLOSED,
    /** The registration gets a place. */
    ACCEPTED,
    /** The registration gets a place once the organiser approves it. */
    PENDING_APPROVAL,
    /** All places are taken; the registration goes on the waiting list. */
    WAITLISTED,
    /** All places, and the waiting list if any, are taken. */
    FULL
}
