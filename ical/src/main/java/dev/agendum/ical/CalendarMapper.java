package dev.agendum.ical;

import dev.agendum.model.Event;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The VCALENDAR of a feed (RFC 5545 section 3.4): VERSION, PRODID, CALSCALE, METHOD:PUBLISH, the RFC 7986 NAME and
 * REFRESH-INTERVAL (with the VALUE=DURATION ical4j leaves out) with their widely read X-WR-CALNAME and
 * X-PUBLISHED-TTL twins, and one VTIMEZONE per zone the events use, built once per zone for the span they cover.
 */
final class CalendarMapper {

    private CalendarMapper() {
    }

    /** Writes everything before the first VEVENT. */
    static void begin(ContentLineWriter lines, List<Event> events, FeedOptions options) {
        lines.begin("VCALENDAR");
        lines.start("VERSION").value("2.0");
        lines.start("PRODID").text(FeedWriter.PRODUCT_ID);
        lines.start("CALSCALE").value("GREGORIAN");
        lines.start("METHOD").value("PUBLISH");
        String name = name(events, options);
        lines.start("NAME").text(name);
        lines.start("X-WR-CALNAME").text(name);
        String interval = options.refreshInterval().toString();
        lines.start("REFRESH-INTERVAL").token("VALUE", "DURATION").value(interval);
        lines.start("X-PUBLISHED-TTL").value(interval);
        zonesUsed(events).forEach((zone, span) -> TimeZoneWriter.write(lines, ZoneId.of(zone), span[0], span[1]));
    }

    /**
     * The calendar's name; a personal or filtered feed's says what it holds: "Agendum — Ruben Maes", in the feed's
     * language (the writer's option, else the first event's).
     */
    static String name(List<Event> events, FeedOptions options) {
        if (options.selection().isEmpty()) {
            return options.calendarName();
        }
        Locale language = options.language().orElse(events.isEmpty() ? Locale.ENGLISH : events.get(0).language());
        return options.calendarName() + " — " + options.selection().get().describe(events, language);
    }

    /** Writes the end of the VCALENDAR. */
    static void end(ContentLineWriter lines) {
        lines.end("VCALENDAR");
    }

    /**
     * Every zone the timed events use, by id in sorted order (deterministic output), with the first and last
     * instant it must cover. All-day events are floating dates and reference no zone.
     */
    private static Map<String, Instant[]> zonesUsed(List<Event> events) {
        Map<String, Instant[]> zones = new TreeMap<>();
        for (Event event : events) {
            if (event.allDay()) {
                continue;
            }
            Instant start = event.startAt().toInstant();
            Instant end = event.endAt().toInstant();
            Instant[] span = zones.get(event.zone().getId());
            if (span == null) {
                zones.put(event.zone().getId(), new Instant[] {start, end});
            } else {
                span[0] = start.isBefore(span[0]) ? start : span[0];
                span[1] = end.isAfter(span[1]) ? end : span[1];
            }
        }
        return zones;
    }
}
