package dev.agendum.model;

/**
 * What an online meeting offers its attendees; mirrors the FEATURE values of RFC 7986 section 6.3.
 */
public enum ConferenceFeature implements Coded {
    /** Participants can be heard. */
    AUDIO,
    /** Participants can be seen (camera). */
    VIDEO,
    /** Participants can chat. */
    CHAT,
    /** A screen can be shared. */
    SCREEN,
    /** Participants can dial in by phone. */
    PHONE,
    /** A moderator controls the meeting. */
    MODERATOR,
    /** A feed to watch without taking part. */
    FEED
}
