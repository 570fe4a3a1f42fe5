package dev.agendum.model;

import java.util.Locale;

/** The kinds of role a person can play on an event or programme item; {@link #CUSTOM} carries its own label. */
public enum RoleType implements Coded, Labelled {
    /** Chairs the event or a session (dagvoorzitter). */
    CHAIR("Chair", "Voorzitter"),
    /** Hosts the event. */
    HOST("Host", "Gastheer/gastvrouw"),
    /** Moderates the event or a session. */
    MODERATOR("Moderator", "Moderator"),
    /** Gives a talk or introduction. */
    SPEAKER("Speaker", "Spreker"),
    /** Gives the keynote. */
    KEYNOTE_SPEAKER("Keynote speaker", "Keynotespreker"),
    /** Asks the questions in an interview. */
    INTERVIEWER("Interviewer", "Interviewer"),
    /** Is interviewed. */
    INTERVIEWEE("Interviewee", "Geïnterviewde"),
    /** Wrote the work the event or item is about. */
    AUTHOR("Author", "Auteur"),
    /** Leads a panel discussion. */
    PANEL_LEADER("Panel leader", "Gespreksleider panel"),
    /** Sits on a panel. */
    PANELLIST("Panellist", "Panellid"),
    /** Organises the event in person. */
    ORGANISER("Organiser", "Organisator"),
    /** Answers questions about the event. */
    CONTACT("Contact", "Contactpersoon"),
    /** Speaks for an organisation to the press. */
    SPOKESPERSON("Spokesperson", "Woordvoerder"),
    /** A role Agendum has no name for; the participation's role carries its own label. */
    CUSTOM("Other", "Overig");

    private final String english;
    private final String dutch;

    RoleType(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    @Override
    public String label(Locale language) {
        return Labelled.pick(language, english, dutch);
    }
}
