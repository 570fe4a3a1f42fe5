package dev.agendum.importer;

import java.util.List;
import java.util.Optional;

/**
 * The line a text sets its event's hours on, right under the date: "🗓️ Thursday 15 April 2027" over "🕓 16:00–17:00
 * CEST", "Tuesday 23 March 2027" over "14:00 – 15:30 CET, on Zoom". Such a line opens with a range of times, and
 * the line under it does not open with a time as a programme's next line would.
 */
final class UnderDate {

    private UnderDate() {
    }

    /**
     * The line under {@code dateLine} that gives the event's hours, if any.
     *
     * @param leaves the text's lines
     * @param dateLine the line the event's date was read from
     * @return the next line, when it opens (after any emoji or bullet) with a range of times
     */
    static Optional<Line> hours(List<Line> leaves, Line dateLine) {
        int at = leaves.indexOf(dateLine);
        if (at < 0 || at + 1 >= leaves.size()) {
            return Optional.empty();
        }
        Line next = leaves.get(at + 1);
        List<DateReader.TimeMention> times = opening(next);
        // "14.00 - 14.30 Inloop" over "14.30 - 15.30 Vergadering": a programme under the date, not its hours
        boolean programme = at + 2 < leaves.size() && !opening(leaves.get(at + 2)).isEmpty();
        return !times.isEmpty() && times.get(0).to().isPresent() && DateReader.dates(next.text()).isEmpty()
                && !programme ? Optional.of(next) : Optional.empty();
    }

    /** The times of a line that opens with one (after any emoji or bullet), else none. */
    private static List<DateReader.TimeMention> opening(Line line) {
        String text = line.text();
        int first = 0;
        while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        List<DateReader.TimeMention> times = DateReader.times(text);
        return !times.isEmpty() && times.get(0).start() == first ? times : List.of();
    }
}
