package dev.agendum.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates ("vrijdag 2 april 2021", "16 en 17 november", "April 2") and times ("14.00u", "2 pm") in a line. */
final class DateReader {

    /** A date or a run of days as written; {@code year} empty when the text leaves it out. */
    record DateMention(int start, int end, int firstDay, int firstMonth, int lastDay, int lastMonth,
                       Optional<Integer> year, Optional<DayOfWeek> weekday) {

        LocalDate first(int y) {
            return LocalDate.of(y, firstMonth, firstDay);
        }

        LocalDate last(int y) {
            LocalDate last = LocalDate.of(y, lastMonth, lastDay);
            return last.isBefore(first(y)) ? last.plusYears(1) : last;
        }

        boolean valid(int y) {
            try {
                first(y);
                last(y);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }

        boolean multiDay() {
            return firstDay != lastDay || firstMonth != lastMonth;
        }
    }

    /** A time or a range of times as written. */
    record TimeMention(int start, int end, LocalTime from, Optional<LocalTime> to) {
    }

    /** The months' full names, Dutch and English, as a regular-expression alternation. */
    static final String MONTH_NAMES = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|january|february|march|may|june|july|august|october";
    /** The month names and abbreviations the reader knows, Dutch and English, as a regular-expression alternation. */
    static final String MONTH = MONTH_NAMES + "|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";
    /**
     * The weekdays' full names as a regular-expression alternation: the Dutch ones from Monday to Sunday, then the
     * English ones in the same order ({@link #weekdayNames} reads a day's two from that order).
     */
    static final String WEEKDAY_NAMES = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday"
            + "|tuesday|wednesday|thursday|friday|saturday|sunday";
    /** The weekdays' two-letter Dutch and three-letter English abbreviations ("di", "Tue"), an alternation. */
    static final String WEEKDAY_SHORT = "ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun";
    /** A weekday before a date: its name, its abbreviation, or the longer English ones ("Tues", "Thurs"). */
    private static final String WEEKDAY = WEEKDAY_NAMES + "|tues|thurs|" + WEEKDAY_SHORT;
    private static final String[] DAY_NAMES = WEEKDAY_NAMES.split("\\|");
    private static final String ORD = "(?:e|ste|de|st|nd|rd|th)?";
    private static final String JOIN = "\\s*(?:-|–|—|en|and|&|t/m|t\\.e\\.m\\.|tot en met|tot|to|until|till|through)\\s*";
    private static final Pattern DAY_MONTH_TO_DAY_MONTH = Pattern.compile("(?iu)(?:\\b(" + WEEKDAY + ")\\.?,?\\s+)?"
            + "(?<![\\d:.])\\b(\\d{1,2})" + ORD + "\\s+(" + MONTH + ")\\.?" + JOIN + "(?:(?:" + WEEKDAY
            + ")\\.?,?\\s+)?(\\d{1,2})" + ORD + "\\s+(" + MONTH + ")\\b\\.?(?:\\s+(\\d{4}))?");
    // a day number never continues a time or a number ("09:00 – Sunday 16 May": the day is 16, not 00), nor a
    // part's number ("Middag 2 – donderdag 10 juni", "Day 2 – Sunday 16 May": the day is 10, not 2 to 10)
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?:\\b(" + WEEKDAY + ")\\.?,?\\s+)?"
            + "(?<!\\b(?:day|dag|middag|avond|ochtend|morning|afternoon|evening|session|sessie|deel|part|week)\\s)"
            + "(?<![\\d:.])\\b(\\d{1,2})" + ORD + "(?:" + JOIN + "(?:(?:" + WEEKDAY
            + ")\\.?,?\\s+)?(\\d{1,2})" + ORD + ")?\\s+(" + MONTH + ")\\b\\.?(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)(?:\\b(" + WEEKDAY + ")\\.?,?\\s+)?\\b(" + MONTH
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.:]\\d)(?:" + JOIN + "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?"
            + "(?:,?\\s+(\\d{4}))?");
    /** "Tuesday, October 13th and Wednesday, October 14th, 2026", "June 2 – June 4": a run of days, month first. */
    private static final Pattern MONTH_DAY_TO_MONTH_DAY = Pattern.compile("(?iu)(?:\\b(" + WEEKDAY + ")\\.?,?\\s+)?"
            + "\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.:]\\d)" + JOIN + "(?:(?:" + WEEKDAY
            + ")\\.?,?\\s+)?(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.:]\\d)(?:,?\\s+(\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[-/.]"
            + "(\\d{1,2})[-/.](\\d{4}))(?!\\d)");

    /** Words before a date that say it is the old one of a move: what follows "to"/"naar" is the new date. */
    /** The words that say an event's date was moved ("verplaatst", "put back"): an alternation. */
    static final String MOVED = "verplaatst|verschoven|verzet|uitgesteld|moved|rescheduled|postponed|changed|put back";
    private static final Pattern MOVED_FROM = Pattern.compile("(?iu)(?:" + MOVED + ")\\s+(?:van|from)\\s+(?:(?:"
            + WEEKDAY + ")\\.?,?\\s+)?$");

    /** What a time may be followed by; "noon" only after 12 ("12 noon"). */
    private static final String HOUR_WORDS = "uur|u|h|am|pm|a\\.m\\.|p\\.m\\.|noon";
    private static final String SUFFIX = "(?:(" + HOUR_WORDS + ")(?![\\p{L}]))";
    /** A hedge before a range's end, "until about 10.30pm", "tot ongeveer 22.00 uur": the end is still the end. */
    private static final String ROUGHLY = "(?:(?:about|around|approximately|approx\\.|roughly|circa|ca\\.|ongeveer"
            + "|omstreeks|rond)\\s+)?";
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<![\\d.,:€$/-])(\\d{1,2})(?:(?:[.:]|u(?=\\d{2}))(\\d{2}))?\\s*"
            + SUFFIX + "?\\s*(?:-|–|—|tot|to|until|till)\\s*" + ROUGHLY + "(\\d{1,2})(?:(?:[.:]|u(?=\\d{2}))(\\d{2}))?(?:\\s*" + SUFFIX
            + ")?(?![\\d])(?![.,]\\d)");
    private static final Pattern SINGLE = Pattern.compile("(?iu)(?<![\\d.,:€$/-])(\\d{1,2})(?:(?:[.:]|u(?=\\d{2}))(\\d{2})(?:\\s*"
            + "(" + HOUR_WORDS + ")(?![\\p{L}]))?|\\s*" + SUFFIX + ")(?![\\d])(?![.,]\\d)(?!\\s*(?:" + MONTH + ")\\b)");

    /** A range that runs to midnight: "from 6.30pm until midnight", "20.00 uur tot middernacht". */
    private static final Pattern TO_MIDNIGHT = Pattern.compile("(?iu)(?<![\\d.,:€$/-])(\\d{1,2})(?:(?:[.:]|u(?=\\d{2}))"
            + "(\\d{2}))?\\s*" + SUFFIX + "?\\s*(?:-|–|—|tot|to|until|till)\\s*(?:12\\s+)?(?:midnight|middernacht)"
            + "(?![\\p{L}])");

    /** A word that numbers what follows it: "Shift 1", "Groep 3", "Round 2", "Zaal 4"; its number is no hour. */
    private static final Pattern NUMBERED = Pattern.compile("(?iu)(?<![\\p{L}])(?:shift|groep|group|ronde|round|deel"
            + "|part|dag|day|zaal|room|track|sessie|session|blok|block|nr\\.?|no\\.?|nummer|number|tafel|table|team"
            + "|ploeg|heat|reeks|fase|phase|stap|step|klas|class|leerjaar|graad|hal|hall|stage|podium|week|editie"
            + "|edition|item|agendapunt)\\s+$");

    private DateReader() {
    }

    /** Returns the dates of {@code text}, left to right, a run of days once. */
    static List<DateMention> dates(String text) {
        List<DateMention> found = new ArrayList<>();
        if (!hasDigit(text)) {
            return found;   // every form has a day number: most of a text's paragraphs are passed over at once
        }
        boolean[] taken = new boolean[text.length() + 1];
        for (Matcher m = DAY_MONTH_TO_DAY_MONTH.matcher(text); m.find(); ) {
            if (MOVED_FROM.matcher(text.substring(0, m.start())).find()) {
                continue;   // "moved from 9 April to 23 April": two dates, the old and the new, not a run of days
            }
            add(found, taken, m, new DateMention(m.start(), m.end(), num(m.group(2)), month(m.group(3)),
                    num(m.group(4)), month(m.group(5)), year(m.group(6)), weekday(m.group(1))));
        }
        for (Matcher m = MONTH_DAY_TO_MONTH_DAY.matcher(text); m.find(); ) {
            if (MOVED_FROM.matcher(text.substring(0, m.start())).find()) {
                continue;   // "moved from April 9 to April 23": the old date and the new
            }
            add(found, taken, m, new DateMention(m.start(), m.end(), num(m.group(3)), month(m.group(2)),
                    num(m.group(5)), month(m.group(4)), year(m.group(6)), weekday(m.group(1))));
        }
        for (Matcher m = DAY_MONTH.matcher(text); m.find(); ) {
            int first = num(m.group(2));
            int last = m.group(3) == null ? first : num(m.group(3));
            if (last != first && MOVED_FROM.matcher(text.substring(0, m.start())).find()) {
                add(found, taken, m.start(), m.end(2), new DateMention(m.start(), m.end(2), first, month(m.group(4)),
                        first, month(m.group(4)), year(m.group(5)), weekday(m.group(1))));
                add(found, taken, m.start(3), m.end(), new DateMention(m.start(3), m.end(), last, month(m.group(4)),
                        last, month(m.group(4)), year(m.group(5)), Optional.empty()));
                continue;
            }
            add(found, taken, m, new DateMention(m.start(), m.end(), first, month(m.group(4)), last,
                    month(m.group(4)), year(m.group(5)), weekday(m.group(1))));
        }
        for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
            int first = num(m.group(3));
            int last = m.group(4) == null ? first : num(m.group(4));
            add(found, taken, m, new DateMention(m.start(), m.end(), first, month(m.group(2)), last,
                    month(m.group(2)), year(m.group(5)), weekday(m.group(1))));
        }
        for (Matcher m = NUMERIC.matcher(text); m.find(); ) {
            boolean iso = m.group(1) != null;
            int day = num(iso ? m.group(3) : m.group(4));
            int month = num(iso ? m.group(2) : m.group(5));
            if (month >= 1 && month <= 12) {
                add(found, taken, m, new DateMention(m.start(), m.end(), day, month, day, month,
                        year(iso ? m.group(1) : m.group(6)), Optional.empty()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** Returns the times and ranges of times of {@code text}, left to right. */
    static List<TimeMention> times(String text) {
        List<TimeMention> found = new ArrayList<>();
        if (!hasDigit(text)) {
            return found;
        }
        boolean[] taken = new boolean[text.length() + 1];
        for (Matcher m = TO_MIDNIGHT.matcher(text); m.find(); ) {
            // the hour is marked by its minutes or its "pm"; midnight ends the day, the end read on the next
            Optional<LocalTime> from = time(m.group(1), m.group(2), m.group(3));
            if ((m.group(2) != null || m.group(3) != null) && from.isPresent()) {
                mark(taken, m.start(), m.end());
                found.add(new TimeMention(m.start(), m.end(), from.get(), Optional.of(LocalTime.MIDNIGHT)));
            }
        }
        for (Matcher m = RANGE.matcher(text); m.find(); ) {
            boolean marked = m.group(2) != null || m.group(5) != null || m.group(3) != null || m.group(6) != null;
            String meridiem = m.group(6) != null ? m.group(6) : m.group(3);
            Optional<LocalTime> from = time(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : meridiem);
            Optional<LocalTime> to = time(m.group(4), m.group(5), m.group(6));
            // "Shift 1 – 17u30", "Groep 3 - 19.00": a numbered label before a dash, no hour
            boolean numbered = m.group(2) == null && m.group(3) == null
                    && NUMBERED.matcher(text.substring(0, m.start())).find();
            if (marked && !numbered && from.isPresent() && to.isPresent() && free(taken, m.start(), m.end())) {
                mark(taken, m.start(), m.end());
                found.add(new TimeMention(m.start(), m.end(), from.get(), to));
            }
        }
        for (Matcher m = SINGLE.matcher(text); m.find(); ) {
            Optional<LocalTime> at = time(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(4));
            if (at.isPresent() && free(taken, m.start(), m.end())) {
                mark(taken, m.start(), m.end());
                found.add(new TimeMention(m.start(), m.end(), at.get(), Optional.empty()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(TimeMention::start));
        return found;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalTime> time(String hours, String minutes, String suffix) {
        int h = num(hours);
        int min = minutes == null ? 0 : num(minutes);
        String s = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT).replace(".", "");
        if (s.equals("pm") && h < 12) {
            h += 12;
        } else if (s.equals("am") && h == 12) {
            h = 0;
        }
        if (s.equals("noon") && (h != 12 || min != 0)) {
            return Optional.empty();
        }
        if (h > 23 || min > 59 || (s.equals("pm") || s.equals("am")) && num(hours) > 12) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, min));
    }

    private static void add(List<DateMention> found, boolean[] taken, Matcher m, DateMention date) {
        add(found, taken, m.start(), m.end(), date);
    }

    private static void add(List<DateMention> found, boolean[] taken, int start, int end, DateMention date) {
        if (free(taken, start, end) && date.firstMonth() > 0 && date.firstDay() >= 1 && date.firstDay() <= 31
                && date.lastDay() >= 1 && date.lastDay() <= 31) {
            mark(taken, start, end);
            found.add(date);
        }
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static Optional<Integer> year(String digits) {
        return digits == null ? Optional.empty() : Optional.of(Integer.parseInt(digits));
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3), Map.entry("maa", 3), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MONTHS.getOrDefault(w.substring(0, Math.min(3, w.length())), 0);
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("ma", DayOfWeek.MONDAY), Map.entry("mo", DayOfWeek.MONDAY), Map.entry("di", DayOfWeek.TUESDAY),
            Map.entry("tu", DayOfWeek.TUESDAY), Map.entry("wo", DayOfWeek.WEDNESDAY),
            Map.entry("we", DayOfWeek.WEDNESDAY), Map.entry("do", DayOfWeek.THURSDAY),
            Map.entry("th", DayOfWeek.THURSDAY), Map.entry("vr", DayOfWeek.FRIDAY), Map.entry("fr", DayOfWeek.FRIDAY),
            Map.entry("za", DayOfWeek.SATURDAY), Map.entry("sa", DayOfWeek.SATURDAY),
            Map.entry("zo", DayOfWeek.SUNDAY), Map.entry("su", DayOfWeek.SUNDAY));

    /** A weekday set as a line's label ("Zaterdag: 11u eucharistieviering"), with where its label ends. */
    record WeekdayLabel(DayOfWeek day, int end) {
    }

    private static final Pattern WEEKDAY_LABEL = Pattern.compile("(?iu)^(" + WEEKDAY_NAMES + ")\\s*:\\s*");

    /**
     * The full names of one weekday, Dutch and English.
     *
     * @param day a weekday
     * @return its Dutch and its English name as an alternation: "zaterdag|saturday"
     */
    static String weekdayNames(DayOfWeek day) {
        int monday = day.getValue() - 1;
        return DAY_NAMES[monday] + "|" + DAY_NAMES[monday + 7];
    }

    /**
     * The weekday a line opens with as its label, written in full and followed by a colon.
     *
     * @param text a line's text
     * @return the day and the offset after its label, empty when the line opens otherwise
     */
    static Optional<WeekdayLabel> weekdayLabel(String text) {
        Matcher m = WEEKDAY_LABEL.matcher(text);
        return m.lookingAt() ? weekday(m.group(1)).map(day -> new WeekdayLabel(day, m.end())) : Optional.empty();
    }

    private static Optional<DayOfWeek> weekday(String word) {
        return word == null ? Optional.empty()
                : Optional.ofNullable(WEEKDAYS.get(word.toLowerCase(Locale.ROOT).substring(0, 2)));
    }
}
