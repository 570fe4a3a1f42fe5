package dev.agendum.importer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A timetable on the twelve-hour clock without its "pm": "8:00 doors", "8:30 Ciara's talk", "9:15 Q&amp;A" under
 * "Friday 19th February, 8pm". Read as written, the items fall in the morning before an evening event; when every
 * item does, none is marked as morning, and the first one, twelve hours on, is the start the text gives (within the
 * hour), the programme is that evening's.
 */
final class EveningClock {

    /** A time marked as morning or on the 24-hour clock by its word, which the rule leaves as written. */
    private static final Pattern MARKED = Pattern.compile("(?iu)(?:a\\.?m\\.?|uur|u|h)\\s*$");
    /** How far from the start the text gives the first item, twelve hours on, may begin. */
    private static final int SLACK_MINUTES = 60;

    private EveningClock() {
    }

    /** The items, each twelve hours on when they are an evening's timetable written without "pm"; else as read. */
    static List<Found.Item> fitted(Reading.Valued<LocalDateTime> start, List<Found.Item> items) {
        LocalDateTime begins = start.value();
        if (items.isEmpty() || begins.getHour() < 12) {
            return items;
        }
        for (Found.Item item : items) {
            int hour = item.start().getHour();
            if (hour < 1 || hour >= 12 || !item.start().toLocalDate().equals(begins.toLocalDate())
                    || !(item.startBasis() instanceof Source words) || MARKED.matcher(words.words()).find()) {
                return items;
            }
        }
        LocalDateTime first = items.get(0).start().plusHours(12);
        if (first.isBefore(begins.minusMinutes(SLACK_MINUTES)) || first.isAfter(begins.plusMinutes(SLACK_MINUTES))) {
            return items;
        }
        List<Found.Item> evening = new ArrayList<>();
        for (Found.Item item : items) {
            Basis basis = new Assumption("in the evening: the timetable gives no \"pm\", but the event starts at "
                    + begins.toLocalTime() + " and each item would fall before noon",
                    Optional.of((Source) item.startBasis()));
            evening.add(item.movedTo(item.start().plusHours(12), basis,
                    item.end().map(e -> e.getHour() < 12 ? e.plusHours(12) : e)));
        }
        return evening;
    }

    /**
     * A stated end, twelve hours on when it is an evening's end written without "pm" ("Should wrap up around 10:30"
     * for an event from 8pm): read as written it falls before the start, and twelve hours on it does not. The
     * reading's problems say so, for the reviewer.
     */
    static LocalDateTime after(Reading reading, LocalDateTime end, Source words) {
        LocalDateTime start = reading.start.value();
        boolean morning = end.isBefore(start) && end.getHour() >= 1 && end.getHour() < 12 && start.getHour() >= 12;
        if (!morning || end.plusHours(12).isBefore(start) || MARKED.matcher(words.words()).find()) {
            return end;
        }
        reading.problems.add("the end \"" + words.words() + "\" is read as "
                + end.plusHours(12).toLocalTime() + ": written without \"pm\", it would fall before the start");
        return end.plusHours(12);
    }
}
