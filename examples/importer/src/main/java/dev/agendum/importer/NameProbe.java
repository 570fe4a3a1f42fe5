package dev.agendum.importer;

/** Asks whether a name starts at an offset of a line, without recording anyone (unlike {@link PeopleReader}). */
final class NameProbe {

    private NameProbe() {
    }

    /** Tells whether a name follows {@code from}, up to two words (a position) before it allowed. */
    static boolean nameAfter(Line line, int from) {
        String text = line.text();
        int pos = from;
        for (int words = 0; words < 3 && pos < text.length(); words++) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (NameFinder.startsAt(line, pos)) {
                return true;
            }
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
        return false;
    }

    /** Tells whether a name starts at {@code from}, white space before it skipped. */
    static boolean startsWithName(Line line, int from) {
        int pos = from;
        while (pos < line.text().length() && Character.isWhitespace(line.text().charAt(pos))) {
            pos++;
        }
        return NameFinder.startsAt(line, pos);
    }
}
