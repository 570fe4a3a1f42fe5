package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads when the event starts and ends: a range of times beside its date or on a "Tijd:" line, else the programme's
 * first and last items (an assumption, said so), else the whole days.
 */
final class WhenReader {

    /** The problem a draft without any end time is given; {@link ModelFit} withdraws it when items give an end. */
    static final String NO_END = "the text gives no end time; the draft ends when it starts";

    private final Reading reading;

    WhenReader(Reading reading) {
        this.reading = reading;
    }

    /** The lines whose times are the event's, not a programme item's. */
    Set<Line> eventTimeLines(EventReader.Days days) {
        Set<Line> lines = new HashSet<>();
        lines.add(days.line());
        List<Line> leaves = reading.document.leaves();
        if (onLine(days.line(), days.end()).isEmpty()) {
            UnderDate.hours(leaves, days.line()).ifPresent(lines::add);
        }
        for (int i = 0; i < leaves.size(); i++) {
            if (labelled(leaves, i) && !DateReader.times(leaves.get(i).text()).isEmpty()) {
                lines.add(leaves.get(i));
            }
        }
        return lines;
    }

    /**
     * Whether a line gives the event's time by its label: "Tijd: 10.00 – 12.00 uur" or, in a list of terms and
     * values ({@code <dt>Time</dt><dd>4 pm – 6 pm</dd>}), a value right under a bare "Time" label.
     */
    private static boolean labelled(List<Line> leaves, int i) {
        if (MailDates.sentDate(leaves, i)) {
            return false;   // a mail's "Datum: maandag 24 mei 2027 om 16:05" is when it was sent
        }
        if (TimeWords.TIME_LABEL.matcher(leaves.get(i).text()).find()) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        String label = leaves.get(i - 1).text().strip();
        return label.length() <= 20 && TimeWords.TIME_LABEL.matcher(label).find() && label.matches("(?iu)[\\p{L} ]+:?");
    }

    /** Sets the event's start and end. */
    void read(EventReader.Days days, List<Found.Item> items, Optional<Found.Item> lone) {
        if (days.span().isPresent()) {
            // one span from a day and time to a later day and time: its times are the start and the end
            Line line = days.line();
            DateReader.TimeMention from = days.span().get().startTime();
            DateReader.TimeMention to = days.span().get().endTime();
            reading.start = new Reading.Valued<>(days.first().atTime(from.from()),
                    both(days, line.source(from.start(), from.end())));
            reading.end = new Reading.Valued<>(days.last().atTime(to.from()),
                    both(days, line.source(to.start(), to.end())));
            return;
        }
        Optional<Timed> times = onLine(days.line(), days.end());
        if (times.isEmpty()) {
            times = UnderDate.hours(reading.document.leaves(), days.line()).flatMap(line -> onLine(line, 0));
        }
        if (times.isEmpty()) {
            times = sameDate(days);
        }
        if (times.isEmpty()) {
            List<Line> leaves = reading.document.leaves();
            for (int i = 0; i < leaves.size(); i++) {
                Line line = leaves.get(i);
                if (labelled(leaves, i)) {
                    times = onLine(line, 0);
                    if (times.isPresent()) {
                        break;
                    }
                }
            }
        }
        if (times.isEmpty()) {
            times = span();
        }
        if (times.isEmpty()) {
            times = OpeningHours.of(reading.document, days.first(), days.last()).map(h -> new Timed(h.from(),
                    h.fromSource(), Optional.of(h.to()), h.toSource()));
        }
        if (times.isEmpty()) {
            times = anyRange(items);
        }
        if (times.isPresent() && times.get().to().isPresent()) {
            Timed t = times.get();
            reading.start = new Reading.Valued<>(days.first().atTime(t.from()), both(days, t.fromSource()));
            LocalDateTime end = days.last().atTime(t.to().get());
            reading.end = new Reading.Valued<>(end.isBefore(reading.start.value()) ? end.plusDays(1) : end,
                    both(days, t.toSource()));
            LastDayRange.of(reading.document.leaves(), days.first(), days.last()).ifPresent(last -> {
                Source to = last.line().source(last.time().start(), last.time().end());
                reading.end = new Reading.Valued<>(days.last().atTime(last.time().to().get()), both(days, to));
            });
            return;
        }
        Optional<LooseTimes.At> afterDoors = items.isEmpty() ? LooseTimes.afterDoors(reading.document.leaves())
                : Optional.empty();
        if (times.isPresent()) {
            reading.start = new Reading.Valued<>(days.first().atTime(times.get().from()), both(days,
                    times.get().fromSource()));
        } else if (cue(TimeWords.BEGINS).isPresent()) {
            Timed begins = cue(TimeWords.BEGINS).get();
            reading.start = new Reading.Valued<>(days.first().atTime(begins.from()), both(days, begins.fromSource()));
        } else if (afterDoors.isPresent()) {
            LooseTimes.At at = afterDoors.get();
            reading.start = new Reading.Valued<>(days.first().atTime(at.time().from()), both(days, at.source()));
        } else if (cue(TimeWords.DOORS).isPresent() && (items.isEmpty()
                || !cue(TimeWords.DOORS).get().from().isBefore(items.get(0).start().toLocalTime()))) {
            // the doors open before the programme's first item ("7.30pm (doors open 7.15pm)"): that item starts it
            Timed doors = cue(TimeWords.DOORS).get();
            reading.start = new Reading.Valued<>(days.first().atTime(doors.from()), both(days, doors.fromSource()));
        } else if (!items.isEmpty()) {
            Found.Item first = items.get(0);
            reading.start = new Reading.Valued<>(first.start(), Assumption.from("start taken from the first "
                    + "programme item", sourceOf(first.startBasis())));
        } else if (lone.isPresent()) {
            reading.start = new Reading.Valued<>(lone.get().start(), Assumption.from("start taken from the only "
                    + "sentence that gives a time", sourceOf(lone.get().startBasis())));
        }
        if (reading.start == null) {
            reading.allDay = true;
            reading.start = new Reading.Valued<>(days.first().atStartOfDay(), Assumption.from("whole day: the text "
                    + "gives no time", days.source()));
            reading.end = new Reading.Valued<>(days.last().plusDays(1).atStartOfDay(), Assumption.from("whole day: "
                    + "the text gives no time", days.source()));
            return;
        }
        endFromProgramme(days, items);
    }

    /**
     * The last time the text says the event ends at: where a multi-day text gives each day's end ("Dag 1 eindigt
     * om 17.00 uur" … "De tweedaagse eindigt om 15.30 uur"), the last one is the event's.
     */
    private Optional<Timed> statedEnd() {
        Optional<Timed> last = Optional.empty();
        List<Line> leaves = reading.document.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            List<DateReader.TimeMention> labelled = DateReader.times(line.text());
            if (TimeWords.END_LABEL.matcher(line.text()).lookingAt() && labelled.size() == 1 && labelled.get(0).to().isEmpty()) {
                // a calendar invite's "Einde: vr 19-3-2027 22:00", a card's "End time: 5 pm"
                Source source = line.source(labelled.get(0).start(), labelled.get(0).end());
                last = Optional.of(new Timed(labelled.get(0).from(), source, Optional.empty(), source));
                continue;
            }
            // "The meeting will close no later than" / "9.15pm so that …": the end's words on the line it wraps from
            String open = i > 0 ? HardWraps.openSentence(leaves.get(i - 1)) + " " : "";
            for (DateReader.TimeMention time : DateReader.times(line.text())) {
                boolean wrapped = line.text().substring(0, time.start()).isBlank() && !open.isBlank()
                        && TimeWords.END_WORD.matcher(open).find();
                if (time.to().isEmpty() && (TimeWords.ends(line.text(), time) || wrapped)) {
                    Source source = line.source(time.start(), time.end());
                    last = Optional.of(new Timed(time.from(), source, Optional.empty(), source));
                }
            }
        }
        return last;
    }

    /**
     * "De bewonersavond … is verplaatst naar dinsdag 13 oktober 2026." then "Dinsdag 13 oktober 2026, 19.30 tot 21.30
     * uur": the event's date written again, with its times, where the line it was taken from has none.
     */
    private Optional<Timed> sameDate(EventReader.Days days) {
        for (Line line : reading.document.leaves()) {
            if (line == days.line()) {
                continue;
            }
            for (DateReader.DateMention date : DateReader.dates(line.text())) {
                if (date.firstDay() == days.first().getDayOfMonth() && date.firstMonth() == days.first()
                        .getMonthValue() && date.year().orElse(days.first().getYear()) == days.first().getYear()) {
                    Optional<Timed> times = onLine(line, date.end());
                    if (times.isPresent() && times.get().to().isPresent()) {
                        return times;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A range the text says the event lasts: "De kennisdag duurt van 9.30 tot 16.00 uur", "runs from 2 to 5 pm". */
    private Optional<Timed> span() {
        for (Line line : reading.document.leaves()) {
            for (DateReader.TimeMention time : DateReader.times(line.text())) {
                if (time.to().isPresent() && TimeWords.SPAN.matcher(line.text().substring(0, time.start())).find()) {
                    Source source = line.source(time.start(), time.end());
                    return Optional.of(lastRangeOfSentence(line, time).map(last -> new Timed(time.from(), source,
                            last.to(), line.source(last.start(), last.end()))).orElse(new Timed(time.from(), source,
                            time.to(), source)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A later range in the same sentence as the span: "op woensdag van 13.00 tot 17.30 uur, op donderdag van 9.00
     * tot 15.30 uur" ends with the last day's range.
     */
    private static Optional<DateReader.TimeMention> lastRangeOfSentence(Line line, DateReader.TimeMention first) {
        String text = line.text();
        int stop = text.indexOf(". ", first.end());
        Optional<DateReader.TimeMention> last = Optional.empty();
        for (DateReader.TimeMention time : DateReader.times(text)) {
            if (time.start() > first.end() && (stop < 0 || time.start() < stop) && time.to().isPresent()) {
                last = Optional.of(time);
            }
        }
        return last;
    }

    /** The first time after {@code cue} words anywhere in the text. */
    private Optional<Timed> cue(Pattern cue) {
        for (Line line : reading.document.leaves()) {
            for (DateReader.TimeMention time : DateReader.times(line.text())) {
                if (cue.matcher(line.text().substring(0, time.start())).find()) {
                    Source source = line.source(time.start(), time.end());
                    return Optional.of(new Timed(time.from(), source, Optional.empty(), source));
                }
            }
        }
        return Optional.empty();
    }

    /** A range of times in a text without a programme, on a line neither about registering nor a desk's hours. */
    private Optional<Timed> anyRange(List<Found.Item> items) {
        return items.isEmpty() ? LooseTimes.firstRange(reading.document.leaves()).map(at -> new Timed(at.time().from(),
                at.source(), at.time().to(), at.source())) : Optional.empty();
    }

    private void endFromProgramme(EventReader.Days days, List<Found.Item> items) {
        LocalDateTime start = reading.start.value();
        Optional<Timed> stated = statedEnd();
        if (stated.isPresent()) {
            LocalDateTime end = EveningClock.after(reading, days.last().atTime(stated.get().from()),
                    stated.get().fromSource());
            if (!end.isBefore(start)) {
                reading.end = new Reading.Valued<>(end, both(days, stated.get().fromSource()));
                return;
            }
        }
        Optional<LastDayRange.Found> lastDay = LastDayRange.of(reading.document.leaves(), days.first(), days.last());
        if (lastDay.isPresent()) {
            Source to = lastDay.get().line().source(lastDay.get().time().start(), lastDay.get().time().end());
            reading.end = new Reading.Valued<>(days.last().atTime(lastDay.get().time().to().get()), both(days, to));
            return;
        }
        Found.Item last = items.isEmpty() ? null : items.get(items.size() - 1);
        // "Duur: 1u35, zonder pauze": a performance ends that long after it starts, a run after its last one starts
        Optional<Reading.Valued<LocalDateTime>> byLength = Durations.end(reading.document.leaves(), start,
                last == null ? Optional.empty() : Optional.of(last.start()));
        if (last != null && last.end().isPresent() && !last.end().get().isBefore(start)) {
            reading.end = new Reading.Valued<>(last.end().get(), Assumption.from("end taken from the end of the "
                    + "last programme item", sourceOf(last.endBasis().get())));
        } else if (byLength.isPresent()) {
            reading.end = byLength.get();
        } else if (last != null && last.start().isAfter(start)) {
            String why = last.kind() == ItemKind.CLOSING ? "end taken from the last programme item, a closing at "
                    + "that time" : "end taken as the start of the last programme item: the text gives no end";
            reading.end = new Reading.Valued<>(last.start(), Assumption.from(why, sourceOf(last.startBasis())));
        } else {
            reading.end = new Reading.Valued<>(days.last().equals(days.first()) ? start
                    : days.last().atTime(start.toLocalTime()), Assumption.from("no end stated: the event is given as "
                    + "a point in time", sourceOf(reading.start.basis())));
            reading.problems.add(NO_END);
        }
    }

    private record Timed(LocalTime from, Source fromSource, Optional<LocalTime> to, Source toSource) {
    }

    /** The first range of times on {@code line} after {@code from}, or a time after a start word. */
    private Optional<Timed> onLine(Line line, int from) {
        int start = Math.max(0, Math.min(from, line.text().length()));
        String rest = line.text().substring(start);
        List<DateReader.TimeMention> times = DateReader.times(rest);
        for (DateReader.TimeMention time : times) {
            if (time.to().isPresent()) {
                Source source = line.source(start + time.start(), start + time.end());
                return Optional.of(new Timed(time.from(), source, time.to(), source));
            }
        }
        Optional<Integer> begins = ArrivalFor.start(rest, times);
        if (begins.isPresent()) {
            // "19:45 for 20:00, ending by 21:30": the start after the arrival, the end where the line says it
            DateReader.TimeMention at = times.get(begins.get());
            Source source = line.source(start + at.start(), start + at.end());
            Optional<DateReader.TimeMention> end = times.subList(begins.get() + 1, times.size()).stream()
                    .filter(t -> TimeWords.ends(rest, t)).findFirst();
            return Optional.of(new Timed(at.from(), source, end.map(DateReader.TimeMention::from),
                    end.map(t -> line.source(start + t.start(), start + t.end())).orElse(source)));
        }
        if (times.size() >= 2 && !TimeWords.ends(rest, times.get(0))) {
            // "om 17 uur (einde omstreeks 18u15)": a start, and later on the line a time said to be the end
            DateReader.TimeMention first = times.get(0);
            Optional<DateReader.TimeMention> end = times.subList(1, times.size()).stream()
                    .filter(t -> TimeWords.ends(rest, t)).findFirst();
            if (end.isPresent() && end.get().from().isAfter(first.from())) {
                return Optional.of(new Timed(first.from(), line.source(start + first.start(), start + first.end()),
                        Optional.of(end.get().from()), line.source(start + end.get().start(), start + end.get().end())));
            }
        }
        for (DateReader.TimeMention time : times) {
            if (TimeWords.BEGINS.matcher(rest.substring(0, time.start())).find()) {
                // "De zaal is open vanaf 18.30 uur … We beginnen om 19.00 uur": the doors open before the start
                Source source = line.source(start + time.start(), start + time.end());
                return Optional.of(new Timed(time.from(), source, Optional.empty(), source));
            }
        }
        // "at 8pm (doors 7.30pm)", "7.30pm (doors open 7.15pm)": the one time that is not the doors' is the start
        List<DateReader.TimeMention> notDoors = times.stream()
                .filter(t -> !TimeWords.DOORS.matcher(rest.substring(0, t.start())).find()).toList();
        for (DateReader.TimeMention time : times) {
            if (times.size() == 1 || TimeWords.START_WORD.matcher(rest.substring(0, time.start())).find()
                    || notDoors.size() == 1 && notDoors.get(0) == time) {
                Source source = line.source(start + time.start(), start + time.end());
                return Optional.of(new Timed(time.from(), source, Optional.empty(), source));
            }
        }
        return Optional.empty();
    }

    /** A date-time rests on its day's basis and its time's words; the time's words are quoted. */
    private static Basis both(EventReader.Days days, Source time) {
        if (days.basis() instanceof Assumption assumption) {
            return Assumption.from(assumption.reason() + "; time \"" + time.words() + "\"", time);
        }
        return new Source(Math.min(days.source().start(), time.start()), Math.max(days.source().end(), time.end()),
                days.source().words() + " … " + time.words());
    }

    private static Source sourceOf(Basis basis) {
        return basis instanceof Source source ? source : ((Assumption) basis).evidence().orElse(new Source(0, 0, ""));
    }
}
