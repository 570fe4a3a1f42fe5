package dev.agendum.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours of a multi-day event's last day, where the text gives each day its own ("Saturday 09:00–18:00, Sunday
 * 09:00–16:30", "donderdag 18-03-2027 10.00 - 16.00 uur", "on Saturday the fair is open 10:00–17:00", "Friday until
 * 16:00"): the event ends when its last day does, not when its first or busiest day does.
 */
final class LastDayRange {

    private static final Pattern ANY_WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + DateReader.WEEKDAY_NAMES
            + ")(?![\\p{L}])");
    /** How far after the day's name its hours may stand ("on Saturday the fair is also open to the public (…)"). */
    private static final int REACH = 70;

    /** The words between a day and the hour it closes at: " until ", " tot ", " open until ". */
    private static final Pattern UNTIL = Pattern.compile("(?iu)\\s*(?:(?:is |zijn )?(?:open|geopend)\\s+)?(?:until|till"
            + "|tot)\\s*");

    /** A day that ends or opens a run of weekdays: "dinsdag t/m zondag", "Tuesday to Sunday", "ma-vr". */
    private static final String JOINER = "\\s*(?:t/m|tot en met|tot|to|through|till|until|[–-])\\s*";
    private static final Pattern WEEK_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + DateReader.WEEKDAY_NAMES
            + ")" + JOINER + "$");
    private static final Pattern WEEK_AFTER = Pattern.compile("(?iu)" + JOINER + "(?:" + DateReader.WEEKDAY_NAMES
            + ")(?![\\p{L}])");

    private LastDayRange() {
    }

    /**
     * The range given for {@code last}, the event's last day, when it is not also its first.
     *
     * @param leaves the document's lines
     * @param first  the event's first day
     * @param last   the event's last day
     * @return the line and the range of times right after a mention of the last day, with no other day between
     */
    static Optional<Found> of(List<Line> leaves, LocalDate first, LocalDate last) {
        if (!last.isAfter(first)) {
            return Optional.empty();
        }
        Pattern weekday = weekday(last.getDayOfWeek());
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            String text = line.text();
            Matcher day = weekday.matcher(text);
            while (day.find()) {
                if (WEEK_BEFORE.matcher(text.substring(0, day.start())).find()
                        || WEEK_AFTER.matcher(text.substring(day.end())).lookingAt()) {
                    continue;   // "dinsdag t/m zondag, 10.00–17.00 uur": a week's opening hours, not the last day's
                }
                Optional<Found> range = rangeAfter(line, day.end());
                if (range.isEmpty() && i + 1 < leaves.size() && HardWraps.wrapped(line)
                        && text.length() - day.end() < REACH && HardWraps.continues(leaves.get(i + 1))) {
                    // "… on Saturday the fair is" / "also open to the public (10:00–17:00).": a wrapped sentence
                    range = rangeAfter(leaves.get(i + 1), 0);
                }
                if (range.isPresent()) {
                    return range;
                }
            }
            for (DateReader.DateMention date : DateReader.dates(text)) {
                if (date.firstDay() == last.getDayOfMonth() && date.firstMonth() == last.getMonthValue()
                        && date.lastDay() == date.firstDay()) {
                    Optional<Found> range = rangeAfter(line, date.end());
                    if (range.isPresent()) {
                        return range;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A line and a range of times on it. */
    record Found(Line line, DateReader.TimeMention time) {
    }

    private static Optional<Found> rangeAfter(Line line, int from) {
        String text = line.text();
        for (DateReader.TimeMention time : DateReader.times(text)) {
            if (time.start() < from || time.start() - from > REACH) {
                continue;
            }
            String between = text.substring(from, time.start());
            if (ANY_WEEKDAY.matcher(between).find() || !DateReader.dates(between).isEmpty()) {
                return Optional.empty();
            }
            if (time.to().isPresent()) {
                return Optional.of(new Found(line, time));
            }
            // "10:00 – 18:00 (Friday until 16:00)", "zaterdag tot 17.00 uur": the last day closes earlier
            return UNTIL.matcher(between).matches() ? Optional.of(new Found(line, new DateReader.TimeMention(
                    time.start(), time.end(), time.from(), Optional.of(time.from())))) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Pattern weekday(DayOfWeek day) {
        return WEEKDAYS.get(day);
    }

    /** Each weekday's names as a whole word, compiled once rather than on every import. */
    private static final Map<DayOfWeek, Pattern> WEEKDAYS = weekdays();

    private static Map<DayOfWeek, Pattern> weekdays() {
        Map<DayOfWeek, Pattern> weekdays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String names = DateReader.weekdayNames(day);
            weekdays.put(day, Pattern.compile("(?iu)(?<![\\p{L}])(?:" + names + ")(?![\\p{L}])"));
        }
        return weekdays;
    }
}
