package dev.agendum.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The timetable of an event: its items in announced order, each possibly with parts of its own.
 *
 * <p>The programme keeps only what was announced; ends that follow from the next item's start are derived by
 * {@link #schedule(TimeSpan)}, which also answers questions about durations, overlaps and gaps.
 *
 * @param items the top-level items in order; empty for an event without a programme
 */
public record Programme(List<ProgrammeItem> items) {

    private static final Programme EMPTY = new Programme(List.of());

    /**
     * Creates a programme.
     *
     * @param items the top-level items in order; empty for an event without a programme
     */
    public Programme {
        items = Checks.copy(items, "items");
    }

    /**
     * {@return the programme of an event that announces none}
     */
    public static Programme empty() {
        return EMPTY;
    }

    /**
     * {@return a programme of the given top-level items}
     *
     * @param items the top-level items in order; empty for an event without a programme
     */
    public static Programme of(ProgrammeItem... items) {
        return new Programme(Arrays.asList(items));
    }

    /**
     * {@return every item at every depth, parents before their children, in announced order}
     */
    public List<ProgrammeItem> allItems() {
        List<ProgrammeItem> all = new ArrayList<>();
        collect(items, all);
        return List.copyOf(all);
    }

    /**
     * {@return the item with {@code id}, at any depth}
     *
     * @param id the item's identifier
     */
    public Optional<ProgrammeItem> find(String id) {
        return allItems().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Derives every item's time span within {@code window} (normally the event's).
     *
     * <p>An item without an end runs until the next sibling that starts later and may not run alongside it (same
     * track, or either without a track); the last one runs until the end of its parent, or of {@code window} at
     * the top; a cancelled item ends no other item (it takes no time). An item starting at that end is a point in
     * time. Children are scheduled within their parent.
     *
     * @param window the span the items are placed in
     * @return the derived timetable
     */
    public Schedule schedule(TimeSpan window) {
        return new Schedule(window, scheduleSiblings(items, window));
    }

    static List<ScheduledItem> scheduleSiblings(List<ProgrammeItem> siblings, TimeSpan window) {
        List<ScheduledItem> scheduled = new ArrayList<>(siblings.size());
        for (ProgrammeItem item : siblings) {
            LocalDateTime end = item.end().orElseGet(() -> derivedEnd(item, siblings, window.end()));
            TimeSpan span = TimeSpan.of(item.start(), end.isBefore(item.start()) ? item.start() : end);
            scheduled.add(new ScheduledItem(item, span, item.end().isEmpty(),
                    scheduleSiblings(item.children(), span)));
        }
        return List.copyOf(scheduled);
    }

    private static LocalDateTime derivedEnd(ProgrammeItem item, List<ProgrammeItem> siblings, LocalDateTime limit) {
        LocalDateTime end = limit;
        for (ProgrammeItem other : siblings) {
            if (other.start().isAfter(item.start()) && other.start().isBefore(end) && sameLane(item, other)
                    && !other.cancelled()) {
                end = other.start();
            }
        }
        return end;
    }

    /** Items run in the same lane unless both name a track and the tracks differ. */
    static boolean sameLane(ProgrammeItem a, ProgrammeItem b) {
        return a.track().isEmpty() || b.track().isEmpty() || a.track().equals(b.track());
    }

    private static void collect(List<ProgrammeItem> level, List<ProgrammeItem> into) {
        for (ProgrammeItem item : level) {
            into.add(item);
            collect(item.children(), into);
        }
    }
}
