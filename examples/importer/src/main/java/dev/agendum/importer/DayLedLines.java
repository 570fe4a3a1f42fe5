package dev.agendum.importer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Programme lines that name their own day before their time: "Mon 5 July  09:30  Welcome", a session card's "di 23
 * november · 11.00 uur", a weekday label's "Zaterdag: 11u eucharistieviering". Each gives the part from its time on,
 * for {@link ProgrammeReader} to read as an item on that day.
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
        int from = dates.get(0).end();
        while (from < line.text().length() && " \t,:–-·•|".indexOf(line.text().charAt(from)) >= 0) {
            from++;
        }
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
}
