package dev.agendum.importer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A course's or a cycle's sessions set as a table, one row a session with its date and its hours ("| 1 | dinsdag 20
 * april 2027 | 19.30 – 21.30 | Waarom blijven vrijwilligers? |" over the next weeks' rows): the event runs from the
 * first session to the last, so that every session is an item of its own.
 */
final class SessionSeries {

    /** The fewest sessions that make a series: two dated rows may be an event and its later edition. */
    private static final int SESSIONS = 3;
    /** The most days a series is read to run over, a term's length. */
    private static final int MOST_DAYS = 190;

    private SessionSeries() {
    }

    /**
     * The day of the last session of a table whose first session is on {@code first}: rows one after the other, each
     * with one date later than the row before and a range of hours. Empty when no such table opens on that day.
     */
    static Optional<LocalDate> lastDay(Document document, LocalDate first) {
        LocalDate last = null;
        int sessions = 0;
        for (Line row : document.lines()) {
            Optional<LocalDate> day = row.kind() == Line.Kind.ROW ? session(row, first) : Optional.empty();
            if (day.isPresent() && day.get().equals(first) && last == null) {
                last = first;
                sessions = 1;
            } else if (last != null && day.isPresent() && day.get().isAfter(last)
                    && !day.get().isAfter(first.plusDays(MOST_DAYS))) {
                last = day.get();
                sessions++;
            } else if (last != null) {
                break;
            }
        }
        return sessions >= SESSIONS ? Optional.of(last) : Optional.empty();
    }

    /** The date of a row that gives one date in one of its cells and a range of hours in another. */
    private static Optional<LocalDate> session(Line row, LocalDate first) {
        Optional<LocalDate> day = Optional.empty();
        boolean hours = false;
        for (Line cell : row.cells()) {
            day = day.or(() -> OpeningHours.day(cell, first));
            hours |= DateReader.times(cell.text()).stream().anyMatch(t -> t.to().isPresent());
        }
        return hours ? day : Optional.empty();
    }
}
