package dev.agendum.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a timetable row's cells beyond its time: an agenda's item number before the time, a second column of
 * times after it (another zone's start, or the item's end), and cells that are parallel sessions.
 */
final class RowCells {

    private RowCells() {
    }

    /** An agenda item's number alone in a cell: "4", "7a", "12.". */
    private static final Pattern AGENDA_NUMBER = Pattern.compile("^\\s*\\d{1,2}[a-z]?[.)]?\\s*$");
    /** The most characters before a track's kind word ("**Lezing**", "🎤 Panel") for it to open the cell. */
    private static final int KIND_AT_MOST = 3;

    /** Where a row's content starts after its time cell, and the cell that gives the item's end, if one does. */
    record AfterTime(int content, Optional<Line> end) {
    }

    /** Whether a cell is only an agenda item's number. */
    static boolean agendaNumber(Line cell) {
        return AGENDA_NUMBER.matcher(cell.text()).matches();
    }

    /**
     * The cells after the time cell {@code timeCell} that are parallel sessions: two or more that each open with an
     * item's kind ("| 11.00 | **Lezing** – … | **Workshop** – … |"); empty when the row is one item.
     */
    static List<Line> tracks(List<Line> cells, int timeCell) {
        List<Line> tracks = cells.subList(Math.min(cells.size(), timeCell + 1), cells.size()).stream()
                .filter(c -> !c.text().isBlank() && !onlyTime(c)).toList();
        return tracks.size() >= 2 && tracks.stream().filter(RowCells::opensWithKind).count() >= 2 ? tracks : List.of();
    }

    /**
     * The cells after the time: "| 09:00 | 10:00 | Opening |" has a later time alone in the next cell, the item's
     * end; "| 09:00 | 07:00 | Doors open |" under "CEST | UTC" the same start in another zone, an earlier one,
     * passed over.
     */
    static AfterTime afterTime(List<Line> cells, int timeCell) {
        List<DateReader.TimeMention> starts = DateReader.times(cells.get(timeCell).text());
        int content = timeCell + 1;
        Optional<Line> end = Optional.empty();
        while (content < cells.size() && onlyTime(cells.get(content))) {
            DateReader.TimeMention other = DateReader.times(cells.get(content).text()).get(0);
            if (end.isEmpty() && !starts.isEmpty() && starts.get(0).to().isEmpty()
                    && other.from().isAfter(starts.get(0).from())) {
                end = Optional.of(cells.get(content));
            }
            content++;
        }
        return new AfterTime(content, end);
    }

    /** The item read from a row, ending at the time its end cell gives, on {@code day}. */
    static Found.Item endingAt(Found.Item read, Line endCell, LocalDate day) {
        DateReader.TimeMention to = DateReader.times(endCell.text()).get(0);
        Source where = endCell.source(to.start(), to.end());
        return new Found.Item(read.start(), read.startBasis(), Optional.of(day.atTime(to.from())), Optional.of(where),
                read.kind(), read.kindBasis(), read.title(), read.titleSource(), read.description(),
                read.descriptionSource(), read.participations(), read.track());
    }

    /** Whether a table cell gives one time and nothing else ("07:00", "10.30 uur"). */
    static boolean onlyTime(Line cell) {
        List<DateReader.TimeMention> times = DateReader.times(cell.text());
        return times.size() == 1 && cell.text().substring(0, times.get(0).start()).isBlank()
                && cell.text().substring(times.get(0).end()).replaceAll("(?iu)\\b(?:uur|u|h|hrs)\\b", "").isBlank();
    }

    /** Whether a cell opens with an item's kind, not with a role word that holds one ("gespreksleider X"). */
    private static boolean opensWithKind(Line cell) {
        String text = cell.text().replaceFirst("^[^\\p{L}]+", "");
        return ItemKindWords.earliestIn(cell.text()).filter(k -> k.getKey() <= KIND_AT_MOST).isPresent()
                && Lexicon.leadingRole(text).isEmpty();
    }
}
