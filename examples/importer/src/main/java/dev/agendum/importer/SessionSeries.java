package dev.agendum.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A course's or a cycle's sessions set as a table, one row a session with its date and its hours ("| 1 | dinsdag 20
 * april 2027 | 19.30 – 21.30 | Waarom blijven vrijwilligers? |" over the next weeks' rows): the event runs from the
 * first session to the last, so that every session is an item of its own. So does a list of sessions, one an entry
 * led by its date ("dinsdag 2 maart 2027 – Wie was Spinoza?" over the next weeks' entries).
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
        List<Line> rows = rows(document, first);
        return rows.isEmpty() ? Optional.empty() : session(rows.get(rows.size() - 1), first);
    }

    /**
     * The rows of the table of sessions whose first session is on {@code first}: at least {@link #SESSIONS} of them,
     * or two that number their sessions ("| 1 | dinsdag | 18 mei 2027 | 10.00 – 11.30 uur |", the same session given
     * twice). Empty when no such table opens on that day.
     */
    static List<Line> rows(Document document, LocalDate first) {
        List<Line> rows = new ArrayList<>();
        LocalDate last = null;
        for (Line row : document.lines()) {
            Optional<LocalDate> day = row.kind() == Line.Kind.ROW ? session(row, first) : Optional.empty();
            if (day.isPresent() && (last == null ? day.get().equals(first)
                    : day.get().isAfter(last) && !day.get().isAfter(first.plusDays(MOST_DAYS)))) {
                rows.add(row);
                last = day.get();
            } else if (last != null) {
                break;
            }
        }
        boolean numbered = rows.size() >= 2 && rows.stream().allMatch(r -> RowCells.agendaNumber(r.cells().get(0)));
        return rows.size() >= SESSIONS || numbered ? rows : List.of();
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

    /** The marks that may come before an entry's date: a bullet, a number, emphasis. */
    private static final Pattern LEAD = Pattern.compile("^[\\s*_•·▪–-]*(?:\\d{1,2}[.)]\\s*)?[\\s*_]*");

    /**
     * The entries of a list of sessions that holds {@code line}: at least {@link #SESSIONS} entries in a row, each led
     * by one date later than the entry before, within {@link #MOST_DAYS}; {@code year} for a date without one. Empty
     * when {@code line} is no such entry.
     */
    static List<Line> entries(List<Line> leaves, Line line, int year) {
        int at = leaves.indexOf(line);
        if (at < 0 || line.kind() != Line.Kind.ITEM || ledBy(line, year).isEmpty()) {
            return List.of();
        }
        int from = at;
        while (from > 0 && leaves.get(from - 1).kind() == Line.Kind.ITEM && ledBy(leaves.get(from - 1), year).isPresent()) {
            from--;
        }
        LocalDate first = ledBy(leaves.get(from), year).get();
        LocalDate last = first;
        int to = from + 1;
        for (; to < leaves.size() && leaves.get(to).kind() == Line.Kind.ITEM; to++) {
            Optional<LocalDate> day = ledBy(leaves.get(to), year);
            if (day.isEmpty() || !day.get().isAfter(last) || day.get().isAfter(first.plusDays(MOST_DAYS))) {
                break;
            }
            last = day.get();
        }
        return to - from >= SESSIONS && at < to ? List.copyOf(leaves.subList(from, to)) : List.of();
    }

    /** The first and the last day of the list of sessions that holds {@code line}, if it is one. */
    static Optional<LocalDate[]> listed(List<Line> leaves, Line line, int year) {
        List<Line> entries = entries(leaves, line, year);
        return entries.isEmpty() ? Optional.empty() : Optional.of(new LocalDate[] {ledBy(entries.get(0), year).get(),
                ledBy(entries.get(entries.size() - 1), year).get()});
    }

    /**
     * The sessions of such a list as items, each on its date at the event's hours, titled by the words after its date:
     * "dinsdag 9 maart 2027 – God of de natuur" is the item "God of de natuur" on 9 March.
     */
    static List<Found.Item> items(Reading reading, Line line, int year, ItemReader reader) {
        List<Found.Item> items = new ArrayList<>();
        for (Line row : rows(reading.document, reading.start.value().toLocalDate())) {
            // "| 2 | donderdag | 27 mei 2027 | 19.30 – 21.00 uur |": each session at its own day and hours
            LocalDate day = session(row, reading.start.value().toLocalDate()).get();
            Line hours = row.cells().stream().filter(c -> DateReader.times(c.text()).stream()
                    .anyMatch(t -> t.to().isPresent())).findFirst().get();
            DateReader.TimeMention range = DateReader.times(hours.text()).get(0);
            Source at = hours.source(range.start(), range.end());
            Optional<LocalDateTime> end = range.to().map(day::atTime);
            Line words = row.cells().stream().filter(c -> c != hours && DateReader.dates(c.text()).isEmpty()
                    && c.text().matches("(?s).*\\p{L}{4,}.*")).findFirst().orElse(hours);
            items.add(reader.read(day.atTime(range.from()), at, end, end.map(e -> at), words, List.of()));
        }
        if (!items.isEmpty()) {
            return items;
        }
        LocalTime from = reading.start.value().toLocalTime();
        LocalTime to = reading.end.value().toLocalTime();
        for (Line entry : entries(reading.document.leaves(), line, year)) {
            DateReader.DateMention date = DateReader.dates(entry.text()).get(0);
            LocalDate day = ledBy(entry, year).get();
            Matcher after = AFTER_DATE.matcher(entry.text()).region(date.end(), entry.text().length());
            int titleAt = after.lookingAt() ? after.end() : date.end();
            Source dated = entry.source(date.start(), date.end());
            Basis start = Assumption.from("the session's date at the hours the text gives the series", dated);
            Optional<LocalDateTime> end = to.isAfter(from) ? Optional.of(day.atTime(to)) : Optional.empty();
            Line words = titleAt < entry.text().length() ? entry.sub(titleAt, entry.text().length()) : entry;
            items.add(reader.read(day.atTime(from), start, end, end.map(e -> start), words, List.of()));
        }
        return items;
    }

    /** What parts a session's date from its title: "dinsdag 2 maart 2027 – Wie was Spinoza?". */
    private static final Pattern AFTER_DATE = Pattern.compile("[\\s*_]*(?:[–—:|-]|,)?\\s*");

    /** The one date an entry opens with, after its marks. */
    private static Optional<LocalDate> ledBy(Line entry, int year) {
        List<DateReader.DateMention> dates = DateReader.dates(entry.text());
        Matcher lead = LEAD.matcher(entry.text());
        if (dates.size() != 1 || !lead.lookingAt() || dates.get(0).start() != lead.end()) {
            return Optional.empty();
        }
        DateReader.DateMention date = dates.get(0);
        int y = date.year().orElse(year);
        return date.valid(y) && date.first(y).equals(date.last(y)) ? Optional.of(date.first(y)) : Optional.empty();
    }
}
