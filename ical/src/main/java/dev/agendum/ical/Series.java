package dev.agendum.ical;

import dev.agendum.model.Event;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The recurring VEVENTs of a feed and their RECURRENCE-ID overrides, held until the end of the feed (an override
 * may come before or after its series) and then expanded: each occurrence inside the window is an event with the
 * id {@code seriesId-instant} ({@code -20210921T170000Z}, or {@code -20211225} for dates), the series' content at
 * the occurrence's start with the series' duration; an override with the same recurrence instant replaces exactly
 * that occurrence (a cancelled one gives it as cancelled). An override that is no occurrence of a series in the feed
 * is read as its own event, with a warning. Memory: the recurring VEVENTs and overrides of the feed, not its events.
 */
final class Series {

    private record Entry(Scanned vevent, String id, String uid, Event first) {
    }

    private record Override(int line, Event event) {
    }

    private final Recurrence recurrence;
    private final Locale defaultLanguage;
    private final Map<String, Entry> series = new LinkedHashMap<>();
    private final Map<String, Map<String, Override>> overrides = new LinkedHashMap<>();

    Series(Recurrence recurrence, Locale defaultLanguage) {
        this.recurrence = recurrence;
        this.defaultLanguage = defaultLanguage;
    }

    /** Holds a recurring VEVENT read as {@code id}; false (with the reader's warning) when it cannot be read. */
    boolean add(Scanned vevent, String id, String uid, EventReader reader) {
        Optional<Event> first = reader.read(vevent, id, uid);
        first.ifPresent(e -> series.put(id, new Entry(vevent, id, uid, e)));
        return first.isPresent();
    }

    /** Holds an override of the series of {@code uid}, read at its recurrence instant. */
    void override(Scanned vevent, String uid, ContentLine recurrenceId, TimeZones zones, EventReader reader,
                  List<FeedWarning> warnings) {
        String seriesId = EventReader.id(uid);
        String key;
        try {
            LocalDateTime local = Times.local(recurrenceId);
            boolean date = Times.isDate(recurrenceId);
            ZoneId zone = date ? ZoneId.of("UTC") : Times.zone(recurrenceId, local, zones, warnings);
            key = Recurrence.key(local, zone, date);
        } catch (IllegalArgumentException e) {
            warnings.add(new FeedWarning(recurrenceId.line(), "VEVENT skipped: " + e.getMessage()));
            return;
        }
        String id = seriesId + "-" + key;
        reader.read(vevent, id, uid).ifPresent(event -> overrides.computeIfAbsent(seriesId, s -> new LinkedHashMap<>())
                .put(key, new Override(vevent.begin(), event)));
    }

    /** Hands on every series' occurrences, overrides in their place, then the overrides of no occurrence. */
    void expand(TimeZones zones, List<FeedWarning> warnings, Consumer<Event> emit) {
        // Occurrences are read again from the series' lines; their warnings were given once, for the series.
        EventReader quiet = new EventReader(defaultLanguage, zones, new ArrayList<>());
        for (Entry entry : series.values()) {
            Event first = entry.first();
            Times times = new Times(first.zone(), first.start(), first.end(), first.allDay());
            Map<String, Override> replaced = overrides.getOrDefault(entry.id(), new LinkedHashMap<>());
            for (LocalDateTime start : recurrence.starts(entry.vevent(), times, zones, warnings)) {
                String key = Recurrence.key(start, first.zone(), first.allDay());
                Override override = replaced.remove(key);
                if (override != null) {
                    emit.accept(override.event());
                } else {
                    quiet.read(entry.vevent(), entry.id() + "-" + key, entry.uid())
                            .map(e -> at(e, start)).ifPresent(emit);
                }
            }
        }
        overrides.forEach((seriesId, left) -> left.values().forEach(o -> {
            warnings.add(new FeedWarning(o.line(), "RECURRENCE-ID of " + (series.containsKey(seriesId)
                    ? "no occurrence of its series inside the window" : "a series not in the feed")
                    + ": read as its own event " + o.event().id()));
            emit.accept(o.event());
        }));
    }

    /** The event read from the series' lines, moved to the occurrence's start with the series' duration. */
    private static Event at(Event event, LocalDateTime start) {
        if (event.allDay()) {
            long days = ChronoUnit.DAYS.between(event.start(), event.end());
            return event.toBuilder().allDay(start.toLocalDate(), start.toLocalDate().plusDays(days - 1)).build();
        }
        return event.toBuilder().time(start, start.plus(java.time.Duration.between(event.start(), event.end())))
                .build();
    }
}
