package dev.agendum.importer;

import java.text.Normalizer;
import java.util.Locale;

/** Identifiers from words: ASCII lower case, hyphens between words ("Martijn van der Steen" → martijn-van-der-steen). */
final class Slugs {

    private Slugs() {
    }

    static String of(String words, int maxLength) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
