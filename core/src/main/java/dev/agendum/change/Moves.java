package dev.agendum.change;

import dev.agendum.model.EventStatus;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items that moved are published as moved: a scheduled item whose start changed becomes
 * {@link EventStatus#RESCHEDULED} with the published start as its previous start, so that the feed and schema.org
 * say where it was; an item published so that still starts there keeps that status and previous start, so that
 * publishing the same version again changes nothing. An item whose new version states its own status or previous
 * start is left as stated.
 */
final class Moves {

    private Moves() {
    }

    static Programme mark(Programme published, Programme next) {
        Map<String, ProgrammeItem> old = new HashMap<>();
        published.allItems().forEach(i -> old.putIfAbsent(i.id(), i));
        return new Programme(level(next.items(), old));
    }

    /** Tells whether {@code item} is marked moved from exactly where {@code was} was: told by the move itself. */
    static boolean derived(ProgrammeItem was, ProgrammeItem item) {
        return item.status() == EventStatus.RESCHEDULED && item.previousStart().equals(Optional.of(was.start()))
                && !item.start().equals(was.start());
    }

    private static List<ProgrammeItem> level(List<ProgrammeItem> items, Map<String, ProgrammeItem> old) {
        return items.stream().map(item -> {
            List<ProgrammeItem> children = level(item.children(), old);
            ProgrammeItem was = old.get(item.id());
            EventStatus status = item.status();
            Optional<java.time.LocalDateTime> previous = item.previousStart();
            boolean plain = status == EventStatus.SCHEDULED && previous.isEmpty();
            if (was != null && plain && !was.start().equals(item.start())) {
                status = EventStatus.RESCHEDULED;
                previous = Optional.of(was.start());
            } else if (was != null && plain && was.start().equals(item.start()) && was.status().movedInTime()) {
                status = was.status();
                previous = was.previousStart();
            }
            if (status == item.status() && previous.equals(item.previousStart()) && children.equals(item.children())) {
                return item;
            }
            return new ProgrammeItem(item.id(), item.start(), item.end(), item.kind(), item.kindLabel(), item.title(),
                    item.description(), item.participations(), item.track(), item.room(), children, status,
                    previous);
        }).toList();
    }
}
