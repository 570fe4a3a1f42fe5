package dev.agendum.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the sentence a date stands in goes on over a hard wrap to its time: "… op woensdag 13 oktober 2027 in" /
 * "… De zaal is" / "open van 17.00 tot 20.30 uur.", or whether a card's "Tijd:" line under the date gives it. A date
 * with its time is better placed to be the event's ({@link EventReader}).
 */
final class WrappedTimes {

    /** The most lines a sentence is followed over a hard wrap for the time after its date. */
    private static final int WRAPPED_LINES = 2;
    /** A card's label for the times under its date: "Tijd:", "Time:", "Aanvang:", "Hours:". */
    private static final Pattern TIME_LABEL = Pattern.compile("(?iu)^\\W*(?:tijd|tijden|time|times|aanvang|hours"
            + "|openingstijden|uur)\\s*:");

    private final List<Line> leaves;
    private final String input;

    WrappedTimes(List<Line> leaves, String input) {
        this.leaves = leaves;
        this.input = input;
    }

    /** Whether the leaf at {@code index}, whose date gives no time on its line, is followed by its time. */
    boolean after(int index) {
        Line line = leaves.get(index);
        if (line.text().strip().matches("(?s).*[.!?]")) {
            return false;
        }
        for (int k = index + 1; k <= index + WRAPPED_LINES && k < leaves.size(); k++) {
            Line next = leaves.get(k);
            if (k == index + 1 && TIME_LABEL.matcher(next.text()).lookingAt() && HardWraps.sameBlock(input, line, next)) {
                // "Datum:   dinsdag 23 februari 2027" over "Tijd:    19:30 tot 21:45 uur": a card's date and its times
                return !DateReader.times(next.text()).isEmpty();
            }
            if (!HardWraps.sameParagraph(input, leaves.get(k - 1), next)) {
                return false;
            }
            String text = next.text();
            int stop = text.indexOf(". ");
            if (!DateReader.times(stop < 0 ? text : text.substring(0, stop)).isEmpty()) {
                return DateReader.dates(text).isEmpty();
            }
            if (stop >= 0) {
                return false;
            }
        }
        return false;
    }
}
