package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programme lines that give their title first and their time after it, read as items when a line beside them is set
 * the same way (one such line alone may be a sentence's layout): a plain-text title with its time in a column after
 * it ("Kidsrun 1 km      09u30"), and a list's entry of a short label, a dash and its time ("Shift 1 – 17u30").
 */
final class TitleFirstLines {

    /**
     * A title with its time in a column after it, set apart by a run of spaces: "Loop 10 km            11u15", maybe
     * with a note after the time ("09u00   (tijdslimiet 3 uur)").
     */
    private static final Pattern TRAILING_TIME = Pattern.compile("^(\\S.*?\\S)\\s{3,}(?=\\d{1,2}(?:[.:u]\\d{2}|u)"
            + "(?!\\d))");
    /** A weekday or a date before a time column: opening hours, not a programme. */
    private static final Pattern DAY_TITLE = Pattern.compile("(?iu)^(?:" + DateReader.WEEKDAY_NAMES + "|"
            + DateReader.WEEKDAY_SHORT + ")(?![\\p{L}])");
    /** "Shift 1 – ": a list entry's label of a few words and the dash before a time that follows it at once. */
    private static final Pattern LABEL_DASH = Pattern.compile("^(\\S[^–—:]{0,38}?\\S)\\s+[–—-]\\s+");

    private TitleFirstLines() {
    }

    /** A title-first line's parts: the part that starts with the time, where that time ends, and the title. */
    record Parts(Line time, int timeEnd, Line title) {
    }

    /**
     * The parts of line {@code i} when it gives its title first and its time after it, and a line beside it is set
     * the same way.
     *
     * @param lines the document's lines
     * @param i     the line's index
     * @return its time and title, or empty
     */
    static Optional<Parts> at(List<Line> lines, int i) {
        return columned(lines, i).or(() -> labelThenTime(lines, i));
    }

    /** "Kidsrun 1 km      09u30": a weekday or a date before the column makes opening hours, no item. */
    private static Optional<Parts> columned(List<Line> lines, int i) {
        Line line = lines.get(i);
        Optional<Matcher> column = column(line);
        if (column.isEmpty() || DAY_TITLE.matcher(column.get().group(1)).lookingAt()
                || !DateReader.dates(column.get().group(1)).isEmpty()
                || !columnBeside(lines, i - 1) && !columnBeside(lines, i + 1)) {
            return Optional.empty();
        }
        Line time = line.sub(column.get().end(), line.text().length());
        List<DateReader.TimeMention> times = DateReader.times(time.text());
        if (times.isEmpty() || times.get(0).start() != 0) {
            return Optional.empty();
        }
        return Optional.of(new Parts(time, times.get(0).end(), line.sub(0, column.get().end(1))));
    }

    /** "Shift 1 – 17u30 (ideaal met kleine kinderen)", "Groep 3 - 19.00 uur": the label is the item's title. */
    private static Optional<Parts> labelThenTime(List<Line> lines, int i) {
        Line line = lines.get(i);
        Optional<Matcher> shaped = labelDashTime(line);
        if (shaped.isEmpty() || !(i > 0 && labelDashTime(lines.get(i - 1)).isPresent()
                || i + 1 < lines.size() && labelDashTime(lines.get(i + 1)).isPresent())) {
            return Optional.empty();
        }
        Line time = line.sub(shaped.get().end(), line.text().length());
        List<DateReader.TimeMention> times = DateReader.times(time.text());
        return Optional.of(new Parts(time, times.get(0).end(), line.sub(0, shaped.get().end(1))));
    }

    private static Optional<Matcher> labelDashTime(Line line) {
        // a list's entry; an HTML list's entries are read as lines of text
        if (line.kind() != Line.Kind.ITEM && line.kind() != Line.Kind.TEXT) {
            return Optional.empty();
        }
        Matcher label = LABEL_DASH.matcher(line.text());
        if (!label.lookingAt() || !DateReader.times(label.group(1)).isEmpty()
                || !DateReader.dates(label.group(1)).isEmpty()) {
            return Optional.empty();
        }
        List<DateReader.TimeMention> times = DateReader.times(line.text().substring(label.end()));
        return !times.isEmpty() && times.get(0).start() == 0 ? Optional.of(label) : Optional.empty();
    }

    /** A plain-text line's title and the run of spaces before its time column, when the title gives no time. */
    private static Optional<Matcher> column(Line line) {
        Matcher column = TRAILING_TIME.matcher(line.text());
        return line.kind() == Line.Kind.TEXT && column.lookingAt() && DateReader.times(column.group(1)).isEmpty()
                ? Optional.of(column) : Optional.empty();
    }

    /** Whether line {@code at} exists and gives a title with its time in a column after it. */
    private static boolean columnBeside(List<Line> lines, int at) {
        return at >= 0 && at < lines.size() && column(lines.get(at)).isPresent();
    }
}
