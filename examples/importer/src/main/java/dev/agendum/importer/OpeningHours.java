package dev.agendum.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A table of opening hours, a row a day ("| vrijdag 16 oktober 2026 | 13u – 21u |"): the event opens at the first
 * day's first time and closes at the last day's last. Read when no line gives the event's times, and before the
 * programme's items are taken for them (a fair's talks start after its doors open).
 */
final class OpeningHours {

    /** The hours read: when the first day opens and the last day closes, with the words of each. */
    record Hours(LocalTime from, Source fromSource, LocalTime to, Source toSource) {
    }

    private OpeningHours() {
    }

    static Optional<Hours> of(Document document, LocalDate first, LocalDate last) {
        DateReader.TimeMention open = null;
        Line opensIn = null;
        Line closesIn = null;
        DateReader.TimeMention closes = null;
        for (Line row : document.lines()) {
            if (row.kind() != Line.Kind.ROW || row.cells().size() < 2) {
                continue;
            }
            Optional<LocalDate> day = day(row.cells().get(0), first);
            List<DateReader.TimeMention> times = DateReader.times(row.cells().get(1).text());
            if (day.isEmpty() || times.isEmpty() || times.get(0).to().isEmpty()) {
                continue;
            }
            if (day.get().equals(first) && open == null) {
                open = times.get(0);
                opensIn = row.cells().get(1);
            }
            if (day.get().equals(last)) {
                closes = times.get(times.size() - 1);
                closesIn = row.cells().get(1);
            }
        }
        if (open == null || closes == null || closes.to().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Hours(open.from(), opensIn.source(open.start(), open.end()), closes.to().get(),
                closesIn.source(closes.start(), closes.end())));
    }

    /** The most days a table of opening hours is read to run over. */
    private static final int MOST_DAYS = 14;

    /**
     * The last day of a table of opening hours that opens on {@code first}: rows of consecutive days, one after the
     * other, each with its hours ("| Zondag 26 september 2027 | 10u00 - 18u00 |" over Monday's and Tuesday's rows), so
     * that a fair's days are read from its hours even when no sentence names them as a run. Empty when no such table
     * opens on that day or it holds that day alone.
     */
    static Optional<LocalDate> lastDay(Document document, LocalDate first) {
        LocalDate last = null;
        for (Line row : document.lines()) {
            Optional<LocalDate> day = row.kind() == Line.Kind.ROW && row.cells().size() >= 2
                    ? day(row.cells().get(0), first) : Optional.empty();
            boolean hours = day.isPresent() && DateReader.times(row.cells().get(1).text()).stream()
                    .anyMatch(t -> t.to().isPresent());
            if (hours && day.get().equals(first) && last == null) {
                last = first;
            } else if (last != null && hours && day.get().equals(last.plusDays(1))
                    && !day.get().isAfter(first.plusDays(MOST_DAYS - 1))) {
                last = day.get();
            } else if (last != null) {
                break;
            }
        }
        return Optional.ofNullable(last).filter(l -> l.isAfter(first));
    }

    /** The one date a cell gives, in its own year or else {@code first}'s; empty when it gives none or several. */
    static Optional<LocalDate> day(Line cell, LocalDate first) {
        List<DateReader.DateMention> dates = DateReader.dates(cell.text());
        if (dates.size() != 1 || !dates.get(0).valid(first.getYear())) {
            return Optional.empty();
        }
        return Optional.of(dates.get(0).first(dates.get(0).year().orElse(first.getYear())));
    }
}
