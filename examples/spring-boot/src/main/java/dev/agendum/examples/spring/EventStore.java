package dev.agendum.examples.spring;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/** The events served, in memory: the two bundled announcements to start with, and whatever is posted. */
@Component
class EventStore {

    private static final String BUNDLED = "/dev/agendum/examples/announcements/";
    private static final List<String> FILES =
            List.of("pbl-nsob-seminar-2021-01-15.json", "vb-samenwerken-als-een-overheid-2021-04-02.json");

    private final ConcurrentMap<String, Event> events = new ConcurrentHashMap<>();

    EventStore(AgendumJson json) {
        for (String file : FILES) {
            try (InputStream in = EventStore.class.getResourceAsStream(BUNDLED + file)) {
                json.readEvents(in).forEach(this::put);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stores {@code event}, replacing one with the same id. */
    void put(Event event) {
        events.put(event.id(), event);
    }

    /** Every event, by start and id, so a feed's bytes (and so its ETag) do not depend on map order. */
    List<Event> all() {
        return events.values().stream()
                .sorted(Comparator.comparing(Event::start).thenComparing(Event::id)).toList();
    }

    Optional<Event> find(String id) {
        return Optional.ofNullable(events.get(id));
    }
}
