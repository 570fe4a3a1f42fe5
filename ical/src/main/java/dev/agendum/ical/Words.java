package dev.agendum.ical;

import dev.agendum.model.Labelled;
import dev.agendum.model.Labels;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words a feed adds to what the event says, from the bundle {@code dev/agendum/ical/Words*.properties}
 * (English, Dutch and German; any other language reads English), loaded here in ical's own module.
 */
enum Words implements Labelled {
    PROGRAMME,
    PEOPLE,
    ORGANISED_BY,
    REGISTRATION,
    CONTACT,
    LINKS,
    IMAGE,
    ONLINE,
    JOIN_LINK_TO_FOLLOW,
    JOIN_LINK_AFTER_REGISTRATION,
    ADDRESS_NOT_GIVEN,
    WAITING_LIST,
    PLACES,
    OPENS,
    CLOSES,
    APPROVAL,
    FREE,
    FOR,
    ROOM,
    TRACK,
    ITEMS,
    /**
     * Not a word: how a role's or contact's label is written inside a sentence, {@code lower} (English and Dutch
     * write "(panellist)") or {@code as-is} (German nouns keep their capital: "(Podiumsgast)").
     */
    LABEL_CASE;

    private static final Labels<Words> LABELS = Labels.of(Words.class, "Words",
            language -> ResourceBundle.getBundle("dev.agendum.ical.Words", language));

    @Override
    public String label(Locale language) {
        return LABELS.label(this, language);
    }

    /** Returns {@code label} as it is written inside a sentence in {@code language} (see {@link #LABEL_CASE}). */
    static String inSentence(String label, Locale language) {
        return "lower".equals(LABEL_CASE.label(language)) ? label.toLowerCase(language) : label;
    }
}
