package dev.agendum.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run's performances set as a table, one row a performance with its date in one cell and its time in another ("|
 * Wednesday 29 September 2027 (preview) | 8.00pm | €15 | Book |"): the event runs from the first performance to the
 * last, each performance an item at its date and time, titled by what its date cell adds ("(preview)", "(matinee)")
 * or else by its date. A row that says it is cancelled stays in the run but gives no item.
 */
final class PerformanceRows {

    /** The fewest rows that make a run: one or two dated rows may be a notice's. */
    private static final int ROWS = 3;
    /** The most days a run is read to span, a season's length. */
    private static final int MOST_DAYS = 190;
    /** A row's word that says the performance will not be given. */
    private static final Pattern CANCELLED = Pattern.compile("(?iu)(?<![\\p{L}])(?:cancelled|canceled|geannuleerd"
            + "|afgelast|gaat niet door|vervalt|komt te vervallen)(?![\\p{L}])");
    /** What parts a date cell's remark from the date: "(preview)", "+ post-show talk", "– matinee". */
    private static final Pattern REMARK = Pattern.compile("^[\\s(+–—,:-]*(.*?)[\\s)]*$");

    /** One performance: its row, day and time, and the cells its date and time stand in. */
    record Performance(Line row, LocalDate day, DateReader.TimeMention time, Line dateCell, Line timeCell,
                       boolean cancelled) {
    }

    private PerformanceRows() {
    }

    /**
     * The performances of the table that holds {@code leaf} (one of its cells' parts), in the table's order; empty
     * when {@code leaf} stands in no such table.
     */
    static List<Performance> around(Document document, Line leaf, Function<DateReader.DateMention, Optional<LocalDate>>
            resolve) {
        List<Line> lines = document.lines();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).kind() == Line.Kind.ROW && lines.get(i).cells().stream()
                    .anyMatch(cell -> cell == leaf || cell.parts().contains(leaf))) {
                at = i;
            }
        }
        if (at < 0 || performance(lines.get(at), resolve).isEmpty()) {
            return List.of();
        }
        int from = at;
        while (from > 0 && performance(lines.get(from - 1), resolve).isPresent()) {
            from--;
        }
        List<Performance> run = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Optional<Performance> next = performance(lines.get(i), resolve);
            if (next.isEmpty() || !run.isEmpty() && (next.get().day().isBefore(run.get(run.size() - 1).day())
                    || next.get().day().isAfter(run.get(0).day().plusDays(MOST_DAYS)))) {
                break;
            }
            run.add(next.get());
        }
        return run.size() >= ROWS ? run : List.of();
    }

    /** The first and last day of the run of performances whose table holds {@code leaf}, if it is one. */
    static Optional<LocalDate[]> days(Document document, Line leaf,
                                      Function<DateReader.DateMention, Optional<LocalDate>> resolve) {
        List<Performance> run = around(document, leaf, resolve);
        return run.isEmpty() ? Optional.empty()
                : Optional.of(new LocalDate[] {run.get(0).day(), run.get(run.size() - 1).day()});
    }

    /** The performances of the document's first table of them; empty when it has none. */
    static List<Performance> first(Document document, Function<DateReader.DateMention, Optional<LocalDate>> resolve) {
        for (Line line : document.lines()) {
            if (performance(line, resolve).isPresent()) {
                List<Performance> run = around(document, line.cells().get(0), resolve);
                if (!run.isEmpty()) {
                    return run;
                }
            }
        }
        return List.of();
    }

    /** A row that gives one day in one cell and one time, no range, alone in another. */
    private static Optional<Performance> performance(Line row, Function<DateReader.DateMention,
            Optional<LocalDate>> resolve) {
        if (row.kind() != Line.Kind.ROW || row.cells().size() < 2) {
            return Optional.empty();
        }
        Line dateCell = null;
        LocalDate day = null;
        Line timeCell = null;
        DateReader.TimeMention time = null;
        for (Line cell : row.cells()) {
            List<DateReader.DateMention> dates = DateReader.dates(cell.text());
            List<DateReader.TimeMention> times = DateReader.times(cell.text());
            if (dateCell == null && dates.size() == 1 && times.isEmpty()) {
                Optional<LocalDate> resolved = resolve.apply(dates.get(0));
                if (resolved.isEmpty() || dates.get(0).firstDay() != dates.get(0).lastDay()) {
                    return Optional.empty();
                }
                dateCell = cell;
                day = resolved.get();
            } else if (timeCell == null && dates.isEmpty() && times.size() == 1 && times.get(0).to().isEmpty()
                    && cell.text().strip().length() <= times.get(0).end() - times.get(0).start() + 4) {
                timeCell = cell;
                time = times.get(0);
            }
        }
        if (dateCell == null || timeCell == null) {
            return Optional.empty();
        }
        for (Line cell : row.cells()) {
            // a timetable's row names its session ("| Tue 9 Feb | 10:00 | Opening | Ama Boateng |"); a performance's
            // other cells give only its price, its booking button or its state
            if (cell != dateCell && cell != timeCell && !WORD.matcher(cell.text()).results()
                    .allMatch(w -> BOOKING_WORDS.contains(w.group().toLowerCase(Locale.ROOT)))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Performance(row, day, time, dateCell, timeCell, CANCELLED.matcher(row.text()).find()));
    }

    /** A word of a cell. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** The words a performance's other cells may hold: a price's, a booking button's, a state's. */
    private static final Set<String> BOOKING_WORDS = Set.of("book", "booking", "boek", "boeken",
            "tickets", "ticket", "kaarten", "reserveer", "reserveren", "buy", "koop", "now", "nu", "sold", "out",
            "uitverkocht", "cancelled", "canceled", "geannuleerd", "afgelast", "free", "gratis", "waiting", "list",
            "wachtlijst", "few", "left", "laatste", "plaatsen", "eur", "euro", "from", "vanaf", "concessions",
            "members", "leden", "sold-out", "info");

    /**
     * The run's performances that go ahead as items, each at its day and time and titled by its date cell's remark,
     * else by the date cell.
     */
    static List<Found.Item> items(List<Performance> run, ItemReader reader) {
        List<Found.Item> items = new ArrayList<>();
        for (Performance performance : run) {
            if (performance.cancelled()) {
                continue;
            }
            Line cell = performance.dateCell();
            DateReader.DateMention date = DateReader.dates(cell.text()).get(0);
            Matcher remark = REMARK.matcher(cell.text().substring(date.end()));
            Line words = remark.matches() && remark.group(1).matches("(?s).*\\p{L}{3}.*")
                    ? cell.sub(date.end() + remark.start(1), date.end() + remark.end(1)) : cell;
            LocalTime at = performance.time().from();
            Source day = cell.source(date.start(), date.end());
            Source time = performance.timeCell().source(performance.time().start(), performance.time().end());
            Source both = new Source(Math.min(day.start(), time.start()), Math.max(day.end(), time.end()),
                    day.words() + " … " + time.words());
            items.add(reader.read(performance.day().atTime(at), both, Optional.empty(), Optional.empty(), words,
                    List.of()));
        }
        return items;
    }
}
