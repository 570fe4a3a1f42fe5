package dev.agendum.json.format;

import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.Quoting;
import dev.agendum.json.schema.SchemaBuilder;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The format's two kinds of time as text: local date-times in the event's zone and UTC instants. Their readers
 * accept what {@code java.time} parses as the same value within the years a feed can hold, reading the common
 * {@code 2021-01-15T14:00} form digit by digit; their schemas spell the same calendar (month lengths, leap days)
 * as patterns.
 */
final class TimeCodecs {

    /** Years 0001–9999, four digits: the years a calendar feed can hold. */
    static final String YEAR = "(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})";
    /** A month and a day that exists in it, but for 29 February. */
    private static final String MONTH_DAY = "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
            + "|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))";
    /** 29 February of a leap year: divisible by 4, and by 400 if by 100. */
    private static final String LEAP_DAY = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
            + "-02-29";
    private static final String DATE = "(" + YEAR + "-" + MONTH_DAY + "|" + LEAP_DAY + ")";
    private static final String HOUR_MINUTE = "([01][0-9]|2[0-3]):[0-5][0-9]";
    /** A local date-time: minutes, seconds or fractions as {@code java.time} parses them; written as it prints. */
    static final Codec<LocalDateTime> LOCAL_DATE_TIME = Codecs.scalar("localDateTime", "local date-time",
            () -> SchemaBuilder.node().put("description", "A local date-time in the event's zone, years 0001-9999: "
                    + "2021-01-15T14:00, with seconds and up to nine fraction digits where wanted; written as "
                    + "java.time.LocalDateTime#toString writes it (seconds only when not zero).")
                    .put("type", "string")
                    .put("pattern", "^" + DATE + "T" + HOUR_MINUTE + "(:[0-5][0-9](\\.[0-9]{1,9})?)?$"),
            TimeCodecs::localDateTime, (out, time) -> out.writeString(time.toString()));

    /** An instant in UTC, exactly as {@link Instant#toString()} writes it. */
    static final Codec<Instant> INSTANT = Codecs.scalar("instant", "UTC instant",
            () -> SchemaBuilder.node().put("description", "An instant in UTC as java.time.Instant#toString writes "
                    + "it, years 0001-9999: 2020-12-01T09:00:00Z, fractions in groups of three digits, never all zero.")
                    .put("type", "string")
                    .put("pattern", "^" + DATE + "T" + HOUR_MINUTE + ":[0-5][0-9]"
                            + "(\\.([0-9]{3}){0,2}(00[1-9]|0[1-9][0-9]|[1-9][0-9]{2}))?Z$"),
            TimeCodecs::instant, (out, instant) -> out.writeString(instant.toString()));

    private TimeCodecs() {
    }

    private static LocalDateTime localDateTime(JsonInput in) {
        String text = in.string();
        try {
            LocalDateTime minute = toTheMinute(text);
            if (minute != null) {
                return minute;
            }
            if (fourDigitYear(text)) {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
        } catch (DateTimeException e) {
            // reported below with the expected form
        }
        throw in.problem("expected a local date-time such as \"2021-01-15T14:00\" (seconds and fractions allowed; "
                + "years 0001-9999), found " + Quoting.quote(text));
    }

    /** Tells whether {@code text} starts with a year of four ASCII digits from 0001, then a hyphen. */
    private static boolean fourDigitYear(String text) {
        return text.length() > 4 && text.charAt(4) == '-' && digits(text, 0, 4) > 0;
    }

    /**
     * Reads the common form {@code uuuu-MM-ddTHH:mm} digit by digit; returns {@code null} for any other form, left
     * to the formatter (a tenth of reading).
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
        if ((year | month | day | hour | minute) < 0 || year == 0) {
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

    private static Instant instant(JsonInput in) {
        String text = in.string();
        try {
            Instant instant = Instant.parse(text);
            if (fourDigitYear(text) && instant.toString().equals(text)) {
                return instant;
            }
        } catch (DateTimeException e) {
            // reported below with the expected form
        }
        throw in.problem("expected a UTC time such as \"2020-12-01T09:00:00Z\", found " + Quoting.quote(text));
    }
}
