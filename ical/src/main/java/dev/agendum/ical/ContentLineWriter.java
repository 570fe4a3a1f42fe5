package dev.agendum.ical;

import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes RFC 5545 content lines: escapes text (section 3.3.11) and parameter values (section 3.2, with RFC 6868
 * caret encoding), folds every line at 75 octets of UTF-8 without splitting a character or an escape sequence
 * (section 3.1), and ends lines with CRLF. Folding happens as characters are appended, in the same single pass
 * that escapes them ({@link FoldedLine}, the writer's hot loop).
 *
 * <p>This is the only place iCalendar text is produced, so it is the only place injection must be prevented:
 * text and parameter values can hold no CR, LF or other control character once written. A line feed in text becomes
 * {@code \n}, in a parameter {@code ^n}, and a tab in text is kept; every other control character, CR included,
 * noncharacters and unpaired surrogates are refused with {@link IllegalArgumentException} naming the property,
 * although the {@code EventValidator} reports them before any writing. A CR is never dropped or turned into a line
 * feed, not even in CRLF: the writer never changes a text, and a CR at the end of one text would otherwise pair with
 * the line feed the next one starts with (found by fuzzing). URIs are written only when they hold no character
 * that could end a line or a value.
 *
 * <p>Besides TEXT, a line may carry <em>compact fields</em> ({@link #field}): {@code key=value} pairs joined by
 * {@code &}, each value with {@code %} and {@code &} percent-encoded and then escaped as TEXT, so that any
 * RFC 5545 parser gives back the fields, and {@link Fields} the values, exactly. Not thread-safe: one writer per
 * feed.
 */
final class ContentLineWriter {

    /** What RFC 6068 lets stand in an address besides letters and digits: unreserved and some sub-delims. */
    private static final String MAILTO_SAFE = "-._~!$'()*+";
    private static final String HEX = "0123456789ABCDEF";

    private final FoldedLine line;
    /** The text being escaped, copied out of its String once. */
    private char[] text = new char[256];
    /** How many compact fields the current line holds. */
    private int fields;

    ContentLineWriter(Writer out) {
        this.line = new FoldedLine(out);
    }

    /** Writes {@code BEGIN:name}. */
    void begin(String component) {
        start("BEGIN").value(component);
    }

    /** Writes {@code END:name}. */
    void end(String component) {
        start("END").value(component);
    }

    /** Starts a property line; add parameters, then one value method. */
    ContentLineWriter start(String name) {
        line.start(name);
        fields = 0;
        line.ascii(name);
        return this;
    }

    /** Adds a parameter whose value is a fixed ASCII token of ours ({@code VALUE=DATE}), written as is. */
    ContentLineWriter token(String name, String value) {
        line.ascii(';');
        line.ascii(name);
        line.ascii('=');
        line.ascii(value);
        return this;
    }

    /**
     * Adds a parameter with a value from the event: caret-encoded (RFC 6868) and quoted unless it is a plain token,
     * so that it cannot end the parameter, the parameter list or the line. Quoted although RFC 5545 needs it only
     * for {@code ; : ,}: ical4j also splits an unquoted value at {@code =} (found by fuzzing). A tab is refused like
     * other control characters: RFC 5545 allows it here, but ical4j takes it for a separator (found by fuzzing).
     */
    ContentLineWriter param(String name, String value) {
        line.ascii(';');
        line.ascii(name);
        line.ascii('=');
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = !(Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '+' || c == '-' || c == '.');
        }
        if (quote) {
            line.ascii('"');
        }
        char[] chars = copy(value);
        for (int i = 0; i < value.length(); i++) {
            switch (chars[i]) {
                case '^' -> line.unit("^^");
                case '"' -> line.unit("^'");
                case '\n' -> line.unit("^n");
                default -> i = line.character(chars, value.length(), i);
            }
        }
        if (quote) {
            line.ascii('"');
        }
        return this;
    }

    /**
     * Adds a parameter like {@link #param}, unless the value is not {@link #portable}. Used for names (CN, LABEL)
     * that the feed also states in full elsewhere, so nothing is lost.
     */
    ContentLineWriter portableParam(String name, String value) {
        return portable(value) ? param(name, value) : this;
    }

    /** Tells whether {@code c} is a Unicode noncharacter, which is never written ({@link FoldedLine}). */
    static boolean isNoncharacter(char c) {
        return FoldedLine.isNoncharacter(c);
    }

    /**
     * Tells whether a parameter value reads the same in the parsers we check: RFC 5545 lets a quoted value carry a
     * backslash, and RFC 6868 encodes a double quote as {@code ^'} and a line feed as {@code ^n}, but ical4j reads
     * {@code \"} as an escaped quote and fails on both caret encodings (all found by fuzzing).
     */
    static boolean portable(String value) {
        return value.indexOf('\\') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0;
    }

    /** Ends the line with a TEXT value: backslash, semicolon, comma and line feed escaped. */
    void text(String value) {
        line.ascii(':');
        appendText(value, false);
        line.end();
    }

    /**
     * Ends the line with the TEXT value {@code prefix + number + separator + suffix} ({@code number} not negative),
     * without building that string: a participant's UID.
     */
    void text(String prefix, int number, String separator, String suffix) {
        line.ascii(':');
        appendText(prefix, false);
        line.number(number, 1);
        appendText(separator, false);
        appendText(suffix, false);
        line.end();
    }

    /** Ends the line with a TEXT value assembled by the writer, escaped like {@link #text(String)}. */
    void text(TextBuffer value) {
        line.ascii(':');
        line.text(value.chars(), value.length(), false);
        line.end();
    }

    /** Ends the line with several TEXT values separated by commas (CATEGORIES). */
    void texts(Iterable<String> values) {
        line.ascii(':');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                line.ascii(',');
            }
            appendText(value, false);
            first = false;
        }
        line.end();
    }

    /**
     * Adds a compact field {@code key=value} to the value of the line (the first one starts the value); end the
     * line with {@link #endFields()}. {@code key} is a fixed ASCII token of ours; {@code value} is any text.
     */
    ContentLineWriter field(String key, String value) {
        key(key);
        appendText(value, true);
        return this;
    }

    /** Adds a compact field whose value is {@code tag:text}: one language of a localised text. */
    ContentLineWriter field(String key, String tag, String text) {
        key(key);
        line.ascii(tag);
        line.ascii(':');
        appendText(text, true);
        return this;
    }

    /**
     * Adds a compact field holding a local date-time as {@link LocalDateTime#toString()} gives it
     * ({@code 2021-04-02T10:00}, seconds and fractions only when not zero), without building that string.
     */
    ContentLineWriter field(String key, LocalDateTime time) {
        key(key);
        iso(time);
        return this;
    }

    /** Adds a compact field holding a local date-time, as {@link #field(String, LocalDateTime)}, when present. */
    ContentLineWriter optionalTime(String key, java.util.Optional<LocalDateTime> time) {
        return time.isPresent() ? field(key, time.get()) : this;
    }

    /** Adds a compact field holding a whole number. */
    ContentLineWriter field(String key, int number) {
        key(key);
        signed(number);
        return this;
    }

    private void signed(int number) {
        if (number == Integer.MIN_VALUE) {
            line.ascii("-2147483648");
            return;
        }
        if (number < 0) {
            line.ascii('-');
        }
        line.number(Math.abs(number), 1);
    }

    private void key(String key) {
        line.ascii(fields++ == 0 ? ':' : '&');
        line.ascii(key);
        line.ascii('=');
    }

    /** Ends a line of compact fields. */
    void endFields() {
        if (fields == 0) {
            line.ascii(':');
        }
        line.end();
    }

    /** Ends the line with a URI value, refused if it holds a character that could end the line or value. */
    void uri(URI value) {
        String text = value.toASCIIString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '"' || c == 0x7f) {
                throw new IllegalArgumentException(line.property() + ": a URI may not contain spaces, quotes or "
                        + "control characters");
            }
        }
        value(text);
    }

    /**
     * Ends the line with a {@code mailto:} URI of an e-mail address, written as RFC 6068 section 2 requires: letters,
     * digits and {@code -._~!$'()*+} as they are, the {@code @} before the domain too, and every other character
     * percent-encoded as UTF-8 ({@code x{|}@b.cd} becomes {@code mailto:x%7B%7C%7D@b.cd}), so that every address the
     * validator accepts is a URI ical4j, ical.js and python's icalendar read. No {@code java.net.URI} is built: feeds
     * write one per participant.
     *
     * @throws IllegalArgumentException when the address holds a control character or an unpaired surrogate
     */
    void mailto(String email) {
        int at = email.lastIndexOf('@');
        line.ascii(":mailto:");
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c < ' ' || c == 0x7f || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < email.length() && Character.isLowSurrogate(email.charAt(i + 1))))) {
                throw new IllegalArgumentException(line.property() + ": an e-mail address may not contain control "
                        + "characters or unpaired surrogates");
            }
            if (i == at || (c < 0x80 && MAILTO_SAFE.indexOf(c) >= 0) || (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                line.ascii(c);
            } else {
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                for (byte b : email.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    line.unit(new String(new char[] {'%', HEX.charAt((b >> 4) & 0xf), HEX.charAt(b & 0xf)}));
                }
                i = end - 1;
            }
        }
        line.end();
    }

    /**
     * Ends the line with a local DATE-TIME value, {@code 20210402T100000} (RFC 5545 section 3.3.5), digit by digit:
     * a formatter per property showed in the writer's profile. Refuses a year iCalendar's four digits cannot hold.
     */
    void dateTime(LocalDateTime time) {
        line.ascii(':');
        basic(time);
        line.end();
    }

    /** Ends the line with a UTC DATE-TIME value, {@code 20210402T080000Z}. */
    void utc(Instant instant) {
        line.ascii(':');
        basic(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        line.ascii('Z');
        line.end();
    }

    /** Ends the line with a DATE value, {@code 20210402}. */
    void dateValue(LocalDate date) {
        line.ascii(':');
        date(date);
        line.end();
    }

    private void basic(LocalDateTime time) {
        date(time.toLocalDate());
        line.ascii('T');
        line.number(time.getHour(), 2);
        line.number(time.getMinute(), 2);
        line.number(time.getSecond(), 2);
    }

    private void date(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException(line.property() + ": year " + date.getYear()
                    + " cannot be written; iCalendar dates have four digits");
        }
        line.number(date.getYear(), 4);
        line.number(date.getMonthValue(), 2);
        line.number(date.getDayOfMonth(), 2);
    }

    /** Appends {@link LocalDateTime#toString()}'s text: {@code 2021-04-02T10:00}, {@code 2021-04-02T10:00:30.5}. */
    private void iso(LocalDateTime time) {
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            line.ascii(time.toString());
            return;
        }
        line.number(year, 4);
        line.ascii('-');
        line.number(time.getMonthValue(), 2);
        line.ascii('-');
        line.number(time.getDayOfMonth(), 2);
        line.ascii('T');
        line.number(time.getHour(), 2);
        line.ascii(':');
        line.number(time.getMinute(), 2);
        int nano = time.getNano();
        if (time.getSecond() > 0 || nano > 0) {
            line.ascii(':');
            line.number(time.getSecond(), 2);
        }
        if (nano > 0) {
            line.ascii('.');
            if (nano % 1_000_000 == 0) {
                line.number(nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                line.number(nano / 1000, 6);
            } else {
                line.number(nano, 9);
            }
        }
    }

    /** Ends the line with an ASCII value of ours (a date-time, a number, a code) that needs no escaping. */
    void value(String value) {
        line.ascii(':');
        line.ascii(value);
        line.end();
    }

    /** Ends the line with a whole number ({@code SEQUENCE}), without a {@code String}. */
    void value(int number) {
        line.ascii(':');
        signed(number);
        line.end();
    }

    /** Appends escaped text, folding as it goes, through one bulk copy of the string. */
    private void appendText(String value, boolean compact) {
        line.text(copy(value), value.length(), compact);
    }

    /**
     * Copies {@code value} into the reused text array and returns it: one bulk copy, then plain array reads, as
     * String.charAt per character costs a bounds and coder check.
     */
    private char[] copy(String value) {
        int size = value.length();
        if (text.length < size) {
            text = new char[Math.max(size, text.length * 2)];
        }
        value.getChars(0, size, text, 0);
        return text;
    }
}
