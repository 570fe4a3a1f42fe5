package dev.agendum.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * A VEVENT's DTSTART, DTEND or DURATION read with {@code java.time} from their text and TZID, so that reading needs
 * none of ical4j's time-zone registry: an IANA TZID is used as is, UTC times keep UTC, and floating times or unknown
 * TZIDs are read in the reader's default zone, with a warning.
 *
 * @param zone   the event's zone
 * @param start  local start in {@code zone}
 * @param end    local end in {@code zone}; for an all-day event the day after the last
 * @param allDay whether the event is given as dates
 */
record Times(ZoneId zone, LocalDateTime start, LocalDateTime end, boolean allDay) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    static Times of(Component vevent, ZoneId defaultZone, FeedScan.EventLines lines, List<FeedWarning> warnings) {
        Property dtstart = vevent.getProperty("DTSTART")
                .orElseThrow(() -> new IllegalArgumentException("it has no DTSTART"));
        boolean allDay = isDate(dtstart);
        ZoneId zone = zone(dtstart, defaultZone, lines.of("DTSTART"), warnings);
        LocalDateTime start = local(dtstart.getValue(), allDay);
        Optional<Property> dtend = vevent.getProperty("DTEND");
        LocalDateTime end;
        if (dtend.isPresent()) {
            ZoneId endZone = zone(dtend.get(), defaultZone, lines.of("DTEND"), List.of());
            end = local(dtend.get().getValue(), isDate(dtend.get()));
            if (!endZone.equals(zone)) {
                end = end.atZone(endZone).withZoneSameInstant(zone).toLocalDateTime();
            }
        } else {
            end = EventReader.value(vevent, "DURATION").map(d -> plus(start, d)).orElse(allDay ? start.plusDays(1)
                    : start);
        }
        if (end.isBefore(start) || allDay && !end.isAfter(start)) {
            warnings.add(new FeedWarning(lines.of("DTEND"), "the end is not after the start: read as "
                    + (allDay ? "one day" : "a point in time")));
            end = allDay ? start.plusDays(1) : start;
        }
        return new Times(zone, start, end, allDay);
    }

    /** Reads a UTC date-time such as {@code 20210315T090000Z}. */
    static Instant utc(String value) {
        return LocalDateTime.parse(value.strip().substring(0, 15), LOCAL).toInstant(ZoneOffset.UTC);
    }

    private static boolean isDate(Property property) {
        return EventReader.parameter(property, "VALUE").map("DATE"::equalsIgnoreCase).orElse(false)
                || property.getValue().strip().length() == 8;
    }

    private static LocalDateTime local(String value, boolean date) {
        String text = value.strip();
        return date ? LocalDate.parse(text.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay()
                : LocalDateTime.parse(text.substring(0, 15), LOCAL);
    }

    private static ZoneId zone(Property property, ZoneId defaultZone, int line, List<FeedWarning> warnings) {
        if (property.getValue().strip().toUpperCase(Locale.ROOT).endsWith("Z")) {
            return ZoneOffset.UTC;
        }
        Optional<String> tzid = EventReader.parameter(property, "TZID");
        if (tzid.isEmpty()) {
            if (!isDate(property)) {
                warnings.add(new FeedWarning(line, "a floating time is read in " + defaultZone));
            }
            return defaultZone;
        }
        try {
            return ZoneId.of(tzid.get().replaceFirst("^/", ""));
        } catch (DateTimeException unknown) {
            warnings.add(new FeedWarning(line, "TZID " + tzid.get() + " is not an IANA zone: read in "
                    + defaultZone));
            return defaultZone;
        }
    }

    private static LocalDateTime plus(LocalDateTime start, String duration) {
        String text = duration.strip().toUpperCase(Locale.ROOT);
        return text.contains("W") ? start.plus(Period.parse(text)) : start.plus(Duration.parse(text));
    }
}
