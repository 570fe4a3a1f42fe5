package dev.agendum.change;

import dev.agendum.model.Coded;

/**
 * What kind of difference a {@link Change} is, and whether it is <em>significant</em>: whether the new version must
 * be published under a higher revision, so that calendars raise their SEQUENCE and replace what they hold.
 *
 * <p>The line follows RFC 5546 section 2.1.4: the organiser must raise SEQUENCE when DTSTART, DTEND, DURATION or
 * STATUS change, and whenever a change "will jeopardize the validity of the participation status" of attendees,
 * the RFC's example being a change of location. So a change of time (of the event or of an item), of status (a
 * cancelled or re-instated item, an item dropped from the programme, which is published as cancelled), of place
 * (venue, attendance mode, online location, join link, an item's room) is significant. Titles, texts, people and
 * their roles, registration and other details are not: they change what a calendar shows, not whether an attendee
 * can still come; they are published under the same revision number with a later DTSTAMP, which RFC 5546
 * section 2.1.5 lets a client use to tell the newer of two copies with the same SEQUENCE.
 */
public enum ChangeKind implements Coded {
    /** The event's status changed (scheduled, cancelled, postponed, rescheduled, moved online). */
    EVENT_STATUS_CHANGED(true),
    /** The event's start, end, all-day form or zone changed; the values are its start and end. */
    EVENT_RETIMED(true),
    /** The event's venue, attendance mode or online platform changed. */
    EVENT_RELOCATED(true),
    /** The online join link changed (known, to follow, after registration, another URL). */
    JOIN_LINK_CHANGED(true),
    /** The event's title changed. */
    EVENT_RETITLED(false),
    /** A description changed, of the event or of an item. */
    TEXT_CHANGED(false),
    /** Registration changed: requirement, channels, window, capacity, fee, audience, approval or note. */
    REGISTRATION_CHANGED(false),
    /** A person was listed who plays no role. */
    PERSON_ADDED(false),
    /** A person who played no role is no longer listed. */
    PERSON_REMOVED(false),
    /** A listed person's name, honorific, e-mail address, phone or link changed. */
    PERSON_CHANGED(false),
    /** A person took a role, on the event or on an item. */
    ROLE_ADDED(false),
    /** A person no longer has a role they had, on the event or on an item. */
    ROLE_REMOVED(false),
    /** Another person took a role someone else had, on the same event or item. */
    ROLE_REPLACED(false),
    /** A participation's affiliations changed. */
    AFFILIATION_CHANGED(false),
    /** Organisers, contacts, links, image, categories, language, or an item's kind label or track changed. */
    DETAILS_CHANGED(false),
    /** A programme item was added. It gets a calendar entry of its own at the event's current revision. */
    ITEM_ADDED(false),
    /** A programme item is missing from the new version: it is kept, cancelled, so that calendars drop it. */
    ITEM_REMOVED(true),
    /** A programme item was cancelled. */
    ITEM_CANCELLED(true),
    /** A programme item's status changed otherwise (re-instated, postponed, rescheduled). */
    ITEM_STATUS_CHANGED(true),
    /** A programme item starts at another time; the values are its starts (an announced end moves along). */
    ITEM_MOVED(true),
    /** A programme item's length changed: its announced end, other than by moving with its start. */
    ITEM_RETIMED(true),
    /** A programme item's room changed. */
    ITEM_RELOCATED(true),
    /** A programme item's title changed. */
    ITEM_RETITLED(false),
    /** The event is new in this publication; the value is its title. */
    EVENT_ADDED(false),
    /** The event is missing from the new publication: it is kept, cancelled, so that calendars drop it. */
    EVENT_REMOVED(true);

    private final boolean significant;

    ChangeKind(boolean significant) {
        this.significant = significant;
    }

    /**
     * {@return whether a change of this kind must raise the revision (and so the calendar SEQUENCE)}
     */
    public boolean significant() {
        return significant;
    }
}
