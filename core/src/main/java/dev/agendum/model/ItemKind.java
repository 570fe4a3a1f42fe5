package dev.agendum.model;

import java.util.Locale;

/** What a programme item is; {@link #OTHER} items carry a label of their own. */
public enum ItemKind implements Coded, Labelled {
    /** A word of welcome. */
    WELCOME,
    /** The opening or kick-off (aftrap). */
    OPENING,
    /** An introduction to the subject (inleiding). */
    INTRODUCTION,
    /** A talk or presentation. */
    TALK,
    /** The keynote. */
    KEYNOTE,
    /** An interview. */
    INTERVIEW,
    /** A panel discussion. */
    PANEL,
    /** An open discussion. */
    DISCUSSION,
    /** Questions and answers. */
    QUESTIONS,
    /** A break. */
    BREAK,
    /** Networking or drinks. */
    NETWORKING,
    /** The closing. */
    CLOSING,
    /** Anything else; the item carries its own kind label. */
    OTHER;

    private static final Labels<ItemKind> LABELS = Labels.of(ItemKind.class, "ItemKind", ModelBundle::in);

    @Override
    public String label(Locale language) {
        return LABELS.label(this, language);
    }
}
