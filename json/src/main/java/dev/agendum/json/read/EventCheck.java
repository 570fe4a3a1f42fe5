package dev.agendum.json.read;

import dev.agendum.model.Event;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.TokenStreamLocation;

/**
 * What the document reader does with each event as soon as it is bound: the facade validates it there, while the
 * locations of that one event's values are still at hand, so that memory stays bounded by one event whatever the
 * size of the collection.
 */
public interface EventCheck {

    /**
     * Checks one event.
     *
     * @param event     the event just read
     * @param pointer   the event's JSON Pointer in the document ({@code /event}, {@code /events/3})
     * @param locations where each value of the event starts, by JSON Pointer: worked out when asked for, so that an
     *                  event without problems costs nothing here; ask during this call only, as the notes
     *                  behind it are reused for the next event
     */
    void check(Event event, String pointer, Supplier<Map<String, TokenStreamLocation>> locations);
}
