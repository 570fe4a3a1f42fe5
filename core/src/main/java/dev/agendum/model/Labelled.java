package dev.agendum.model;

import java.util.Locale;

/**
 * A value with a human-readable label in English and Dutch, the two languages Agendum ships.
 * Any other language gets the English label.
 */
public interface Labelled {

    /** Returns the label in {@code language}: Dutch for {@code nl}, English otherwise. */
    String label(Locale language);

    /** Picks the Dutch or English form; shared by the enums so the language rule lives in one place. */
    static String pick(Locale language, String english, String dutch) {
        return "nl".equals(language.getLanguage()) ? dutch : english;
    }
}
