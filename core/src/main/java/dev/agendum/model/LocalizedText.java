package dev.agendum.model;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Human-readable text in one or more languages, with a default language to fall back on.
 *
 * <p>Languages are kept as language tags without region or variant ({@code nl}, {@code en}); a value is looked up by
 * exact language first and falls back to the default language, so a caller always gets some text. Instances are
 * immutable and compare by value; iteration order of {@link #values()} is by language tag, so output built from it
 * is deterministic.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of(Locale.forLanguageTag("nl"), "Afsluiting").with(Locale.ENGLISH, "Closing");
 * title.get(Locale.ENGLISH);  // "Closing"
 * title.get(Locale.GERMAN);   // "Afsluiting" (the default)
 * }</pre>
 *
 * @param defaultLanguage the language whose value is returned when the asked-for one is missing
 * @param values          the value per language, never empty and always containing {@code defaultLanguage}
 */
public record LocalizedText(Locale defaultLanguage, Map<Locale, String> values) {

    /**
     * Creates a text, checking that it is not empty and that the default language has a value.
     *
     * @param defaultLanguage the language whose value is returned when the asked-for one is missing
     * @param values the value per language, never empty and always containing {@code defaultLanguage}
     * @throws IllegalArgumentException when a value is blank, or the default language has no value
     */
    public LocalizedText {
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        Objects.requireNonNull(values, "values");
        defaultLanguage = language(defaultLanguage);
        TreeMap<Locale, String> sorted = new TreeMap<>(Comparator.TAG);
        values.forEach((language, value) -> {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(value, "value");
            if (value.isBlank()) {
                throw new IllegalArgumentException("text for language '" + language.toLanguageTag() + "' is blank");
            }
            if (sorted.put(language(language), value) != null) {
                throw new IllegalArgumentException("language '" + language.toLanguageTag() + "' given twice");
            }
        });
        if (!sorted.containsKey(defaultLanguage)) {
            throw new IllegalArgumentException("no text in the default language '" + defaultLanguage.toLanguageTag() + "'");
        }
        values = Collections.unmodifiableMap(sorted);
    }

    /**
     * {@return a text in one language, which becomes the default}
     *
     * @param language the text's language
     * @param value the text
     */
    public static LocalizedText of(Locale language, String value) {
        return new LocalizedText(language, Map.of(language, value));
    }

    /**
     * {@return a text in one language given by its tag ({@code "nl"}), which becomes the default}
     *
     * @param languageTag a BCP 47 language tag
     * @param value the text
     */
    public static LocalizedText of(String languageTag, String value) {
        return of(Locale.forLanguageTag(languageTag), value);
    }

    /**
     * {@return a copy with the value for {@code language} added or replaced; the default language stays}
     *
     * @param language the language of {@code value}
     * @param value the text in that language
     */
    public LocalizedText with(Locale language, String value) {
        Map<Locale, String> copy = new TreeMap<>(Comparator.TAG);
        copy.putAll(values);
        copy.put(language(language), Objects.requireNonNull(value, "value"));
        return new LocalizedText(defaultLanguage, copy);
    }

    /**
     * {@return the value in the default language}
     */
    public String text() {
        return values.get(defaultLanguage);
    }

    /**
     * {@return the value in {@code language}, or in the default language when there is none}
     *
     * @param language the language wanted
     */
    public String get(Locale language) {
        return find(language).orElseGet(this::text);
    }

    /**
     * {@return the value in exactly {@code language} (region and variant ignored), if there is one}
     *
     * @param language the language wanted
     */
    public Optional<String> find(Locale language) {
        return Optional.ofNullable(values.get(language(language)));
    }

    /** Returns the default-language value, so that a text prints as what it says. */
    @Override
    public String toString() {
        return text();
    }

    private static Locale language(Locale locale) {
        Objects.requireNonNull(locale, "language");
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("a language is required, got '" + locale.toLanguageTag() + "'");
        }
        // Lookups happen for every text of every event written: keep a bare language as it is, unallocated.
        boolean bare = locale.getCountry().isEmpty() && locale.getVariant().isEmpty() && locale.getScript().isEmpty()
                && !locale.hasExtensions();
        return bare ? locale : new Locale(locale.getLanguage());
    }

    private enum Comparator implements java.util.Comparator<Locale> {
        TAG;

        @Override
        public int compare(Locale a, Locale b) {
            return a.toLanguageTag().compareTo(b.toLanguageTag());
        }
    }
}
