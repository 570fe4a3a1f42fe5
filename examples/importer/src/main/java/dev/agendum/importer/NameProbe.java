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

    /**
     * Where a name whose first word is a known given name starts within {@code words} words of {@code from}: the
     * position held may come first and run over several words ("wethouder Energie en Klimaat Marit Scholten",
     * "club president Fiona McAllister"). Words that end in punctuation end the search; -1 when no such name.
     */
    static int givenNameAfter(Line line, int from, int words) {
        String text = line.text();
        NameFinder finder = new NameFinder(text);
        int pos = finder.skipSpace(from);
        for (int word = 0; word <= words && pos < text.length(); word++) {
            java.util.Optional<NameFinder.Name> name = finder.at(pos);
            if (name.isPresent() && NameFinder.givenNameAt(text, name.get().nameStart())) {
                return pos;
            }
            int end = finder.wordEnd(pos);
            if (end == pos || ",.;:()!?".indexOf(text.charAt(end - 1)) >= 0 || text.charAt(pos) == '(') {
                return -1;
            }
            pos = finder.skipSpace(end);
        }
        return -1;
    }

    /**
     * Whether the words after a name's comma at {@code start} are no affiliation of that name: the position of the
     * next person ("wethouder Ilse Brandsma, projectleider Ruud Kamphuis (…) en …", one lower-case word right before a
     * name whose first word is a known given name), or the capacity one acts in ("Helen Marsh, as Group Scout Leader").
     */
    static boolean noAffiliationAfter(Line line, int start) {
        String text = line.text();
        if (text.startsWith("as ", start) || text.startsWith("als ", start)) {
            return true;
        }
        if (!Character.isLowerCase(text.charAt(start))) {
            return false;
        }
        int end = NameFinder.wordEndIn(text, start);
        String word = text.substring(start, end);
        return !word.matches(".*[,.;:()]") && !PeopleReader.JOINERS.contains(word) && !RunWords.isDeterminer(word)
                && givenNameAfter(line, end, 0) == new NameFinder(text).skipSpace(end);
    }
}
