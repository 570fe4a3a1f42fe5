package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Schedule;
import dev.agendum.model.ScheduledItem;
import dev.agendum.model.TimeSpan;
import dev.agendum.validation.Limits;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Programme placement: items inside the event (children inside their parent), listed in time order, not
 * overlapping unless they run in different tracks, and no more or deeper than {@link Limits} allow.
 */
final class ProgrammeRules {

    private ProgrammeRules() {
    }

    static void check(Event event, Reporter reporter) {
        int count = event.programme().allItems().size();
        if (count > Limits.PROGRAMME_ITEMS) {
            reporter.report("programme.too-many-items", Where.at("programme").then("items"),
                    "max", Limits.PROGRAMME_ITEMS, "count", count);
            return;
        }
        Schedule schedule = event.schedule();
        Map<ScheduledItem, Where> paths = new IdentityHashMap<>();
        checkLevel(event.programme().items(), schedule.items(), event.span(), Where.at("programme"), "items", 1,
                paths, reporter);
        for (Schedule.Overlap overlap : schedule.overlaps()) {
            TimeSpan other = overlap.first().span();
            reporter.report("programme.overlaps", paths.get(overlap.second()).then("start"),
                    "otherStart", other.start(), "otherEnd", other.end());
        }
    }

    private static void checkLevel(List<ProgrammeItem> items, List<ScheduledItem> scheduled, TimeSpan window,
                                   Where parent, String list, int depth, Map<ScheduledItem, Where> paths,
                                   Reporter reporter) {
        for (int i = 0; i < items.size(); i++) {
            Where at = parent.then(list, i);
            ProgrammeItem item = items.get(i);
            paths.put(scheduled.get(i), at);
            if (depth > Limits.PROGRAMME_DEPTH) {
                reporter.report("programme.too-deep", at.then("id"), "max", Limits.PROGRAMME_DEPTH);
                continue;
            }
            checkPlacement(item, window, at, depth == 1, reporter);
            if (i > 0 && item.start().isBefore(items.get(i - 1).start())) {
                reporter.report("programme.out-of-order", at.then("start"), "previous", items.get(i - 1).start());
            }
            checkLevel(item.children(), scheduled.get(i).children(), scheduled.get(i).span(), at, "children",
                    depth + 1, paths, reporter);
        }
    }

    private static void checkPlacement(ProgrammeItem item, TimeSpan window, Where at, boolean topLevel,
                                       Reporter reporter) {
        String within = topLevel ? "event" : "parent";
        if (item.start().isBefore(window.start())) {
            reporter.report("programme.starts-before-" + within, at.then("start"), "limit", window.start());
        } else if (item.start().isAfter(window.end())) {
            reporter.report("programme.starts-after-" + within, at.then("start"), "limit", window.end());
        }
        item.end().filter(end -> end.isAfter(window.end())).ifPresent(end ->
                reporter.report("programme.ends-after-" + within, at.then("end"), "limit", window.end()));
    }
}
