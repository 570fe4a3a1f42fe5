package dev.agendum.ical;

import dev.agendum.model.Event;
import java.util.List;

/**
 * What a {@link FeedReader} made of a feed.
 *
 * @param events   one event per VEVENT that could be mapped, in feed order
 * @param warnings what was skipped or assumed, in feed order; empty for a feed read without loss
 */
public record FeedContent(List<Event> events, List<FeedWarning> warnings) {

    /**
     * Creates a result, copying the lists.
     *
     * @param events one event per VEVENT that could be mapped, in feed order
     * @param warnings what was skipped or assumed, in feed order
     */
    public FeedContent {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
