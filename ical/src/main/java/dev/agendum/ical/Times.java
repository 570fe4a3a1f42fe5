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

        /** Reads {@code DTSTART;TZID="Europe/Amsterdam":20210328T023000}, quotes and all. */
        static Written parse(String line) {
            Optional<String> tzid = Optional.empty();
            Optional<String> type = Optional.empty();
            int i = line.indexOf(';');
            int colon = valueStart(line);
            while (i >= 0 && i < colon) {
                int next = next(line, i + 1, colon);
                String parameter = line.substring(i + 1, next);
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals).toUpperCase(Locale.ROOT);
                String value = equals < 0 ? "" : parameter.substring(equals + 1).replace("\"", "");
                if (name.equals("TZID")) {
                    tzid = Optional.of(value);
                } else if (name.equals("VALUE")) {
                    type = Optional.of(value);
                }
                i = next < colon ? next : -1;
            }
            return new Written(line.substring(colon + 1), tzid, type);
        }

        static Written of(Property property) {
            return new Written(property.getValue(), EventReader.parameter(property, "TZID"),
                    EventReader.parameter(property, "VALUE"));
        }

        boolean date() {
            return type.map("DATE"::equalsIgnoreCase).orElse(false) || value.strip().length() == 8;
        }

        private static int valueStart(String line) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                quoted = c == '"' != quoted;
                if (c == ':' && !quoted) {
                    return i;
                }
            }
            return line.length();
        }

        private static int next(String line, int from, int end) {
            boolean quoted = false;
            for (int i = from; i < end; i++) {
                char c = line.charAt(i);
                quoted = c == '"' != quoted;
                if (c == ';' && !quoted) {
                    return i;
                }
            }
            return end;
        }
    }

    static Times of(Component vevent, ZoneId defaultZone, FeedScan.EventLines lines, List<FeedWarning> warnings) {
        Written dtstart = written(vevent, "DTSTART", lines)
                .orElseThrow(() -> new IllegalArgumentException("it has no DTSTART"));
        boolean allDay = dtstart.date();
        ZoneId zone = zone(dtstart, defaultZone, lines.of("DTSTART"), warnings);
        LocalDateTime start = local(dtstart.value(), allDay);
        Optional<Written> dtend = written(vevent, "DTEND", lines);
        LocalDateTime end;
        if (dtend.isPresent()) {
            ZoneId endZone = zone(dtend.get(), defaultZone, lines.of("DTEND"), List.of());
            end = local(dtend.get().value(), dtend.get().date());
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

    /** The raw line the scan kept, or, for a feed it could not map, the value ical4j gives. */
    private static Optional<Written> written(Component vevent, String name, FeedScan.EventLines lines) {
        return lines.time(name).map(Written::parse).or(() -> vevent.getProperty(name).map(Written::of));
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
