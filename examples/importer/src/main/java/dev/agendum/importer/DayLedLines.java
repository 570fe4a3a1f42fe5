package dev.agendum.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programme lines that name their own day before their time: "Mon 5 July  09:30  Welcome", a session card's "di 23
 * november · 11.00 uur", a weekday label's "Zaterdag: 11u eucharistieviering", a timetable's cell "zo 26/09, 11u00".
 * Each gives the part from its time on, for {@link ProgrammeReader} to read as an item on that day.
 */
final class DayLedLines {

    private DayLedLines() {
    }

    /** The part of a text line after the day it opens with, when a time follows that day; else empty. */
    static Optional<Line> timeAfterDay(Line line) {
        List<DateReader.DateMention> dates = DateReader.dates(line.text());
        // a list's entry led by a day ("- zaterdag 7 november, 10.30 uur: voorleesochtend") is another outing
        if (line.kind() != Line.Kind.TEXT || dates.isEmpty() || dates.get(0).start() != 0) {
            return Optional.empty();
        }
        int from = pastMarks(line.text(), dates.get(0).end());
        Line rest = line.sub(from, line.text().length());
        return from < line.text().length() && TimedLines.startsWithTime(rest) ? Optional.of(rest) : Optional.empty();
    }

    /** The part of a text line after its weekday label, when a time opens it; else empty. */
    static Optional<Line> labelledTime(Line line) {
        Optional<DateReader.WeekdayLabel> label = DateReader.weekdayLabel(line.text());
        if (label.isEmpty() || line.kind() != Line.Kind.TEXT) {
            return Optional.empty();
        }
        Line rest = line.sub(label.get().end(), line.text().length());
        return TimedLines.startsWithTime(rest) ? Optional.of(rest) : Optional.empty();
    }

    /**
     * The day of a weekday-labelled line in a programme of such lines, one a day ("Zaterdag: 11u eucharistieviering …"
     * over "Zondag: 10u30 hoogmis …"): the event's first day of that weekday, within its days or, when the text gives
     * one day only, the week from it. A lone weekday line in a one-day text names no day of the event.
     */
    static Optional<LocalDate> weekdayDay(List<Line> lines, int at, LocalDate firstDay, LocalDate lastDay) {
        Line line = lines.get(at);
        boolean run = at > 0 && labelledTime(lines.get(at - 1)).isPresent()
                || at + 1 < lines.size() && labelledTime(lines.get(at + 1)).isPresent();
        if (labelledTime(line).isEmpty() || !run && !lastDay.isAfter(firstDay)) {
            return Optional.empty();
        }
        DayOfWeek weekday = DateReader.weekdayLabel(line.text()).get().day();
        LocalDate until = lastDay.isAfter(firstDay) ? lastDay : firstDay.plusDays(6);
        return firstDay.datesUntil(until.plusDays(1)).filter(d -> d.getDayOfWeek() == weekday).findFirst();
    }

    /** Where the words after a day start: past the spaces, commas, colons, dashes and bars after it. */
    private static int pastMarks(String text, int from) {
        while (from < text.length() && " \t,:–-·•|".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        return from;
    }

    /** A cell led by its day as numbers, before the time: "zo 26/09, 11u00", "Sat 17/10 – 14:00". */
    private static final Pattern DAY_SLASHED_LEADING = Pattern.compile("(?iu)^(?:(?:" + DateReader.WEEKDAY_SHORT
            + "|" + DateReader.WEEKDAY_NAMES + ")\\.?\\s+)?(\\d{1,2})/(\\d{1,2})(?![/\\d])[\\s,:–·-]+(?=\\d)");

    /** A table cell's own day and the part of the cell from its time on. */
    record Cell(LocalDate day, Line rest) {
    }

    /**
     * A table cell that gives the row's day before its time ("zo 26/09, 11u00", "Tue 9 Feb, 10:00"): that day, when
     * it is one of the event's, from {@code first} to {@code last} (a club calendar's "vr 11 juni, 20u" under the
     * party is another evening), and the cell from the time on; empty for a cell of a time alone or of a day alone.
     */
    static Optional<Cell> cell(Line cell, LocalDate first, LocalDate last,
                               Function<DateReader.DateMention, Optional<LocalDate>> resolve) {
        String text = cell.text();
        Matcher slashed = DAY_SLASHED_LEADING.matcher(text);
        int from;
        Optional<LocalDate> day;
        if (slashed.find() && Integer.parseInt(slashed.group(2)) <= 12) {
            int date = Integer.parseInt(slashed.group(1));
            int month = Integer.parseInt(slashed.group(2));
            day = resolve.apply(new DateReader.DateMention(0, slashed.end(), date, month, date, month,
                    Optional.empty(), Optional.empty()));
            from = slashed.end();
        } else {
            List<DateReader.DateMention> dates = DateReader.dates(text);
            if (dates.isEmpty() || dates.get(0).start() != 0) {
                return Optional.empty();
            }
            day = resolve.apply(dates.get(0));
            from = pastMarks(text, dates.get(0).end());
        }
        Line rest = cell.sub(from, text.length());
        if (day.isEmpty() || day.get().isBefore(first) || day.get().isAfter(last) || from >= text.length()
                || !TimedLines.startsWithTime(rest)) {
            return Optional.empty();
        }
        return Optional.of(new Cell(day.get(), rest));
    }

    /**
     * Whether a line's first date stands in brackets, an aside about another day ("Taal: Nederlands (er is een aparte
     * Franstalige sessie op 11 maart)"), not a day heading over the items after it.
     */
    static boolean dateInBrackets(Line line) {
        List<DateReader.DateMention> dates = DateReader.dates(line.text());
        if (dates.isEmpty()) {
            return false;
        }
        String before = line.text().substring(0, dates.get(0).start());
        return before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count();
    }
}
