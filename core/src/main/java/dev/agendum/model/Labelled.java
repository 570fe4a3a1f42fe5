package dev.agendum.model;

import java.util.Locale;

/**
 * A value with a human-readable label in English and Dutch, the two languages Agendum ships.
 * Any other language gets the English label.
 */
public interface Labelled {

    /**
     * {@return the label in {@code language}: Dutch for {@code nl}, English otherwise}
     *
     * @param language the language wanted
     */
    String label(Locale language);

    /**
     * Picks the Dutch or English form; shared by the enums so the language rule lives in one place.
     *
     * @param language the language wanted
     * @param english the English form
     * @param dutch the Dutch form
     * @return {@code dutch} for {@code nl}, {@code english} otherwise
     */
    static String pick(Locale language, String english, String dutch) {
        return "nl".equals(language.getLanguage()) ? dutch : english;
    }
}
