package dev.agendum.importer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of an event whose best-placed date gives none: another date's year (or the nearest one its weekday fits),
 * a year in the title, the caller's, or the year near the import's day in which a weekday's date falls on that
 * weekday. Every year not written with the date is an assumption that says where it came from.
 */
final class EventYear {

    private EventYear() {
    }

    /** A date as the text gives it, on its line. */
    record Dated(Line line, DateReader.DateMention date) {

        String words() {
            return line.source(date.start(), date.end()).words();
        }
    }

    /** The year, and why it is that year when the date does not say it. */
    record Year(int value, Optional<String> basis) {
    }

    /** A year of this century in a title ("Open Dag 2027"): the year of an event whose dates give none. */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    /** How many years from a year the text gives a weekday's date is looked for. */
    private static final int YEARS_AROUND = 3;
    /** How many years before and after today a weekday's date is looked for. */
    private static final int YEARS_BACK = 1;
    private static final int YEARS_ON = 6;

    /**
     * The year of {@code best}, among the text's dates {@code all}, its title, the year the caller gave and the
     * import's day.
     *
     * @throws NotAnAnnouncementException when nothing gives a year
     */
    static Year of(Dated best, List<Dated> all, String title, Optional<Integer> givenYear, LocalDate today) {
        if (best.date().year().isPresent()) {
            return new Year(best.date().year().get(), Optional.empty());
        }
        for (Dated other : all) {
            if (other.date().year().isPresent()) {
                int context = other.date().year().get();
                Optional<Integer> fitting = weekdayYearNear(best.date(), context);
                if (fitting.isPresent() && fitting.get() != context) {
                    // "dinsdag 16 maart" beside a look back at "14 november 2026": 16 March 2026 is a Monday
                    return assumed(fitting.get(), "year " + fitting.get() + ": the year nearest " + context + " (from \""
                            + other.words() + "\" elsewhere in the text) in which \"" + best.words()
                            + "\" falls on that weekday");
                }
                return assumed(context, "year " + context + " taken from \"" + other.words() + "\" elsewhere in the text");
            }
        }
        Matcher year = TITLE_YEAR.matcher(title);
        if (year.find()) {
            return assumed(Integer.parseInt(year.group(1)), "year " + year.group(1) + " taken from the title");
        }
        if (givenYear.isPresent()) {
            return assumed(givenYear.get(), "year " + givenYear.get() + " given by the caller (--year)");
        }
        List<Dated> tried = new ArrayList<>(List.of(best));
        tried.addAll(all);
        for (Dated candidate : tried) {
            Optional<Integer> nearest = weekdayYearNearToday(candidate.date(), today);
            if (nearest.isPresent()) {
                return assumed(nearest.get(), "year " + nearest.get() + ": the year nearest " + today + " in which \""
                        + candidate.words() + "\" falls on that weekday; the text gives no year");
            }
        }
        throw new NotAnAnnouncementException("the date \"" + best.words() + "\" has no year and the text gives none: "
                + "pass --year");
    }

    private static Year assumed(int year, String basis) {
        return new Year(year, Optional.of(basis));
    }

    /**
     * The year nearest {@code context} (the later on a tie, at most {@link #YEARS_AROUND} away) in which a date
     * given with its weekday falls on that weekday; empty for a date without a weekday or with none that fits.
     */
    private static Optional<Integer> weekdayYearNear(DateReader.DateMention date, int context) {
        if (date.weekday().isEmpty()) {
            return Optional.empty();
        }
        for (int away = 0; away <= YEARS_AROUND; away++) {
            for (int y : new int[] {context + away, context - away}) {
                if (fits(date, y)) {
                    return Optional.of(y);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A date given with its weekday and no year anywhere ("Vrijdag 24 september"): the year near {@code today} in
     * which it falls on that weekday, the nearest to today (the later on a tie).
     */
    private static Optional<Integer> weekdayYearNearToday(DateReader.DateMention date, LocalDate today) {
        if (date.weekday().isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> nearest = Optional.empty();
        long distance = Long.MAX_VALUE;
        for (int y = today.getYear() - YEARS_BACK; y <= today.getYear() + YEARS_ON; y++) {
            if (!fits(date, y)) {
                continue;
            }
            long days = Math.abs(ChronoUnit.DAYS.between(today, date.first(y)));
            if (days <= distance) {
                distance = days;
                nearest = Optional.of(y);
            }
        }
        return nearest;
    }

    /** Whether a date given with its weekday exists in year {@code y} and falls on that weekday there. */
    private static boolean fits(DateReader.DateMention date, int y) {
        return date.valid(y) && date.first(y).getDayOfWeek() == date.weekday().get();
    }
}
