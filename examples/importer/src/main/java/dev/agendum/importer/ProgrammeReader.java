package dev.agendum.importer;

import static dev.agendum.importer.TimedLines.afterSymbols;
import static dev.agendum.importer.TimedLines.isMemberLine;
import static dev.agendum.importer.TimedLines.startsWithTime;
import static dev.agendum.importer.TimedLines.wrappedOnto;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the programme: table rows whose first cell is a time, lines that start with a time (maybe after an emoji),
 * titles with their times in a column after them, and, when there are none of these, sentences that give a time
 * ({@link ProseProgramme}). Lines naming a day ("Dag 2 – 17 november") move later items to that day.
 */
final class ProgrammeReader {

    private static final Pattern DAY_SLASHED = Pattern.compile("(?iu)^(?:" + DateReader.WEEKDAY_SHORT + "|"
            + DateReader.WEEKDAY_NAMES + ")\\.?\\s+(\\d{1,2})/(\\d{1,2})$");
    private static final Pattern DAY_NUMBER = Pattern.compile("(?iu)^(?:dag|day)\\s+(\\d)\\b");

    /**
     * The programme found, the lines it used, and the one timed sentence of a text without a programme ("Vertrek
     * om 10.00 uur bij …"): that gives the event's time, not an item.
     */
    record Result(List<Found.Item> items, Set<Line> used, Optional<Found.Item> lone) {
    }

    private final ItemReader items;
    private final Function<DateReader.DateMention, Optional<LocalDate>> resolve;

    ProgrammeReader(ItemReader items, Function<DateReader.DateMention, Optional<LocalDate>> resolve) {
        this.items = items;
        this.resolve = resolve;
    }

    /** Reads the programme of {@code document}, whose days run from {@code firstDay} to {@code lastDay}. */
    Result read(Document document, LocalDate firstDay, LocalDate lastDay, Set<Line> eventTimeLines) {
        List<Found.Item> found = new ArrayList<>();
        Set<Line> used = new java.util.HashSet<>();
        LocalDate day = firstDay;
        Optional<TrackColumns> tracks = Optional.empty();
        Optional<Integer> roomColumn = Optional.empty();
        java.util.Map<Found.Item, Source> rooms = new java.util.IdentityHashMap<>();
        List<Line> lines = document.lines();
        // "| Wednesday 29 September 2027 (preview) | 8.00pm | €15 |" over the run's other nights: its performances
        List<PerformanceRows.Performance> run = PerformanceRows.first(document, resolve);
        run.forEach(performance -> used.add(performance.row()));
        found.addAll(PerformanceRows.items(run, items));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (used.contains(line) || MailDates.sentDate(lines, i)) {
                continue;   // a mail's "Datum: di 16 feb. 2027 om 10:42" is when it was sent
            }
            if (eventTimeLines.contains(line)) {
                // the event's own date line sets the day of what follows ("Zaterdag 16 oktober 2027, van 9.30 tot
                // 13.30 uur" after a notice that names another day)
                day = dayOf(line, firstDay).orElse(day);
                continue;
            }
            if (line.kind() != Line.Kind.ROW) {
                tracks = Optional.empty();
                roomColumn = Optional.empty();
            } else if (!line.cells().isEmpty() && !startsWithTime(line.cells().get(0)) && (line.cells().size() < 2
                    || !startsWithTime(line.cells().get(1))) && DayLedLines.cell(line.cells().get(0), firstDay, lastDay, resolve).isEmpty()) {
                // a row without a time: a timetable's head, which may name the tracks its columns are, or a room's
                tracks = TrackColumns.of(line);
                roomColumn = TrackColumns.roomColumn(line);
            }
            if (line.kind() == Line.Kind.ROW) {
                List<Found.Item> sessions = row(line, day, firstDay, lastDay, tracks);
                if (sessions.size() == 1 && roomColumn.isPresent() && line.cells().size() > roomColumn.get()
                        && !line.cells().get(roomColumn.get()).text().isBlank()) {
                    rooms.put(sessions.get(0), line.cells().get(roomColumn.get()).source());
                }
                if (!sessions.isEmpty()) {
                    found.addAll(sessions);
                    used.add(line);
                    continue;
                }
            }
            Optional<Found.Item> labelled = weekdayLabelled(lines, i, firstDay, lastDay);
            if (labelled.isPresent()) {
                // "Zaterdag: 11u eucharistieviering …" in a text of two days: an item on that weekday
                found.add(labelled.get());
                used.add(line);
                continue;
            }
            Optional<Line> dayLed = DayLedLines.timeAfterDay(line);
            // only a day of the event's own: "zondag 14 februari, 10.00 uur – ds. …" under a talk is another service
            Optional<LocalDate> ownDay = dayLed.flatMap(rest -> dayOf(line, firstDay)).filter(d -> !d.isAfter(lastDay));
            if (ownDay.isPresent()) {
                // "Mon 5 July  09:30  Welcome": a line led by its own day, then its time and title
                Optional<Found.Item> item = timed(dayLed.get(), List.of(), ownDay.get());
                if (item.isPresent()) {
                    found.add(item.get());
                    used.add(line);
                    continue;
                }
                int end = card(lines, i, dayLed.get(), ownDay.get(), found, used);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            Optional<LocalDate> newDay = dayOf(line, firstDay);
            if (newDay.isPresent() && line.text().length() < 80 && !startsWithTime(line) && !DayLedLines.dateInBrackets(line)) {
                day = newDay.get();
                continue;
            }
            Optional<TitleFirstLines.Parts> titleFirst = TitleFirstLines.at(lines, i);
            LocalDate on = day;
            Optional<Found.Item> columned = titleFirst.flatMap(p -> item(p.time(), 0, p.timeEnd(), p.title(),
                    List.of(), on));
            if (columned.isPresent()) {
                found.add(columned.get());
                used.add(line);
                continue;
            }
            Optional<TimeOverHeading.Parts> card = TimeOverHeading.at(lines, i);
            Optional<Found.Item> carded = card.flatMap(p -> item(p.time(), 0, p.timeEnd(), p.title(), p.more(), on));
            if (carded.isPresent()) {
                // "6.30pm" over "### Drinks reception": a card's time, then the item's heading
                found.add(carded.get());
                used.addAll(List.of(line, card.get().title()));
                used.addAll(card.get().more());
                i += 1 + card.get().more().size();
                continue;
            }
            Line timedPart = afterSymbols(line);
            // an HTML page's lines are its blocks, never wrapped onto one another ("<dd>…</dd>" over "<dt>10:30</dt>")
            if (line.kind() != Line.Kind.ROW && startsWithTime(timedPart) && (document.format() == SourceFormat.HTML
                    || !wrappedOnto(document.input(), lines, i))) {
                List<Line> more = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && lines.get(j).kind() != Line.Kind.ROW
                        && !startsWithTime(afterSymbols(lines.get(j)))
                        && lines.get(j).kind() != Line.Kind.HEADING && (isMemberLine(lines.get(j))
                        || j == i + 1 && ItemParts.wrappedOntoBracket(line, lines.get(j)))) {
                    more.add(lines.get(j));
                    j++;
                }
                Optional<Found.Item> item = timed(timedPart, more, day);
                if (item.isPresent()) {
                    found.add(item.get());
                    used.add(line);
                    used.addAll(more);
                    i = j - 1;
                }
            }
        }
        TrackColumns.inParallelRooms(found, rooms);
        if (found.isEmpty()) {
            new ProseProgramme(items).read(document, firstDay, found, used);
            if (found.size() == 1 && found.get(0).participations().isEmpty()) {
                return new Result(List.of(), Set.of(), Optional.of(found.get(0)));
            }
        }
        return new Result(found, used, Optional.empty());
    }

    /**
     * The items of a timetable's row: one, or one per track when two or more of its cells each open with an item's
     * kind ("| 11.00 | **Lezing** – … | **Workshop** – … |"), parallel sessions at the same time.
     */
    private List<Found.Item> row(Line row, LocalDate day, LocalDate firstDay, LocalDate lastDay,
            Optional<TrackColumns> heads) {
        List<Line> cells = row.cells();
        if (cells.size() >= 4 && RowCells.agendaNumber(cells.get(0))
                && !DateReader.dates(cells.get(1).text()).isEmpty()) {
            // "| 3 | dinsdag 4 mei 2027 | 19.30 – 21.30 | Rechten … |": a session's number before its date
            cells = cells.subList(1, cells.size());
        }
        Optional<DayLedLines.Cell> led = cells.isEmpty() ? Optional.empty()
                : DayLedLines.cell(cells.get(0), firstDay, lastDay, resolve);
        if (led.isPresent()) {
            // "| zo 26/09, 11u00 | Zuurdesem … | Spreker |": the row's day, then its time, in one cell
            cells = new ArrayList<>(cells);
            cells.set(0, led.get().rest());
            day = led.get().day();
        }
        int time = cells.size() >= 3 && !startsWithTime(cells.get(0)) && startsWithTime(cells.get(1)) ? 1 : 0;
        Optional<List<TrackColumns.Cell>> inTracks = startsWithTime(cells.get(time))
                ? heads.flatMap(h -> h.cells(row, time)) : Optional.empty();
        if (inTracks.isPresent()) {
            // "| 11:00 | Rivers in the city – … | Green roofs – … |" under "| Time | Track A | Track B |"
            List<Found.Item> sessions = new ArrayList<>();
            for (TrackColumns.Cell cell : inTracks.get()) {
                List<Line> one = new ArrayList<>(cells.subList(0, time + 1));
                one.add(cell.cell());
                session(one, day, firstDay).map(item -> cell.track().map(item::inTrack).orElse(item))
                        .ifPresent(sessions::add);
            }
            return sessions;
        }
        List<Line> tracks = cells.size() > time && startsWithTime(cells.get(time)) ? RowCells.tracks(cells, time)
                : List.of();
        if (!tracks.isEmpty()) {
            List<Found.Item> sessions = new ArrayList<>();
            for (Line track : tracks) {
                List<Line> one = new ArrayList<>(cells.subList(0, time + 1));
                one.add(track);
                session(one, day, firstDay).ifPresent(sessions::add);
            }
            return sessions;
        }
        return session(cells, day, firstDay).map(List::of).orElse(List.of());
    }

    private Optional<Found.Item> session(List<Line> cells, LocalDate day, LocalDate firstDay) {
        int timeCell = 0;
        Optional<Line> leading = Optional.empty();
        if (cells.size() >= 3 && RowCells.agendaNumber(cells.get(0)) && startsWithTime(cells.get(1))) {
            // a meeting's agenda: "| 4 | 20.10 | Bestemmingsplan … |", the item's number before its time
            timeCell = 1;
        } else if (cells.size() >= 3 && !startsWithTime(cells.get(0)) && startsWithTime(cells.get(1))) {
            // a timetable with a day column ("| Tue 9 Feb | 10:00 | Opening |"): the row's own date sets its day
            Optional<LocalDate> own = dayOf(cells.get(0), firstDay);
            if (own.isEmpty() && (!DateReader.dates(cells.get(0).text()).isEmpty()
                    || !cells.get(0).text().matches("(?s).*\\p{L}{3}.*"))) {
                return Optional.empty();
            }
            // else a column that names the session before its time ("| Groep 3/4 | 19.40 – 20.15 | lokaal 4 | …")
            day = own.orElse(day);
            leading = own.isPresent() ? Optional.empty() : Optional.of(cells.get(0));
            timeCell = 1;
        }
        if (cells.size() < timeCell + 2 || !startsWithTime(cells.get(timeCell))) {
            return Optional.empty();
        }
        Line time = cells.get(timeCell);
        RowCells.AfterTime after = RowCells.afterTime(cells, timeCell);
        List<Line> parts = new ArrayList<>();
        leading.ifPresent(cell -> parts.addAll(cell.parts()));
        for (int c = after.content(); c < cells.size(); c++) {
            parts.addAll(cells.get(c).parts());
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        LocalDate on = day;
        return item(time, 0, time.text().length(), parts.get(0), parts.subList(1, parts.size()), day)
                .map(read -> after.end().map(end -> RowCells.endingAt(read, end, on)).orElse(read));
    }

    private Optional<Found.Item> timed(Line line, List<Line> more, LocalDate day) {
        List<DateReader.TimeMention> times = DateReader.times(line.text());
        if (times.isEmpty() || times.get(0).start() > 1) {
            return Optional.empty();
        }
        DateReader.TimeMention time = times.get(0);
        int from = time.end();
        while (from < line.text().length() && " \t:-–—|.".indexOf(line.text().charAt(from)) >= 0) {
            from++;
        }
        if (from >= line.text().length()) {
            return Optional.empty();
        }
        return item(line, time.start(), time.end(), line.sub(from, line.text().length()).trimmed(), more, day);
    }

    private Optional<Found.Item> item(Line timeLine, int from, int to, Line words, List<Line> more, LocalDate day) {
        List<DateReader.TimeMention> times = DateReader.times(timeLine.text().substring(0, to));
        // two letters make a title, also apart: "Q&A", "Q & A"
        if (times.isEmpty() || !words.text().matches("(?s)(?:.*?\\p{L}){2}.*")) {
            return Optional.empty();
        }
        DateReader.TimeMention time = times.get(0);
        Source where = timeLine.source(time.start(), time.end());
        LocalDateTime start = day.atTime(time.from());
        Optional<LocalDateTime> end = time.to().map(day::atTime).map(e -> e.isBefore(start) ? e.plusDays(1) : e);
        Optional<Basis> endBasis = end.map(e -> (Basis) where);
        Matcher until = UNTIL_END.matcher(words.text());
        if (end.isEmpty() && until.find()) {
            // "15:30 Drinks, until 16:30", "21.00 Feestavond tot 01.00 uur": the item says when it ends
            List<DateReader.TimeMention> ends = DateReader.times(words.text().substring(until.start(1)));
            if (!ends.isEmpty() && ends.get(0).start() == 0) {
                LocalDateTime at = day.atTime(ends.get(0).from());
                end = Optional.of(at.isBefore(start) ? at.plusDays(1) : at);
                endBasis = Optional.of(words.source(until.start(1), until.start(1) + ends.get(0).end()));
            }
        }
        return Optional.of(items.read(start, where, end, endBasis, words, more));
    }

    /**
     * An item's words that end with when it ends: ", until 16:30", "tot 01.00 uur", "(till 11pm)", maybe with a remark
     * in brackets after it.
     */
    private static final Pattern UNTIL_END = Pattern.compile("(?iu)(?:,|\\(|\\s)\\s*(?:until|till|tot|to)\\s+"
            // a remark in brackets after it: "Netwerkborrel tot 17.30 uur (alleen op locatie)"
            + "(\\d{1,2}(?:[.:]\\d{2})?\\s*(?:uur|u|am|pm)?)\\)?\\s*\\.?(?:\\s*\\([^()]{1,40}\\))?$");

    /**
     * The day a line moves later items to. A date that is not a programme day never does: one before the event's
     * first day, or one said to be a publication, registration or deadline date ("Gepubliceerd op 3 april").
     */
    private Optional<LocalDate> dayOf(Line line, LocalDate firstDay) {
        List<DateReader.DateMention> dates = DateReader.dates(line.text());
        if (!dates.isEmpty()) {
            if (EventReader.notEventDate(line.text())) {
                return Optional.empty();
            }
            return resolve.apply(dates.get(0)).filter(d -> !d.isBefore(firstDay));
        }
        Matcher slashed = DAY_SLASHED.matcher(line.text().strip());
        if (slashed.matches() && Integer.parseInt(slashed.group(2)) <= 12) {
            // "Vrijdag 16/10", "Sat 17/10": a day heading over its talks, the date as day and month numbers
            int day = Integer.parseInt(slashed.group(1));
            int month = Integer.parseInt(slashed.group(2));
            return resolve.apply(new DateReader.DateMention(0, line.text().length(), day, month, day, month,
                    Optional.empty(), Optional.empty())).filter(d -> !d.isBefore(firstDay));
        }
        Matcher number = DAY_NUMBER.matcher(line.text());
        if (number.find()) {
            return Optional.of(firstDay.plusDays(Integer.parseInt(number.group(1)) - 1L));
        }
        return Optional.empty();
    }

    /**
     * A session card: a bare "di 23 november · 11.00 uur" over the session's heading and its speakers' lines. Adds the
     * item and returns the index of the card's last line, or {@code at} when the lines are no card.
     */
    private int card(List<Line> lines, int at, Line time, LocalDate day, List<Found.Item> found, Set<Line> used) {
        DateReader.TimeMention mention = DateReader.times(time.text()).get(0);
        String after = time.text().substring(mention.end()).replaceAll("(?iu)^\\s*(?:uur|u|h)?\\s*", "");
        if (!after.isEmpty() || at + 1 >= lines.size() || lines.get(at + 1).kind() != Line.Kind.HEADING) {
            return at;
        }
        List<Line> members = new ArrayList<>();
        int j = at + 2;
        while (j < lines.size() && lines.get(j).kind() == Line.Kind.TEXT && isMemberLine(lines.get(j))
                && DayLedLines.timeAfterDay(lines.get(j)).isEmpty()) {
            members.add(lines.get(j));
            j++;
        }
        Optional<Found.Item> item = item(time, mention.start(), mention.end(), lines.get(at + 1), members, day);
        if (item.isEmpty()) {
            return at;
        }
        found.add(item.get());
        used.add(lines.get(at));
        used.add(lines.get(at + 1));
        used.addAll(members);
        return j - 1;
    }

    /** An item on a line led by a weekday label and a time, one of a run of such lines (see {@link DayLedLines}). */
    private Optional<Found.Item> weekdayLabelled(List<Line> lines, int at, LocalDate firstDay, LocalDate lastDay) {
        Optional<Line> rest = DayLedLines.labelledTime(lines.get(at));
        Optional<LocalDate> day = DayLedLines.weekdayDay(lines, at, firstDay, lastDay);
        return rest.isPresent() && day.isPresent() ? timed(rest.get(), List.of(), day.get()) : Optional.empty();
    }
}
