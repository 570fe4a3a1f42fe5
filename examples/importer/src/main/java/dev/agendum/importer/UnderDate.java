package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a text sets its event's hours on, right under the date: "🗓️ Thursday 15 April 2027" over "🕓 16:00–17:00
 * CEST", "Tuesday 23 March 2027" over "14:00 – 15:30 CET, on Zoom". Such a line opens with a range of times, and
 * the line under it does not open with a time as a programme's next line would. A card may set its place line
 * between the date and the hours, open the hours with "van", "from" or "start", and give the end in words ("🕗 start
 * 20u stipt, we zijn gedaan om 21u").
 */
final class UnderDate {

    /** What may open an hours line before its range: "van 15u tot 23u", "from 2 to 5 pm". */
    private static final Pattern FROM = Pattern.compile("(?iu)(?:van|from|start|aanvang|begin|om|at)\\s*:?\\s+");

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
        if (at < 0) {
            return Optional.empty();
        }
        Optional<Line> next = hoursAt(leaves, at + 1);
        if (next.isPresent() || at + 1 >= leaves.size()) {
            return next;
        }
        // "📅 zaterdag 19 juni" over "📍 Buurthuis De Kring" over "🕒 van 15u tot 23u": a card's place line between
        Line between = leaves.get(at + 1);
        return DateReader.times(between.text()).isEmpty() && DateReader.dates(between.text()).isEmpty()
                && between.text().length() <= 120 ? hoursAt(leaves, at + 2) : Optional.empty();
    }

    private static Optional<Line> hoursAt(List<Line> leaves, int at) {
        if (at >= leaves.size()) {
            return Optional.empty();
        }
        Line next = leaves.get(at);
        List<DateReader.TimeMention> times = opening(next);
        // "14.00 - 14.30 Inloop" over "14.30 - 15.30 Vergadering": a programme under the date, not its hours; a
        // bare range ("🕒 van 15u tot 23u") over the programme is the hours
        boolean bare = !times.isEmpty() && !next.text().substring(times.get(0).end()).matches("(?s).*\\p{L}{2}.*");
        boolean programme = !bare && at + 1 < leaves.size() && !opening(leaves.get(at + 1)).isEmpty();
        // "🕗 start 20u stipt, we zijn gedaan om 21u": a start, and later on the line the time said to be the end
        boolean range = !times.isEmpty() && (times.get(0).to().isPresent()
                || times.size() >= 2 && TimeWords.ends(next.text(), times.get(1)));
        return range && DateReader.dates(next.text()).isEmpty() && !programme ? Optional.of(next) : Optional.empty();
    }

    /** The times of a line that opens with one (after any emoji or bullet), else none. */
    private static List<DateReader.TimeMention> opening(Line line) {
        String text = line.text();
        int first = 0;
        while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        Matcher from = FROM.matcher(text).region(first, text.length());
        first = from.lookingAt() ? from.end() : first;
        List<DateReader.TimeMention> times = DateReader.times(text);
        return !times.isEmpty() && times.get(0).start() == first ? times : List.of();
    }
}
