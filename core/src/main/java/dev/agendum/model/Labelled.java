package dev.agendum.model;

import java.util.Locale;

/**
 * A value with a human-readable label in the languages Agendum ships: English, Dutch and German. Any other language
 * gets the English label.
 *
 * <p>The labels live in resource bundles ({@code dev/agendum/model/Labels*.properties} for the model's enumerations),
 * one file per language, read once per language through {@link Labels}: a new language is a property file.
 */
public interface Labelled {

    /**
     * {@return the label in {@code language}, or in English for a language Agendum has no words in}
     *
     * @param language the language wanted; only its language code counts
     */
    String label(Locale language);
}
