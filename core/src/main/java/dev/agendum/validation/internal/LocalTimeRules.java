package dev.agendum.validation.internal;

import dev.agendum.model.Event;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * Local times that name no single instant in the event's zone: those in a daylight-saving gap (02:30 on the
 * spring-forward night in Amsterdam never happens) and those in an overlap (02:30 on the autumn night happens
 * twice). Either would make a calendar show a time other than the one announced, so both are reported. Also times
 * in years outside 0001–9999, which neither an iCalendar feed (four-digit years, RFC 5545 section 3.3.4) nor the
 * JSON format can hold: reported here, so that validating and converting agree on them.
 */
final class LocalTimeRules {

    private LocalTimeRules() {
    }

    /** The first and last year a feed can hold. */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    static void check(Event event, Reporter reporter) {
        ZoneId zone = event.zone();
        if (event.allDay()) {
            checkYear(event.start(), Where.at("start"), reporter);
            checkYear(event.end(), Where.at("end"), reporter);
        } else {
            check(event.start(), zone, Where.at("start"), reporter);
            check(event.end(), zone, Where.at("end"), reporter);
        }
        check(event.previousStart(), zone, Where.at("previousStart"), reporter);
        ItemPaths.walk(event.programme(), (item, at) -> {
            check(item.start(), zone, at.then("start"), reporter);
            check(item.end(), zone, at.then("end"), reporter);
            check(item.previousStart(), zone, at.then("previousStart"), reporter);
        });
        int published = event.revision().published().atOffset(java.time.ZoneOffset.UTC).getYear();
        if (published < FIRST_YEAR || published > LAST_YEAR) {
            reporter.report("time.year-out-of-range", Where.at("revision").then("published"), "time",
                    event.revision().published());
        }
        event.registration().ifPresent(registration -> {
            check(registration.opens(), zone, Where.at("registration").then("opens"), reporter);
            check(registration.closes(), zone, Where.at("registration").then("closes"), reporter);
        });
    }

    private static void check(Optional<LocalDateTime> time, ZoneId zone, Where at, Reporter reporter) {
        time.ifPresent(t -> check(t, zone, at, reporter));
    }

    /** Reports a time outside the years a feed can hold; returns whether it is inside them. */
    private static boolean checkYear(LocalDateTime time, Where at, Reporter reporter) {
        if (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR) {
            reporter.report("time.year-out-of-range", at, "time", time);
            return false;
        }
        return true;
    }

    private static void check(LocalDateTime time, ZoneId zone, Where at, Reporter reporter) {
        if (!checkYear(time, at, reporter)) {
            return;
        }
        // A local time names no single instant exactly when it falls in a transition: a gap or an overlap.
        ZoneOffsetTransition transition = zone.getRules().getTransition(time);
        if (transition != null) {
            reporter.report(transition.isGap() ? "time.in-gap" : "time.ambiguous", at, "time", time);
        }
    }
}
