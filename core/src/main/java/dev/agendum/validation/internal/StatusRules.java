package dev.agendum.validation.internal;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;

/** The status agrees with the rest of the event: an event moved online is attended online. */
final class StatusRules {

    private StatusRules() {
    }

    static void check(Event event, Reporter reporter) {
        if (event.status() == EventStatus.MOVED_ONLINE && event.attendanceMode() != AttendanceMode.ONLINE) {
            reporter.report("status.moved-online-not-online", Where.at("attendanceMode"));
        }
    }
}
