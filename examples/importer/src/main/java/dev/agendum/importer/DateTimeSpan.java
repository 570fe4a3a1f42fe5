package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An event given as one span from a day and time to a later day and time: "Saturday 15 May 2027, 09:00 – Sunday 16
 * May 2027, 17:00", "vrijdag 3 juni 2027 om 19.00 uur tot zondag 5 juni 2027, 16.00 uur". The event's days run from
 * the first date to the second, its start is the first time and its end the second; the two dates are not a day and
 * another day's mention.
 *
 * @param last      the second date
 * @param startTime the time after the first date
 * @param endTime   the time after the second date
 */
record DateTimeSpan(DateReader.DateMention last, DateReader.TimeMention startTime, DateReader.TimeMention endTime) {

    /** Between a date and its time: a comma, "om", "at", "from". */
    private static final Pattern DATE_TO_TIME = Pattern.compile("(?iu)^[\\s,]*(?:(?:om|at|from|vanaf|van)\\s+)?$");
    /** Between the first time and the second date: a dash, "tot", "to", "until", "t/m". */
    private static final Pattern TIME_TO_DATE = Pattern.compile("(?iu)^\\s*(?:uur|u|h)?\\s*(?:[–—-]|tot(?: en met)?"
            + "|t/m|to|until|till)\\s*$");
    /** Between the second date and its time. */
    private static final Pattern LAST_TO_TIME = Pattern.compile("(?iu)^[\\s,]*(?:(?:om|at|tot|until)\\s+)?$");

    /** The span that opens with {@code first} on {@code line}, if the line gives one. */
    static Optional<DateTimeSpan> from(Line line, DateReader.DateMention first) {
        String text = line.text();
        List<DateReader.DateMention> dates = DateReader.dates(text);
        int at = dates.indexOf(first);
        if (at < 0 || at + 1 >= dates.size() || first.firstDay() != first.lastDay()
                || first.firstMonth() != first.lastMonth()) {
            return Optional.empty();
        }
        DateReader.DateMention last = dates.get(at + 1);
        Optional<DateReader.TimeMention> start = firstTimeIn(text, first.end(), last.start());
        Optional<DateReader.TimeMention> end = firstTimeIn(text, last.end(), text.length());
        if (start.isEmpty() || end.isEmpty() || start.get().to().isPresent() || end.get().to().isPresent()
                || !DATE_TO_TIME.matcher(text.substring(first.end(), start.get().start())).matches()
                || !TIME_TO_DATE.matcher(text.substring(start.get().end(), last.start())).matches()
                || !LAST_TO_TIME.matcher(text.substring(last.end(), end.get().start())).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DateTimeSpan(last, start.get(), end.get()));
    }

    /** The first time from {@code from} to {@code to} of {@code text}, with offsets into the whole text. */
    private static Optional<DateReader.TimeMention> firstTimeIn(String text, int from, int to) {
        List<DateReader.TimeMention> times = DateReader.times(text.substring(from, to));
        if (times.isEmpty()) {
            return Optional.empty();
        }
        DateReader.TimeMention time = times.get(0);
        return Optional.of(new DateReader.TimeMention(from + time.start(), from + time.end(), time.from(), time.to()));
    }
}
