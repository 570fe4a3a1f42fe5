package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.ProgrammeItem;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Walks an event's participations in the order of {@link Event#appearances()} (the event's own, then item by item,
 * parents before children) without building that list: the feed writer asks several questions of it per event, and
 * the list, its {@code Appearance}s and their streams showed in the writer's allocation profile.
 */
final class Appearances {

    private Appearances() {
    }

    /** Gives every participation to {@code action}, in appearance order. */
    static void forEach(Event event, Consumer<Participation> action) {
        first(event, p -> {
            action.accept(p);
            return false;
        });
    }

    /** Returns the first participation that matches, in appearance order, or {@code null} when none does. */
    static Participation first(Event event, Predicate<Participation> test) {
        for (Participation participation : event.participations()) {
            if (test.test(participation)) {
                return participation;
            }
        }
        return first(event.programme().items(), test);
    }

    private static Participation first(List<ProgrammeItem> items, Predicate<Participation> test) {
        for (ProgrammeItem item : items) {
            for (Participation participation : item.participations()) {
                if (test.test(participation)) {
                    return participation;
                }
            }
            Participation found = first(item.children(), test);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
