package dev.agendum.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Programme} placed within a time window, answering the questions a timetable raises.
 *
 * @param window the span the programme was scheduled in, normally the event's
 * @param items  the top-level items, in announced order
 */
public record Schedule(TimeSpan window, List<ScheduledItem> items) {

    /**
     * Creates a schedule; use {@link Programme#schedule(TimeSpan)} to obtain one.
     *
     * @param window the span the programme was scheduled in, normally the event's
     * @param items the top-level items, in announced order
     */
    public Schedule {
        Objects.requireNonNull(window, "window");
        items = Checks.copy(items, "items");
    }

    /** Two items at the same level that run at the same time in the same lane (not in different tracks). */
    public record Overlap(ScheduledItem first, ScheduledItem second) {
        /**
         * Creates an overlap.
         *
         * @param first the earlier item
         * @param second the item that overlaps it
         */
        public Overlap {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    /**
     * {@return every scheduled item at every depth, parents before children}
     */
    public List<ScheduledItem> allItems() {
        List<ScheduledItem> all = new ArrayList<>();
        collect(items, all);
        return List.copyOf(all);
    }

    /**
     * {@return the scheduled item with {@code id}, at any depth}
     *
     * @param id the item's identifier
     */
    public Optional<ScheduledItem> find(String id) {
        return allItems().stream().filter(s -> s.item().id().equals(id)).findFirst();
    }

    /**
     * {@return the spans of the window in which no top-level item runs, in time order} Points in time cover
     * nothing; an empty programme leaves the whole window as one gap.
     */
    public List<TimeSpan> gaps() {
        List<TimeSpan> spans = items.stream().map(ScheduledItem::span)
                .sorted(Comparator.comparing(TimeSpan::start)).toList();
        List<TimeSpan> gaps = new ArrayList<>();
        LocalDateTime covered = window.start();
        for (TimeSpan span : spans) {
            if (span.start().isAfter(covered)) {
                gaps.add(TimeSpan.of(covered, span.start()));
            }
            if (span.end().isAfter(covered)) {
                covered = span.end();
            }
        }
        if (window.end().isAfter(covered)) {
            gaps.add(TimeSpan.of(covered, window.end()));
        }
        return List.copyOf(gaps);
    }

    /**
     * {@return every pair of siblings, at any depth, whose spans overlap while they share a lane; items in different
     * named tracks may run in parallel and are not reported, nor are cancelled items}
     */
    public List<Overlap> overlaps() {
        List<Overlap> overlaps = new ArrayList<>();
        collectOverlaps(items, overlaps);
        return List.copyOf(overlaps);
    }

    private static void collectOverlaps(List<ScheduledItem> siblings, List<Overlap> into) {
        for (int i = 0; i < siblings.size(); i++) {
            ScheduledItem a = siblings.get(i);
            for (int j = i + 1; j < siblings.size(); j++) {
                ScheduledItem b = siblings.get(j);
                // A cancelled item takes no time: a tombstone never clashes with what replaced it.
                if (Programme.sameLane(a.item(), b.item()) && a.span().overlaps(b.span())
                        && !a.item().cancelled() && !b.item().cancelled()) {
                    into.add(new Overlap(a, b));
                }
            }
            collectOverlaps(a.children(), into);
        }
    }

    private static void collect(List<ScheduledItem> level, List<ScheduledItem> into) {
        for (ScheduledItem item : level) {
            into.add(item);
            collect(item.children(), into);
        }
    }
}
