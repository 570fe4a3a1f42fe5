package dev.agendum.ical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes RFC 5545 content lines: escapes text (section 3.3.11) and parameter values (section 3.2, with RFC 6868
 * caret encoding), folds every line at 75 octets of UTF-8 without splitting a character or an escape sequence
 * (section 3.1), and ends lines with CRLF. Folding happens as characters are appended, in the same single pass
 * that escapes them: this is the writer's hot loop.
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

    private static final int MAX_OCTETS = 75;

    private final Writer out;
    /**
     * The current line, already folded, in a reused array ({@link #length} units): appending is one array copy, where
     * a StringBuilder holding non-Latin-1 text copies character by character.
     */
    private char[] line = new char[512];
    private int length;
    /** Octets on the current physical line of {@link #line}. */
    private int octets;
    /** The text being escaped, copied out of its String once. */
    private char[] text = new char[256];
    private String property = "";
    /** How many compact fields the current line holds. */
    private int fields;

    ContentLineWriter(Writer out) {
        this.out = out;
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
        length = 0;
        octets = 0;
        fields = 0;
        property = name;
        ascii(name);
        return this;
    }

    /** Adds a parameter whose value is a fixed ASCII token of ours ({@code VALUE=DATE}), written as is. */
    ContentLineWriter token(String name, String value) {
        ascii(';');
        ascii(name);
        ascii('=');
        ascii(value);
        return this;
    }

    /**
     * Adds a parameter with a value from the event: caret-encoded (RFC 6868) and quoted unless it is a plain token,
     * so that it cannot end the parameter, the parameter list or the line. Quoted although RFC 5545 needs it only
     * for {@code ; : ,}: ical4j also splits an unquoted value at {@code =} (found by fuzzing). A tab is refused like
     * other control characters: RFC 5545 allows it here, but ical4j takes it for a separator (found by fuzzing).
     */
    ContentLineWriter param(String name, String value) {
        ascii(';');
        ascii(name);
        ascii('=');
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = !(Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '+' || c == '-' || c == '.');
        }
        if (quote) {
            ascii('"');
        }
        char[] chars = copy(value);
        for (int i = 0; i < value.length(); i++) {
            switch (chars[i]) {
                case '^' -> unit("^^");
                case '"' -> unit("^'");
                case '\n' -> unit("^n");
                default -> i = character(chars, value.length(), i);
            }
        }
        if (quote) {
            ascii('"');
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
        ascii(':');
        appendText(value, false);
        end();
    }

    /** Ends the line with a TEXT value assembled by the writer, escaped like {@link #text(String)}. */
    void text(TextBuffer value) {
        ascii(':');
        appendText(value.chars(), value.length(), false);
        end();
    }

    /** Ends the line with several TEXT values separated by commas (CATEGORIES). */
    void texts(Iterable<String> values) {
        ascii(':');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                ascii(',');
            }
            appendText(value, false);
            first = false;
        }
        end();
    }

    /**
     * Adds a compact field {@code key=value} to the value of the line (the first one starts the value); end the
     * line with {@link #endFields()}. {@code key} is a fixed ASCII token of ours; {@code value} is any text.
     */
    ContentLineWriter field(String key, String value) {
        ascii(fields++ == 0 ? ':' : '&');
        ascii(key);
        ascii('=');
        appendText(value, true);
        return this;
    }

    /** Adds a compact field whose value is {@code tag:text}: one language of a localised text. */
    ContentLineWriter field(String key, String tag, String text) {
        field(key, "");
        ascii(tag);
        ascii(':');
        appendText(text, true);
        return this;
    }

    /** Ends a line of compact fields. */
    void endFields() {
        if (fields == 0) {
            ascii(':');
        }
        end();
    }

    /** Ends the line with a URI value, refused if it holds a character that could end the line or value. */
    void uri(URI value) {
        String text = value.toASCIIString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '"' || c == 0x7f) {
                throw new IllegalArgumentException(property + ": a URI may not contain spaces, quotes or control "
                        + "characters");
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
        ascii(":mailto:");
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c < ' ' || c == 0x7f || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < email.length() && Character.isLowSurrogate(email.charAt(i + 1))))) {
                throw new IllegalArgumentException(property + ": an e-mail address may not contain control "
                        + "characters or unpaired surrogates");
            }
            if (i == at || (c < 0x80 && MAILTO_SAFE.indexOf(c) >= 0) || (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                ascii(c);
            } else {
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                for (byte b : email.substring(i, end).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    unit(new String(new char[] {'%', HEX.charAt((b >> 4) & 0xf), HEX.charAt(b & 0xf)}));
                }
                i = end - 1;
            }
        }
        end();
    }

    /** What RFC 6068 lets stand in an address besides letters and digits: unreserved and some sub-delims. */
    private static final String MAILTO_SAFE = "-._~!$'()*+";
    private static final String HEX = "0123456789ABCDEF";

    /**
     * Ends the line with a local DATE-TIME value, {@code 20210402T100000} (RFC 5545 section 3.3.5), digit by digit:
     * a formatter per property showed in the writer's profile. Refuses a year iCalendar's four digits cannot hold.
     */
    void dateTime(LocalDateTime time) {
        ascii(':');
        date(time.toLocalDate());
        ascii('T');
        digits(time.getHour(), 2);
        digits(time.getMinute(), 2);
        digits(time.getSecond(), 2);
        end();
    }

    /** Ends the line with a UTC DATE-TIME value, {@code 20210402T080000Z}. */
    void utc(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        ascii(':');
        date(time.toLocalDate());
        ascii('T');
        digits(time.getHour(), 2);
        digits(time.getMinute(), 2);
        digits(time.getSecond(), 2);
        ascii('Z');
        end();
    }

    /** Ends the line with a DATE value, {@code 20210402}. */
    void dateValue(LocalDate date) {
        ascii(':');
        date(date);
        end();
    }

    private void date(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException(property + ": year " + date.getYear()
                    + " cannot be written; iCalendar dates have four digits");
        }
        digits(date.getYear(), 4);
        digits(date.getMonthValue(), 2);
        digits(date.getDayOfMonth(), 2);
    }

    private void digits(int value, int count) {
        for (int unit = count == 4 ? 1000 : 10; unit > 0; unit /= 10) {
            ascii((char) ('0' + value / unit % 10));
        }
    }

    /** Ends the line with an ASCII value of ours (a date-time, a number, a code) that needs no escaping. */
    void value(String value) {
        ascii(':');
        ascii(value);
        end();
    }

    /**
     * Appends escaped text, folding as it goes. Plain characters are only measured (UTF-8 octets) and copied in
     * runs; escapes are appended whole, never split by a fold, because naive unfolders unescape line by line.
     */
    private void appendText(String value, boolean compact) {
        appendText(copy(value), value.length(), compact);
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

    /** Appends the first {@code size} units of {@code chars} as escaped text: the loop of every text written. */
    private void appendText(char[] chars, int size, boolean compact) {
        int run = 0;
        for (int i = 0; i < size; i++) {
            char c = chars[i];
            int width;
            if (c >= 0x20 && c < 0x7f && c != '\\' && c != ';' && c != ',' && !(compact && (c == '%' || c == '&'))) {
                width = 1;
            } else if (c >= 0xa0 && c < 0x800) {
                width = 2;
            } else if (c >= 0x800 && c < 0xd800 || c > 0xdfff && c < 0xfdd0 || c > 0xfdef && c < 0xfffe) {
                width = 3;
            } else {
                append(chars, run, i - run);
                i = special(chars, size, i, compact);
                run = i + 1;
                continue;
            }
            if (octets + width > MAX_OCTETS) {
                append(chars, run, i - run);
                fold();
                run = i;
            }
            octets += width;
        }
        append(chars, run, size - run);
    }

    /** Appends a character that is escaped, encoded or refused; returns the index of its last UTF-16 unit. */
    private int special(char[] chars, int size, int i, boolean compact) {
        char c = chars[i];
        switch (c) {
            case '\\' -> unit("\\\\");
            case ';' -> unit("\\;");
            case ',' -> unit("\\,");
            case '\n' -> unit("\\n");
            case '\t' -> unit("\t");
            default -> {
                if (compact && c == '%') {
                    unit("%25");
                } else if (compact && c == '&') {
                    unit("%26");
                } else {
                    return character(chars, size, i);
                }
            }
        }
        return i;
    }

    /** Appends the character (or surrogate pair) at {@code i}, refusing what cannot be written; returns its end. */
    private int character(char[] chars, int size, int i) {
        char c = chars[i];
        if (Character.isSurrogate(c)) {
            int end = pairEnd(chars, size, i);
            if (octets + 4 > MAX_OCTETS) {
                fold();
            }
            append(c);
            append(chars[end]);
            octets += 4;
            return end;
        }
        checked(c);
        int width = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (octets + width > MAX_OCTETS) {
            fold();
        }
        append(c);
        octets += width;
        return i;
    }

    /** Returns the index of the low half of the surrogate pair at {@code i}, refusing an unpaired surrogate. */
    private int pairEnd(char[] chars, int size, int i) {
        if (Character.isHighSurrogate(chars[i]) && i + 1 < size && Character.isLowSurrogate(chars[i + 1])) {
            return i + 1;
        }
        throw new IllegalArgumentException(property + ": an unpaired surrogate is not valid Unicode");
    }

    private void checked(char c) {
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || isNoncharacter(c)) {
            throw new IllegalArgumentException(property + ": control character or noncharacter U+"
                    + String.format("%04X", (int) c) + " cannot be written; validate events before writing them");
        }
    }

    /**
     * U+FFFE, U+FFFF and U+FDD0–U+FDEF are Unicode noncharacters, for a program's internal use only; parsers such
     * as ical4j's take U+FFFF for the end of input.
     */
    static boolean isNoncharacter(char c) {
        return c >= 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
    }

    /** Appends ASCII characters of ours, folding where the line is full. */
    private void ascii(String text) {
        if (octets + text.length() <= MAX_OCTETS) {
            append(text);
            octets += text.length();
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            ascii(text.charAt(i));
        }
    }

    private void ascii(char c) {
        if (octets == MAX_OCTETS) {
            fold();
        }
        append(c);
        octets++;
    }

    /** Appends an ASCII escape sequence whole, on the next line if it does not fit on this one. */
    private void unit(String escape) {
        if (octets + escape.length() > MAX_OCTETS) {
            fold();
        }
        append(escape);
        octets += escape.length();
    }

    /** Starts a continuation line: CRLF and one space (RFC 5545 section 3.1). */
    private void fold() {
        append("\r\n ");
        octets = 1;
    }

    private void append(char[] chars, int from, int count) {
        ensure(count);
        System.arraycopy(chars, from, line, length, count);
        length += count;
    }

    private void append(String text) {
        ensure(text.length());
        text.getChars(0, text.length(), line, length);
        length += text.length();
    }

    private void append(char c) {
        ensure(1);
        line[length++] = c;
    }

    private void ensure(int more) {
        if (length + more > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(length + more, line.length * 2));
        }
    }

    /** Writes the folded line and CRLF. */
    private void end() {
        append("\r\n");
        try {
            out.write(line, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
