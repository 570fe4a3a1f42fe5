package dev.agendum.json;

import dev.agendum.model.Coded;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading of the format's scalar values: the text forms of times, zones, languages, links and codes. Each refuses
 * a value that would not be written back identically, so that reading and writing stay byte-for-byte inverse.
 */
final class Scalars {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private Scalars() {
    }

    /** Reads a non-blank string. */
    static String text(JsonInput in) {
        String text = in.string();
        if (text.isBlank()) {
            throw in.problem("must not be blank");
        }
        return text;
    }

    /** Reads a local date-time as {@link LocalDateTime#toString()} writes it ("2021-01-15T14:00"). */
    static LocalDateTime localDateTime(JsonInput in) {
        String text = in.string();
        try {
            LocalDateTime minute = toTheMinute(text);
            if (minute != null) {
                return minute;
            }
            LocalDateTime time = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            if (time.toString().equals(text)) {
                return time;
            }
        } catch (DateTimeException e) {
            // reported below with the expected form
        }
        throw in.problem("expected a local date-time such as \"2021-01-15T14:00\" (seconds only when not zero), "
                + "found " + JsonInput.quote(text));
    }

    /**
     * Reads the common form {@code uuuu-MM-ddTHH:mm} digit by digit, which {@link LocalDateTime#toString()} writes
     * back identically; returns {@code null} for any other form, left to the formatter (a tenth of reading).
     *
     * @throws DateTimeException when the digits name no date or time, such as month 13
     */
    private static LocalDateTime toTheMinute(String text) {
        if (text.length() != 16 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        if ((year | month | day | hour | minute) < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    /** Returns the number the ASCII digits in {@code [from, to)} spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Reads an instant in UTC as {@link Instant#toString()} writes it ("2020-12-01T09:00:00Z"). */
    static Instant instant(JsonInput in) {
        String text = in.string();
        try {
            Instant instant = Instant.parse(text);
            if (instant.toString().equals(text)) {
                return instant;
            }
        } catch (DateTimeException e) {
            // reported below with the expected form
        }
        throw in.problem("expected a UTC time such as \"2020-12-01T09:00:00Z\", found " + JsonInput.quote(text));
    }

    /** Reads an IANA time-zone identifier; offsets such as "+01:00" are refused, as they lose daylight saving. */
    static ZoneId zone(JsonInput in) {
        String text = in.string();
        if (!ZONES.contains(text)) {
            throw in.problem("expected an IANA time zone such as \"Europe/Amsterdam\", found " + JsonInput.quote(text));
        }
        return ZoneId.of(text);
    }

    /** Reads a well-formed BCP 47 language tag ("nl", "en-GB"). */
    static Locale languageTag(JsonInput in) {
        String text = in.string();
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text).build();
            if (!locale.getLanguage().isEmpty() && locale.toLanguageTag().equals(text)) {
                return locale;
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw in.problem("expected a language tag such as \"nl\" or \"en-GB\", found " + JsonInput.quote(text));
    }

    /** Reads a URI reference in its written form. */
    static URI uri(JsonInput in) {
        String text = in.string();
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw in.problem("expected a URI such as \"https://example.org/\", found " + JsonInput.quote(text));
        }
    }

    /** Returns a reader of {@code type}'s lower-case codes. */
    static <E extends Enum<E> & Coded> ValueReader<E> code(Class<E> type) {
        return in -> {
            String text = in.string();
            return Coded.fromCode(type, text).orElseThrow(() -> in.problem(JsonInput.quote(text)
                    + " is not one of: " + codes(type)));
        };
    }

    /** Returns {@code type}'s codes, comma-separated, in declaration order. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
