package dev.agendum.examples.cli;

import java.util.Locale;

/** The languages of {@code --lang}: messages, and the words a feed adds (labels, headings). */
enum Language {
    en(Locale.ENGLISH),
    nl(Locale.forLanguageTag("nl")),
    de(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }
}
