package dev.agendum.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Writes a VTIMEZONE (RFC 5545 section 3.6.5) from {@code java.time}'s own zone rules, for the span of time a feed
 * uses: the observance in force at its start and every transition up to its end, each as its own STANDARD or
 * DAYLIGHT with the exact onset. The TZID is the zone id the events reference, so it always matches (ical4j's
 * registry would label Europe/Amsterdam as Europe/Brussels), and the component stays a few lines instead of a
 * century of history.
 */
final class TimeZoneWriter {

    private TimeZoneWriter() {
    }

    /** Writes the VTIMEZONE of {@code zone} covering {@code [from, to]}. */
    static void write(ContentLineWriter lines, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        lines.begin("VTIMEZONE");
        lines.start("TZID").value(zone.getId());
        ZoneOffsetTransition previous = rules.previousTransition(from.plusNanos(1));
        if (previous == null) {
            // A zone without transitions (or none before the feed): one observance from the epoch.
            ZoneOffset offset = rules.getOffset(from);
            observance(lines, rules.isDaylightSavings(from), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        } else {
            observance(lines, rules, previous);
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to);
             t = rules.nextTransition(t.getInstant())) {
            observance(lines, rules, t);
        }
        lines.end("VTIMEZONE");
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
