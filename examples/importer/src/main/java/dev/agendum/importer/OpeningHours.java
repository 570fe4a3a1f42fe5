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

    private static Optional<LocalDate> day(Line cell, LocalDate first) {
        List<DateReader.DateMention> dates = DateReader.dates(cell.text());
        if (dates.size() != 1 || !dates.get(0).valid(first.getYear())) {
            return Optional.empty();
        }
        return Optional.of(dates.get(0).first(dates.get(0).year().orElse(first.getYear())));
    }
}
