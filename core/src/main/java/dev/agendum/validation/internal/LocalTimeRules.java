package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * Local times that name no single instant in the event's zone: those in a daylight-saving gap (02:30 on the
 * spring-forward night in Amsterdam never happens) and those in an overlap (02:30 on the autumn night happens
 * twice). Either would make a calendar show a time other than the one announced, so both are reported.
 */
final class LocalTimeRules {

    private LocalTimeRules() {
    }

    static void check(Event event, Reporter reporter) {
        ZoneId zone = event.zone();
        if (!event.allDay()) {
            check(event.start(), zone, Where.at("start"), reporter);
            check(event.end(), zone, Where.at("end"), reporter);
        }
        check(event.previousStart(), zone, Where.at("previousStart"), reporter);
        ItemPaths.walk(event.programme(), (item, at) -> {
            check(item.start(), zone, at.then("start"), reporter);
            check(item.end(), zone, at.then("end"), reporter);
        });
        event.registration().ifPresent(registration -> {
            check(registration.opens(), zone, Where.at("registration").then("opens"), reporter);
            check(registration.closes(), zone, Where.at("registration").then("closes"), reporter);
        });
    }

    private static void check(Optional<LocalDateTime> time, ZoneId zone, Where at, Reporter reporter) {
        time.ifPresent(t -> check(t, zone, at, reporter));
    }

    private static void check(LocalDateTime time, ZoneId zone, Where at, Reporter reporter) {
        // A local time names no single instant exactly when it falls in a transition: a gap or an overlap.
        ZoneOffsetTransition transition = zone.getRules().getTransition(time);
        if (transition != null) {
            reporter.report(transition.isGap() ? "time.in-gap" : "time.ambiguous", at, "time", time);
        }
    }
}
