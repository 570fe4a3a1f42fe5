package dev.agendum.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The labels of one enumeration's constants, read from a resource bundle and kept per language, so that a
 * {@link Labelled#label(Locale)} costs a map look-up and an array index: feed writers ask for labels per event.
 *
 * <p>The key of a constant is the prefix, a dot and the constant's name ({@code RoleType.KEYNOTE_SPEAKER}). The
 * bundle's root file holds English, its {@code _en} file is empty (so that English never falls back to the JVM's
 * default locale) and every other language is a {@code _xx} file: adding a language is adding property files. A
 * language without its own file gets English; a key its file lacks comes from the root file, in English.
 *
 * <pre>{@code
 * private static final Labels<Words> LABELS =
 *         Labels.of(Words.class, "Words", language -> ResourceBundle.getBundle("dev.agendum.ical.Words", language));
 * }</pre>
 *
 * <p>The bundle function is the owner's, so that {@link ResourceBundle#getBundle(String, Locale)} runs in the module
 * that holds the bundle. Thread-safe.
 *
 * @param <E> the enumeration
 */
public final class Labels<E extends Enum<E>> {

    /** More languages than anyone ships: beyond it, labels are still right but no longer kept. */
    private static final int MOST_LANGUAGES_KEPT = 64;

    private final E[] constants;
    private final String prefix;
    private final Function<Locale, ResourceBundle> bundles;
    private final Map<String, String[]> byLanguage = new ConcurrentHashMap<>();

    private Labels(Class<E> type, String prefix, Function<Locale, ResourceBundle> bundles) {
        this.constants = type.getEnumConstants();
        this.prefix = prefix;
        this.bundles = bundles;
    }

    /**
     * {@return the labels of {@code type}'s constants, under {@code prefix} in the bundle {@code bundles} gives}
     *
     * @param <E> the enumeration
     * @param type the enumeration
     * @param prefix the first part of each key, before the dot and the constant's name
     * @param bundles the bundle of a language, as {@code language -> ResourceBundle.getBundle(name, language)}
     *                called from the module that holds the bundle
     */
    public static <E extends Enum<E>> Labels<E> of(Class<E> type, String prefix,
                                                   Function<Locale, ResourceBundle> bundles) {
        return new Labels<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(prefix, "prefix"),
                Objects.requireNonNull(bundles, "bundles"));
    }

    /**
     * {@return the label of {@code constant} in {@code language}, or in English when Agendum has no words in it}
     *
     * @param constant the constant
     * @param language the language wanted; only its language code counts
     * @throws java.util.MissingResourceException when the root bundle lacks the constant's key
     */
    public String label(E constant, Locale language) {
        String code = language.getLanguage();
        String[] labels = byLanguage.get(code);
        if (labels == null) {
            labels = load(code);
            if (byLanguage.size() < MOST_LANGUAGES_KEPT) {
                byLanguage.putIfAbsent(code, labels);
            }
        }
        return labels[constant.ordinal()];
    }

    private String[] load(String code) {
        ResourceBundle bundle = bundles.apply(Locale.forLanguageTag(code.isEmpty() ? "en" : code));
        if (!bundle.getLocale().getLanguage().equals(code)) {
            // getBundle fell back to the JVM's default locale, or to the root: the language has no file of its own.
            bundle = bundles.apply(Locale.ENGLISH);
        }
        String[] labels = new String[constants.length];
        for (E constant : constants) {
            labels[constant.ordinal()] = bundle.getString(prefix + "." + constant.name());
        }
        return labels;
    }
}
