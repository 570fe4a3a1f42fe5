package dev.agendum.json.format;

import dev.agendum.model.Event;
import java.util.List;
import java.util.Objects;

/**
 * A whole canonical document: {@code {"format": "agendum/1", "event": {…}}} for one event, or
 * {@code {"format": "agendum/1", "events": [{…}, …]}} for a collection.
 *
 * @param events     the events, in document order
 * @param collection whether the document is a collection ({@code "events"}), even of one or none
 */
public record Document(List<Event> events, boolean collection) {

    /** The format marker this version of the library reads and writes. */
    public static final String FORMAT = "agendum/1";

    /** Checks that a single-event document holds exactly one event; keeps an unmodifiable copy of the events. */
    public Document {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        if (!collection && events.size() != 1) {
            throw new IllegalArgumentException("a single-event document holds exactly one event");
        }
    }

    /** Returns the single-event document of {@code event}. */
    public static Document of(Event event) {
        return new Document(List.of(event), false);
    }

    /** Returns the collection document of {@code events}, even of one or none. */
    public static Document of(List<Event> events) {
        return new Document(events, true);
    }
}
