package dev.agendum.model;

import java.util.Locale;

/** The kinds of role a person can play on an event or programme item; {@link #CUSTOM} carries its own label. */
public enum RoleType implements Coded, Labelled {
    /** Chairs the event or a session (dagvoorzitter). */
    CHAIR,
    /** Hosts the event. */
    HOST,
    /** Moderates the event or a session. */
    MODERATOR,
    /** Gives a talk or introduction. */
    SPEAKER,
    /** Gives the keynote. */
    KEYNOTE_SPEAKER,
    /** Asks the questions in an interview. */
    INTERVIEWER,
    /** Is interviewed. */
    INTERVIEWEE,
    /** Wrote the work the event or item is about. */
    AUTHOR,
    /** Leads a panel discussion. */
    PANEL_LEADER,
    /** Sits on a panel. */
    PANELLIST,
    /** Organises the event in person. */
    ORGANISER,
    /** Answers questions about the event. */
    CONTACT,
    /** Speaks for an organisation to the press. */
    SPOKESPERSON,
    /** A role Agendum has no name for; the participation's role carries its own label. */
    CUSTOM;

    private static final Labels<RoleType> LABELS = Labels.of(RoleType.class, "RoleType", ModelBundle::in);

    @Override
    public String label(Locale language) {
        return LABELS.label(this, language);
    }
}
