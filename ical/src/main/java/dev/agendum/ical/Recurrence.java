package dev.agendum.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Recur;

/**
 * The occurrences of a recurring VEVENT (RFC 5545 section 3.8.5): DTSTART, the dates of each RRULE (computed by
 * ical4j's {@link Recur}, which does RRULE well) and the RDATEs, less the EXDATEs, inside the window and at most
 * {@code max} of them, in time order. What cannot be read (an RRULE ical4j refuses, an RDATE that is no date) is a
 * warning with its line, and the rest of the series is still read.
 *
 * @param from  the window's start; empty: the series' start
 * @param until the window's end (exclusive); empty: one year (366 days) after the series' start
 * @param max   the most occurrences one series gives
 */
record Recurrence(Optional<Instant> from, Optional<Instant> until, int max) {

    /** The default window's length after a series' start, when the caller chose none. */
    static final Duration DEFAULT_SPAN = Duration.ofDays(366);

    /** Tells whether {@code vevent} recurs. */
    static boolean recurs(Scanned vevent) {
        return vevent.first("RRULE").isPresent() || vevent.first("RDATE").isPresent();
    }

    /** Returns the local starts of the occurrences of {@code vevent}, whose first start is {@code times}'. */
    List<LocalDateTime> starts(Scanned vevent, Times times, TimeZones zones, List<FeedWarning> warnings) {
        ZoneId zone = times.zone();
        ZonedDateTime seed = times.start().atZone(zone);
        Instant windowStart = from.orElse(seed.toInstant());
        Instant windowEnd = until.orElse(seed.toInstant().plus(DEFAULT_SPAN));
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        starts.add(times.start());
        for (ContentLine rrule : vevent.all("RRULE")) {
            try {
                if (times.allDay()) {
                    LocalDate day = times.start().toLocalDate();
                    new Recur<LocalDate>(rrule.value()).getDates(day, LocalDate.ofInstant(windowStart, zone),
                            LocalDate.ofInstant(windowEnd, zone), max + 1).forEach(d -> starts.add(d.atStartOfDay()));
                } else {
                    new Recur<ZonedDateTime>(rrule.value()).getDates(seed, windowStart.atZone(zone),
                            windowEnd.atZone(zone), max + 1).forEach(d -> starts.add(d.withZoneSameInstant(zone)
                            .toLocalDateTime()));
                }
            } catch (RuntimeException e) {
                warnings.add(new FeedWarning(rrule.line(), "RRULE " + Quoted.of(rrule.value()) + " skipped: "
                        + "ical4j cannot compute it"));
            }
        }
        dates(vevent, "RDATE", times, zones, warnings).forEach(starts::add);
        dates(vevent, "EXDATE", times, zones, warnings).forEach(starts::remove);
        List<LocalDateTime> inside = new ArrayList<>();
        for (LocalDateTime start : starts) {
            Instant at = start.atZone(zone).toInstant();
            if (!at.isBefore(windowStart) && at.isBefore(windowEnd)) {
                inside.add(start);
            }
        }
        if (inside.size() > max) {
            warnings.add(new FeedWarning(vevent.lineOf("RRULE"), "the series has more than " + max
                    + " occurrences in the window: the first " + max + " are read"));
            return List.copyOf(inside.subList(0, max));
        }
        return List.copyOf(inside);
    }

    /** The RDATE or EXDATE values of {@code vevent} as local times in the series' zone. */
    private static List<LocalDateTime> dates(Scanned vevent, String name, Times times, TimeZones zones,
                                             List<FeedWarning> warnings) {
        List<LocalDateTime> dates = new ArrayList<>();
        for (ContentLine line : vevent.all(name)) {
            for (String value : line.value().split(",")) {
                String start = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
                ContentLine one = new ContentLine(line.line(), name, line.parameters(), start);
                try {
                    LocalDateTime local = Times.local(one);
                    if (times.allDay() || Times.isDate(one)) {
                        dates.add(times.allDay() ? local.toLocalDate().atStartOfDay()
                                : local.toLocalDate().atTime(times.start().toLocalTime()));
                    } else {
                        // A floating RDATE of a zoned series is meant in the series' zone.
                        ZoneId zone = one.parameter("TZID").isEmpty() && !Times.isUtc(one) ? times.zone()
                                : Times.zone(one, local, zones, warnings);
                        dates.add(local.atZone(zone).withZoneSameInstant(times.zone()).toLocalDateTime());
                    }
                } catch (IllegalArgumentException | DateTimeException e) {
                    warnings.add(new FeedWarning(line.line(), name + " " + Quoted.of(value) + " skipped: not a date "
                            + "or date-time"));
                }
            }
        }
        return dates;
    }

    /** The id part of an occurrence: its date, or its instant in UTC ({@code 20210921T170000Z}). */
    static String key(LocalDateTime start, ZoneId zone, boolean allDay) {
        if (allDay) {
            return start.toLocalDate().toString().replace("-", "");
        }
        return start.atZone(zone).toInstant().toString().replace("-", "").replace(":", "");
    }
}
