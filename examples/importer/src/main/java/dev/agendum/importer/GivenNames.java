package dev.agendum.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The given names of {@code given-names.txt}: a capitalised name whose first word is one of them is a person
 * wherever it stands. Loaded once, when first asked (the holder idiom), and then one look-up in a hash set per
 * word. A hyphenated compound ("Pieter-Jan", "Anne-Marie") is a given name when each of its parts is one.
 */
final class GivenNames {

    private static final String RESOURCE = "given-names.txt";

    private GivenNames() {
    }

    /** Loaded by the class loader on first use, so once per JVM and safely published to every thread. */
    private static final class Holder {
        static final Set<String> NAMES = load();
    }

    /** Tells whether {@code word}, as written at the start of a name, is a known given name. */
    static boolean isGivenName(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (Holder.NAMES.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') <= 0 || lower.endsWith("-")) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (!Holder.NAMES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing beside " + GivenNames.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        return Set.copyOf(names);
    }
}
