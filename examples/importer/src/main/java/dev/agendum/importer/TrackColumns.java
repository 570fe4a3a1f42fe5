package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A timetable whose columns after the time are parallel tracks, halls or stages, named in its head row
 * ("| Tijd | Grote Zaal | De Kas | Buitenpodium |", "| Time | Track A · Rivers | Track B · Streets |").
 *
 * <p>A row's cell is an item in its column's track; a cell repeated in every filled column ("Coffee | Coffee") is one
 * item for all tracks; a bracketed note beside an item ("*(plenary in the Main Hall)*") says that item is for all
 * tracks and is no item itself. A head that labels what the columns hold ("| Tijd | Onderdeel | Spreker |",
 * "| Time | Session | Room |") makes no tracks: its rows are one item each. Without tracks two items of one row
 * would run at the same time in one lane, which the model refuses.
 */
final class TrackColumns {

    /** Words that label what a column holds, not which track it is: a head of these is an ordinary timetable's. */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?:wat|wie|waar|onderdeel|programma(?:onderdeel)?"
            + "|activiteit(?:en)?|spreker(?:s)?|sprekers?|door|zaal|locatie|ruimte|plaats|titel|thema|onderwerp"
            + "|toelichting|omschrijving|beschrijving|inhoud|sessie|eind(?:e|tijd)?|tot|duur|begeleiding|what|who"
            + "|where|session|sessions|speakers?|title|topic|room|location|venue|details?|description|notes?|item"
            + "|activity|event|host|moderator|end|until|to|duration|format|type|soort|vorm|programme|program"
            + "|schedule|agenda(?:punt)?|presenter|presentator|met|with|by"
            // a series' table of dates: "| Datum | Tijd | Gids | Beschikbaarheid |"
            + "|datum|date|dag|day|tijd|time|uur|gids|gidsen|guide|leiding|leader|docent|tutor|trainer"
            + "|beschikbaarheid|availability|status|plaatsen|places|prijs|price|kosten|tickets?|opmerking(?:en)?"
            + "|remarks?)\\s*:?");
    /** A cell that is only a bracketed note, maybe in emphasis: "(plenary in the Main Hall)", "(zie links)". */
    private static final Pattern NOTE = Pattern.compile("^[*_\\s]*\\(.*\\)[*_\\s]*$");

    private final List<Line> heads;

    private TrackColumns(List<Line> heads) {
        this.heads = heads;
    }

    /**
     * The track columns a head row names: a row of three or more cells, none of them a time, of which two or more
     * after the first name tracks and none labels a column's content.
     *
     * @param row a table row
     * @return its columns as tracks, empty when it is no such head
     */
    static Optional<TrackColumns> of(Line row) {
        List<Line> cells = row.cells();
        if (row.kind() != Line.Kind.ROW || cells.size() < 3
                || cells.stream().anyMatch(c -> !DateReader.times(c.text()).isEmpty())) {
            return Optional.empty();
        }
        long named = cells.stream().skip(1).filter(c -> !c.text().isBlank()).count();
        boolean labels = cells.stream().skip(1).anyMatch(c -> LABEL.matcher(c.text().strip()).matches());
        return named >= 2 && !labels ? Optional.of(new TrackColumns(cells)) : Optional.empty();
    }

    /** A head cell that says where each row's item is held: "Zaal", "Room", "Locatie". */
    private static final Pattern ROOM = Pattern.compile("(?iu)(?:zaal|zalen|room|rooms|locatie|location|ruimte|waar"
            + "|where|podium|stage|venue)\\s*:?");

    /**
     * The column of a timetable's head that names each row's room ("| Uur | Sessie | Door | Zaal |"), if one does.
     *
     * @param row a table row without a time, a timetable's head
     * @return the room column's index, or empty
     */
    static Optional<Integer> roomColumn(Line row) {
        List<Line> cells = row.cells();
        for (int c = 1; c < cells.size(); c++) {
            if (ROOM.matcher(cells.get(c).text().strip()).matches()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Items of one timetable that start together in different rooms ("| 11u00 | Sessie A | … | Zaal Schelde |" and
     * "| 11u00 | Sessie B | … | Zaal Leie |") run side by side: each runs in its room's track. An item alone at its
     * time keeps to the one lane.
     *
     * @param items the programme's items as read, changed in place
     * @param rooms the room cell each item's row gives
     */
    static void inParallelRooms(List<Found.Item> items, java.util.Map<Found.Item, Source> rooms) {
        for (int i = 0; i < items.size(); i++) {
            Found.Item item = items.get(i);
            Source room = rooms.get(item);
            if (room == null || item.track().isPresent()) {
                continue;
            }
            boolean parallel = false;
            for (Found.Item other : items) {
                Source otherRoom = rooms.get(other);
                parallel |= other != item && other.start().equals(item.start()) && otherRoom != null
                        && !otherRoom.words().equalsIgnoreCase(room.words());
            }
            if (parallel) {
                items.set(i, item.inTrack(room));
                rooms.put(items.get(i), room);
            }
        }
    }

    /**
     * The cells of a timetable row after its time cell, each with the track it runs in: empty when the row does not
     * line up with the head (a cell spanning columns) and the caller reads it as it would without a head.
     *
     * @param row      a row whose cell {@code timeCell} gives its time
     * @param timeCell the index of that cell
     * @return the row's items' cells with their tracks (none for an item of all tracks), or empty
     */
    Optional<List<Cell>> cells(Line row, int timeCell) {
        List<Line> cells = row.cells();
        if (cells.size() != heads.size()) {
            return Optional.empty();
        }
        List<Cell> filled = new ArrayList<>();
        boolean forAll = false;
        for (int c = timeCell + 1; c < cells.size(); c++) {
            Line cell = cells.get(c);
            if (cell.text().isBlank()) {
                continue;
            }
            if (NOTE.matcher(cell.text()).matches()) {
                forAll = true;
                continue;
            }
            Line head = heads.get(c);
            filled.add(new Cell(cell, head.text().isBlank() ? Optional.empty() : Optional.of(head.source())));
        }
        boolean repeated = filled.size() >= 2 && filled.stream().map(f -> normal(f.cell()))
                .distinct().count() == 1;
        if (filled.isEmpty()) {
            return Optional.of(List.of());
        }
        if (repeated || forAll && filled.size() == 1) {
            return Optional.of(List.of(new Cell(filled.get(0).cell(), Optional.empty())));
        }
        return Optional.of(List.copyOf(filled));
    }

    private static String normal(Line cell) {
        return cell.text().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** A cell that gives an item, and the head of the track it runs in, if it runs in one. */
    record Cell(Line cell, Optional<Source> track) {
    }
}
