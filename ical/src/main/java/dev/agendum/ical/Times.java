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

    /** A date or date-time as written: its text, TZID and VALUE parameters. */
    record Written(String value, Optional<String> tzid, Optional<String> type) {

        static Written of(ContentLine line) {
            return new Written(line.value(), line.parameter("TZID"), line.parameter("VALUE"));
        }

        static Written of(Property property) {
            return new Written(property.getValue(), EventReader.parameter(property, "TZID"),
                    EventReader.parameter(property, "VALUE"));
        }

        boolean date() {
            return type.map("DATE"::equalsIgnoreCase).orElse(false) || value.strip().length() == 8;
        }
    }

    static Times of(Component vevent, ZoneId defaultZone, FeedScan.Scanned lines, List<FeedWarning> warnings) {
        Written dtstart = written(vevent, "DTSTART", lines)
                .orElseThrow(() -> new IllegalArgumentException("it has no DTSTART"));
        boolean allDay = dtstart.date();
        ZoneId zone = zone(dtstart, defaultZone, lines.lineOf("DTSTART"), warnings);
        LocalDateTime start = local(dtstart.value(), allDay);
        Optional<Written> dtend = written(vevent, "DTEND", lines);
        LocalDateTime end;
        if (dtend.isPresent()) {
            ZoneId endZone = zone(dtend.get(), defaultZone, lines.lineOf("DTEND"), List.of());
            end = local(dtend.get().value(), dtend.get().date());
            if (!endZone.equals(zone)) {
                end = end.atZone(endZone).withZoneSameInstant(zone).toLocalDateTime();
            }
        } else {
            end = EventReader.value(vevent, "DURATION").map(d -> plus(start, d)).orElse(allDay ? start.plusDays(1)
                    : start);
        }
        if (end.isBefore(start) || allDay && !end.isAfter(start)) {
            warnings.add(new FeedWarning(lines.lineOf("DTEND"), "the end is not after the start: read as "
                    + (allDay ? "one day" : "a point in time")));
            end = allDay ? start.plusDays(1) : start;
        }
        return new Times(zone, start, end, allDay);
    }

    /** Reads a UTC date-time such as {@code 20210315T090000Z}. */
    static Instant utc(String value) {
        return LocalDateTime.parse(value.strip().substring(0, 15), LOCAL).toInstant(ZoneOffset.UTC);
    }

    /** The raw line the scan kept, or, for a feed it could not map, the value ical4j gives. */
    private static Optional<Written> written(Component vevent, String name, FeedScan.Scanned lines) {
        return lines.first(name).map(Written::of).or(() -> vevent.getProperty(name).map(Written::of));
    }

    private static LocalDateTime local(String value, boolean date) {
        String text = value.strip();
        return date ? LocalDate.parse(text.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay()
                : LocalDateTime.parse(text.substring(0, 15), LOCAL);
    }

    private static ZoneId zone(Written time, ZoneId defaultZone, int line, List<FeedWarning> warnings) {
        if (time.value().strip().toUpperCase(Locale.ROOT).endsWith("Z")) {
            return ZoneOffset.UTC;
        }
        Optional<String> tzid = time.tzid();
        if (tzid.isEmpty()) {
            if (!time.date()) {
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
