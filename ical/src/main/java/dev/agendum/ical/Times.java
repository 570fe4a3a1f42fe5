package dev.agendum.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A VEVENT's DTSTART, DTEND or DURATION read with {@code java.time} from their text and TZID. UTC times keep UTC; a
 * TZID is resolved by the feed's {@link TimeZones} (an IANA name, an alias, the feed's own VTIMEZONE) and only when
 * none of them knows it, or for a floating time, is the time read in the reader's default zone, with a warning. A
 * zoned time is never read as UTC.
 *
 * @param zone   the event's zone
 * @param start  local start in {@code zone}
 * @param end    local end in {@code zone}; for an all-day event the day after the last
 * @param allDay whether the event is given as dates
 */
record Times(ZoneId zone, LocalDateTime start, LocalDateTime end, boolean allDay) {

    /** Reads the times of {@code vevent}; throws {@link IllegalArgumentException} when DTSTART is missing or bad. */
    static Times of(Scanned vevent, TimeZones zones, List<FeedWarning> warnings) {
        ContentLine dtstart = vevent.first("DTSTART")
                .orElseThrow(() -> new IllegalArgumentException("it has no DTSTART"));
        boolean allDay = isDate(dtstart);
        LocalDateTime start = local(dtstart);
        ZoneId zone = zone(dtstart, start, zones, warnings);
        LocalDateTime end = end(vevent, start, zone, allDay, zones, warnings);
        if (end.isBefore(start) || allDay && !end.isAfter(start)) {
            warnings.add(new FeedWarning(vevent.lineOf("DTEND"), "the end is not after the start: read as "
                    + (allDay ? "one day" : "a point in time")));
            end = allDay ? start.plusDays(1) : start;
        }
        return new Times(zone, start, end, allDay);
    }

    private static LocalDateTime end(Scanned vevent, LocalDateTime start, ZoneId zone, boolean allDay,
                                     TimeZones zones, List<FeedWarning> warnings) {
        Optional<ContentLine> dtend = vevent.first("DTEND");
        if (dtend.isPresent()) {
            try {
                LocalDateTime end = local(dtend.get());
                // A floating end beside a zoned start is meant in the start's zone, as every client reads it.
                boolean floating = !isUtc(dtend.get()) && dtend.get().parameter("TZID").isEmpty();
                ZoneId endZone = isDate(dtend.get()) || floating ? zone : zone(dtend.get(), end, zones, warnings);
                return endZone.equals(zone) ? end
                        : end.atZone(endZone).withZoneSameInstant(zone).toLocalDateTime();
            } catch (IllegalArgumentException e) {
                warnings.add(new FeedWarning(dtend.get().line(), "DTEND skipped: " + e.getMessage()));
            }
        }
        Optional<ContentLine> duration = vevent.first("DURATION");
        if (duration.isPresent()) {
            try {
                return plus(start, duration.get().value());
            } catch (DateTimeException e) {
                warnings.add(new FeedWarning(duration.get().line(), "DURATION skipped: "
                        + Quoted.of(duration.get().value()) + " is not a duration"));
            }
        }
        return allDay ? start.plusDays(1) : start;
    }

    /** Tells whether {@code line} holds a DATE rather than a DATE-TIME. */
    static boolean isDate(ContentLine line) {
        return line.parameter("VALUE").map("DATE"::equalsIgnoreCase).orElse(false) || line.value().strip().length() == 8;
    }

    /** Reads the local date-time of a DATE or DATE-TIME value ({@code 20210402}, {@code 20210402T100000[Z]}). */
    static LocalDateTime local(ContentLine line) {
        String text = line.value().strip();
        try {
            if (text.length() == 8 || text.length() == 9 && (text.endsWith("Z") || text.endsWith("z"))) {
                return date(text, 0).atStartOfDay();
            }
            if (text.length() < 15 || text.charAt(8) != 'T' && text.charAt(8) != 't'
                    || text.length() > 16 || text.length() == 16 && !text.substring(15).equalsIgnoreCase("Z")) {
                throw new DateTimeException("bad length");
            }
            return date(text, 0).atTime(number(text, 9, 11), number(text, 11, 13), Math.min(number(text, 13, 15), 59));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException(line.name() + " " + Quoted.of(text) + " is not a date or date-time");
        }
    }

    private static LocalDate date(String text, int from) {
        return LocalDate.of(number(text, from, from + 4), number(text, from + 4, from + 6),
                number(text, from + 6, from + 8));
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            n = n * 10 + c - '0';
        }
        return n;
    }

    /** Tells whether a DATE-TIME value is in UTC. */
    static boolean isUtc(ContentLine line) {
        String value = line.value().strip();
        return !value.isEmpty() && (value.charAt(value.length() - 1) == 'Z' || value.charAt(value.length() - 1) == 'z');
    }

    /** The zone of a date or date-time at {@code local}: UTC, its resolved TZID, or the default zone. */
    static ZoneId zone(ContentLine time, LocalDateTime local, TimeZones zones, List<FeedWarning> warnings) {
        if (isUtc(time)) {
            return ZoneOffset.UTC;
        }
        Optional<String> tzid = time.parameter("TZID");
        if (tzid.isEmpty()) {
            return zones.floating(time.line(), isDate(time), warnings);
        }
        return zones.resolve(tzid.get(), local, time.line(), warnings);
    }

    /** Reads a UTC date-time such as {@code 20210315T090000Z}; one without Z is taken as UTC too. */
    static Instant utc(String value) {
        ContentLine line = new ContentLine(0, "DTSTAMP", java.util.Map.of(), value);
        return local(line).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime plus(LocalDateTime start, String duration) {
        String text = duration.strip().toUpperCase(Locale.ROOT);
        boolean negative = text.startsWith("-");
        String plain = text.replaceFirst("^[+-]", "");
        if (plain.contains("W") && !plain.contains("T")) {
            Period weeks = Period.parse(plain);
            return negative ? start.minus(weeks) : start.plus(weeks);
        }
        // P1DT2H: days as calendar days, as RFC 5545 section 3.3.6 says, then the time part.
        int t = plain.indexOf('T');
        Period days = t == 1 ? Period.ZERO : Period.parse(t < 0 ? plain : plain.substring(0, t));
        Duration time = t < 0 ? Duration.ZERO : Duration.parse("PT" + plain.substring(t + 1));
        return negative ? start.minus(days).minus(time) : start.plus(days).plus(time);
    }
}
