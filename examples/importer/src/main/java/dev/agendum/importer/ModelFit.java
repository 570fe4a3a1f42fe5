package dev.agendum.importer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fits what the readers found to the model's placement rules, so that a draft the text fully supports is not refused
 * by the validator for the way the text sets out its times.
 *
 * <p>Announcements routinely say things the model states more strictly: a timetable that lists a late item first, a
 * container line ("19.30–21.30 Avondprogramma") over the items it holds, doors that open before the announced start
 * ("inloop 19.00, aanvang 19.30"), a programme that runs past the stated end, or "aanmelden tot en met 19 november"
 * for an event that ends that afternoon. The model requires items in time order, inside the event, not overlapping
 * in one lane, and a registration that closes by the end of the event. Each rule below changes the least it can,
 * says so as an assumption on the value it sets, and lists the text's inconsistency among the draft's problems, so a
 * reviewer sees what was adjusted and why. Nothing is invented: every time it sets is one the text gives.
 */
final class ModelFit {

    private ModelFit() {
    }

    /** Applies the rules in order: the programme first, then the event around it, then registration. */
    static void apply(Reading reading) {
        reading.items = EveningClock.fitted(reading.start, reading.items);
        reading.items = pastMidnight(reading.items);
        reading.items = inTimeOrder(reading, reading.items);
        reading.items = withoutOverlappingEnds(reading, reading.items);
        holdProgramme(reading);
        closeByTheEnd(reading);
    }

    /** The hour from which an evening's programme may run on past midnight, and the hour by which it has ended. */
    private static final int EVENING = 18;
    private static final int SMALL_HOURS = 6;

    /**
     * An item the text lists after an evening's item, at a time in the small hours of the same day ("21.00 uur de
     * band", then "0.30 uur het licht uit"), is on the next day: an evening runs on past midnight, it does not go
     * back to the morning.
     */
    private static List<Found.Item> pastMidnight(List<Found.Item> items) {
        List<Found.Item> fitted = new ArrayList<>();
        // The evening the night belongs to, kept over every small-hours item after it ("22u30", "00u00", "01u30").
        Found.Item evening = null;
        for (Found.Item item : items) {
            Found.Item placed = item;
            int hour = item.start().getHour();
            if (hour >= EVENING) {
                evening = item;
            } else if (hour >= SMALL_HOURS) {
                evening = null;
            } else if (evening != null && item.start().toLocalDate().equals(evening.start().toLocalDate())) {
                Basis basis = new Assumption("after midnight: listed after the evening's "
                        + evening.start().toLocalTime() + ", so on the next day", evidence(item.startBasis()));
                placed = item.movedTo(item.start().plusDays(1), basis, item.end().map(e -> e.plusDays(1)));
            }
            fitted.add(placed);
        }
        return fitted;
    }

    /** The items sorted by start; a stable sort, so items that start together keep the text's order. */
    private static List<Found.Item> inTimeOrder(Reading reading, List<Found.Item> items) {
        List<Found.Item> sorted = items.stream().sorted(Comparator.comparing(Found.Item::start)).toList();
        if (!sorted.equals(items)) {
            reading.problems.add("the programme does not list its items in time order; the draft lists them by "
                    + "their start");
        }
        return sorted;
    }

    /**
     * An item whose stated end passes the start of a later item is a line over the items it holds. When its words
     * are the ones the event's own times were read from ("10.00 – 16.00 uur, in De Flint"), it is the event's time
     * line read a second time and is no item; when it starts with the next item, it is a span over the programme
     * with nothing of its own at that time, and is listed as unplaced; otherwise ("19.00–21.30 avondprogramma",
     * then "19.30 lezing") it keeps its start and loses its end, which the items after it then give.
     */
    private static List<Found.Item> withoutOverlappingEnds(Reading reading, List<Found.Item> items) {
        List<Found.Item> fitted = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Found.Item item = items.get(i);
            Found.Item next = nextInLane(items, i);
            boolean holdsLater = item.end().isPresent() && next != null && next.start().isBefore(item.end().get());
            if (!holdsLater) {
                fitted.add(item);
            } else if (sameWords(item.startBasis(), reading.start.basis())) {
                // Left out: its words are placed already, as the event's start and end.
                continue;
            } else if (next.start().equals(item.start())) {
                reading.unplaced(item.titleSource(), "a time span over the programme's items, not an item of its "
                        + "own");
            } else {
                reading.problems.add("the item \"" + item.title() + "\" at " + item.start().toLocalTime()
                        + " ends at " + item.end().get().toLocalTime() + ", after the next item starts; the draft "
                        + "keeps its start only");
                fitted.add(withoutEnd(item));
            }
        }
        return List.copyOf(fitted);
    }

    /**
     * The item after item {@code i} that runs in its lane: any item when either names no track, else one of the
     * same track; items in two tracks of a timetable run side by side and hold none of each other.
     */
    private static Found.Item nextInLane(List<Found.Item> items, int i) {
        Found.Item item = items.get(i);
        for (int j = i + 1; j < items.size(); j++) {
            Found.Item other = items.get(j);
            if (item.track().isEmpty() || other.track().isEmpty()
                    || item.track().get().words().equals(other.track().get().words())) {
                return other;
            }
        }
        return null;
    }

    private static Found.Item withoutEnd(Found.Item item) {
        return new Found.Item(item.start(), item.startBasis(), Optional.empty(), Optional.empty(), item.kind(),
                item.kindBasis(), item.title(), item.titleSource(), item.description(), item.descriptionSource(),
                item.participations(), item.track());
    }

    /** Whether two bases rest on overlapping words of the input. */
    private static boolean sameWords(Basis a, Basis b) {
        Optional<Source> x = evidence(a);
        Optional<Source> y = evidence(b);
        return x.isPresent() && y.isPresent() && x.get().start() < y.get().end() && y.get().start() < x.get().end();
    }

    /** The event widened to hold its programme: from its first item's start to its last item's end or start. */
    private static void holdProgramme(Reading reading) {
        if (reading.items.isEmpty() || reading.allDay) {
            // Whole days hold every time of those days; items on other days were already counted as days.
            return;
        }
        Found.Item first = reading.items.get(0);
        if (first.start().isBefore(reading.start.value())) {
            reading.problems.add("the programme begins at " + first.start().toLocalTime() + ", before the start "
                    + "the text gives (" + reading.start.value().toLocalTime() + "); the draft starts with it");
            reading.start = new Reading.Valued<>(first.start(), new Assumption("start taken from the first "
                    + "programme item, which begins before the start the text gives", evidence(first.startBasis())));
        }
        LocalDateTime end = reading.end.value();
        Found.Item latest = null;
        LocalDateTime latestTime = end;
        for (Found.Item item : reading.items) {
            LocalDateTime last = item.end().orElse(item.start());
            if (last.isAfter(latestTime)) {
                latest = item;
                latestTime = last;
            }
        }
        if (latest != null) {
            boolean byEnd = latest.end().isPresent();
            reading.problems.remove(WhenReader.NO_END);
            reading.problems.add("the programme runs until " + latestTime.toLocalTime() + ", after the end the draft "
                    + "had (" + end.toLocalTime() + "); the draft ends with it");
            Basis basis = byEnd ? latest.endBasis().orElse(latest.startBasis()) : latest.startBasis();
            reading.end = new Reading.Valued<>(latestTime, new Assumption("end taken from the " + (byEnd ? "end"
                    : "start") + " of the programme's last item, which is after the end the draft had",
                    evidence(basis)));
        }
    }

    /**
     * A registration deadline after the event's end: on the event's last day ("tot en met 19 november", read as the
     * end of that day) it closes when the event ends; on a later day it is no deadline of this event and is left
     * out, with the words listed as unplaced.
     */
    private static void closeByTheEnd(Reading reading) {
        if (reading.closes.isEmpty() || !reading.closes.get().value().isAfter(reading.end.value())) {
            return;
        }
        Reading.Valued<LocalDateTime> closes = reading.closes.get();
        LocalDateTime end = reading.end.value();
        Optional<Source> words = evidence(closes.basis());
        if (closes.value().toLocalDate().equals(end.toLocalDate())) {
            reading.closes = Optional.of(new Reading.Valued<>(end, new Assumption("registration closes when the "
                    + "event ends, on the day the text gives as its deadline", words)));
        } else {
            reading.closes = Optional.empty();
            reading.problems.add("the registration deadline (" + closes.value().toLocalDate() + ") is after the "
                    + "event; the draft gives no closing date");
            words.ifPresent(source -> reading.unplaced(source, "a registration deadline after the event"));
        }
    }

    private static Optional<Source> evidence(Basis basis) {
        return basis instanceof Source source ? Optional.of(source) : ((Assumption) basis).evidence();
    }
}
