package dev.agendum.json.format;

/** Tells whether an unknown field name is probably a misspelling of a known one, to suggest it. */
public final class Spelling {

    private static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /** Tells whether the two names differ by at most two single-character edits (case ignored). */
    static boolean close(String known, String given) {
        String a = known.toLowerCase(java.util.Locale.ROOT);
        String b = given.toLowerCase(java.util.Locale.ROOT);
        if (Math.abs(a.length() - b.length()) > MAX_EDITS || b.length() > 64) {
            return false;
        }
        return distance(a, b) <= MAX_EDITS;
    }

    /** Levenshtein distance, in two rows. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
