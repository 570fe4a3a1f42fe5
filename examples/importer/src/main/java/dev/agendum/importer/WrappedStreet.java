package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A venue's street at the end of a sentence's line, its town and postal code opening the next: "… to be held in the
 * Main Hall of Hollinbury Village Hall, 2 Church Lane," over "Hollinbury, SO51 8QT on Tuesday …". The line above then
 * names the street and, before it, the venue. An address block's own lines ("Unit 3, Tannery Yard, 14 Mill Lane" over
 * "Bristol BS3 4QD") are no sentence and are read as a block.
 */
final class WrappedStreet {

    /** A sentence's small word between others: "to be held in the …". */
    private static final Pattern SENTENCE_WORD = Pattern.compile("\\s\\p{Ll}{2,}\\s");

    /** How far into a line its postal code may stand after the town of a street on the line above. */
    private static final int WRAPPED_TOWN = 30;

    private WrappedStreet() {
    }

    /**
     * The street that ends the sentence's line above leaf {@code at}, whose postal code starts at {@code postal}.
     *
     * @return the street's start and end in the line above, empty when that line is no sentence wrapped there
     */
    static Optional<int[]> above(String input, List<Line> leaves, int at, int postal) {
        if (at == 0 || postal >= WRAPPED_TOWN || !HardWraps.sameParagraph(input, leaves.get(at - 1), leaves.get(at))) {
            return Optional.empty();
        }
        Line line = leaves.get(at - 1);
        return ending(line).filter(street -> SENTENCE_WORD.matcher(line.text().substring(0, street[0])).find());
    }

    /** The street a line ends with, its number first or last ("…, 2 Church Lane,", "…, Kerkstraat 4,"). */
    private static Optional<int[]> ending(Line line) {
        Matcher british = PlaceReader.NUMBER_FIRST_LINE.matcher(line.text());
        if (british.find()) {
            return Optional.of(new int[] {british.start(1), british.end(1)});
        }
        Matcher street = PlaceReader.STREET.matcher(line.text());
        int[] last = null;
        while (street.find()) {
            last = new int[] {street.start(1), street.end(1)};
        }
        return last != null && line.text().substring(last[1]).matches("\\s*,?\\s*") ? Optional.of(last)
                : Optional.empty();
    }
}
