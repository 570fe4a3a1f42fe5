package dev.agendum.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a VTIMEZONE (RFC 5545 section 3.6.5) from {@code java.time}'s own zone rules, for the span of time a feed
 * uses: the observance in force at its start and every transition up to its end, each as its own STANDARD or
 * DAYLIGHT with the exact onset. When the observance in force at the start is daylight saving time, the
 * transitions before it are written back to the last one into standard time: python's icalendar cannot build a
 * zone (its {@code Timezone.to_tz()}) from DAYLIGHT observances alone, and vobject and biweekly misread them. The
 * TZID is the zone id the events reference, so it always matches (ical4j's registry would label Europe/Amsterdam as
 * Europe/Brussels), and the component stays a few lines instead of a century of history.
 */
final class TimeZoneWriter {

    /** How far back to look for standard time: a zone that has had none in as many changes never will. */
    private static final int MAX_STEPS_BACK = 16;

    private TimeZoneWriter() {
    }

    /** Writes the VTIMEZONE of {@code zone} covering {@code [from, to]}. */
    static void write(ContentLineWriter lines, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        lines.begin("VTIMEZONE");
        lines.start("TZID").value(zone.getId());
        List<ZoneOffsetTransition> before = inForce(rules, from);
        if (before.isEmpty()) {
            // A zone without transitions (or none before the feed): one observance from the epoch, standard time
            // unless java.time knows it as daylight saving time throughout.
            ZoneOffset offset = rules.getOffset(from);
            observance(lines, false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            observance(lines, rules, before.get(i));
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to);
             t = rules.nextTransition(t.getInstant())) {
            observance(lines, rules, t);
        }
        lines.end("VTIMEZONE");
    }

    /**
     * The transition in force at {@code from} and, while that one leads into daylight saving time, those before it
     * back to the last into standard time; latest first. Empty when the zone has no transition before {@code from}.
     */
    private static List<ZoneOffsetTransition> inForce(ZoneRules rules, Instant from) {
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition t = rules.previousTransition(from.plusNanos(1));
        while (t != null && transitions.size() < MAX_STEPS_BACK) {
            transitions.add(t);
            if (!rules.isDaylightSavings(t.getInstant())) {
                return transitions;
            }
            t = rules.previousTransition(t.getInstant());
        }
        return transitions;
    }

    private static void observance(ContentLineWriter lines, ZoneRules rules, ZoneOffsetTransition transition) {
        observance(lines, rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(), transition.getOffsetBefore(),
                transition.getOffsetAfter());
    }

    private static void observance(ContentLineWriter lines, boolean daylight, LocalDateTime onset,
                                   ZoneOffset from, ZoneOffset to) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        lines.begin(kind);
        lines.start("DTSTART").dateTime(onset);
        lines.start("TZOFFSETFROM").value(offset(from));
        lines.start("TZOFFSETTO").value(offset(to));
        lines.end(kind);
    }

    /** Formats an offset as RFC 5545 UTC-OFFSET: {@code +0100}, {@code +0530}, {@code -0345}, seconds when not 0. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }
}
