package dev.agendum.model;

import java.util.Locale;

/** What a programme item is; {@link #OTHER} items carry a label of their own. */
public enum ItemKind implements Coded, Labelled {
    /** A word of welcome. */
    WELCOME("Welcome", "Welkom"),
    /** The opening or kick-off (aftrap). */
    OPENING("Opening", "Aftrap"),
    /** An introduction to the subject (inleiding). */
    INTRODUCTION("Introduction", "Inleiding"),
    /** A talk or presentation. */
    TALK("Talk", "Presentatie"),
    /** The keynote. */
    KEYNOTE("Keynote", "Keynote"),
    /** An interview. */
    INTERVIEW("Interview", "Interview"),
    /** A panel discussion. */
    PANEL("Panel discussion", "Paneldiscussie"),
    /** An open discussion. */
    DISCUSSION("Discussion", "Discussie"),
    /** Questions and answers. */
    QUESTIONS("Q&A", "Vragen"),
    /** A break. */
    BREAK("Break", "Pauze"),
    /** Networking or drinks. */
    NETWORKING("Networking", "Netwerken"),
    /** The closing. */
    CLOSING("Closing", "Afsluiting"),
    /** Anything else; the item carries its own kind label. */
    OTHER("Other", "Overig");

    private final String english;
    private final String dutch;

    ItemKind(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    @Override
    public String label(Locale language) {
        return Labelled.pick(language, english, dutch);
    }
}
