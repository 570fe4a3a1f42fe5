package dev.agendum.ical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * One content line as it grows, already folded: characters land in a reused array, each measured in UTF-8 octets,
 * and a fold (CRLF and a space, RFC 5545 section 3.1) goes in wherever the next character or escape sequence would
 * pass 75 octets, never inside a character or an escape. TEXT escaping happens in the same pass ({@link #text}):
 * this is the feed writer's hot loop, so it classifies characters through a table and copies plain runs in bulk.
 * Characters that cannot be written (control characters other than line feed and tab, noncharacters, unpaired
 * surrogates) are refused with {@link IllegalArgumentException} naming the property. Not thread-safe.
 */
final class FoldedLine {

    private static final int MAX_OCTETS = 75;

    /** For each ASCII character: 1 when TEXT writes it as it is, 0 when it is escaped or refused. */
    private static final byte[] PLAIN_TEXT = new byte[128];
    /** The same for the values of compact fields, where {@code %} and {@code &} are percent-encoded as well. */
    private static final byte[] PLAIN_FIELD;

    static {
        Arrays.fill(PLAIN_TEXT, 0x20, 0x7f, (byte) 1);
        PLAIN_TEXT['\\'] = 0;
        PLAIN_TEXT[';'] = 0;
        PLAIN_TEXT[','] = 0;
        PLAIN_FIELD = PLAIN_TEXT.clone();
        PLAIN_FIELD['%'] = 0;
        PLAIN_FIELD['&'] = 0;
    }

    private final Writer out;
    /**
     * The current line, already folded, in a reused array ({@link #length} units): appending is one array copy, where
     * a StringBuilder holding non-Latin-1 text copies character by character.
     */
    private char[] line = new char[512];
    private int length;
    /** Octets on the current physical line of {@link #line}. */
    private int octets;
    /** The property being written, for error messages. */
    private String property = "";

    FoldedLine(Writer out) {
        this.out = out;
    }

    /** Starts an empty line for {@code property}. */
    void start(String name) {
        length = 0;
        octets = 0;
        property = name;
    }

    /** The name of the property being written, for error messages. */
    String property() {
        return property;
    }

    /**
     * Appends the first {@code size} units of {@code chars} as escaped TEXT (RFC 5545 section 3.3.11), compact field
     * values also with {@code %} and {@code &} percent-encoded. Runs of plain ASCII are found by a table lookup per
     * character and then copied and folded by count; other characters are measured one by one. Escapes are appended
     * whole, never split by a fold, because naive unfolders unescape line by line.
     */
    void text(char[] chars, int size, boolean compact) {
        byte[] plain = compact ? PLAIN_FIELD : PLAIN_TEXT;
        int i = 0;
        while (i < size) {
            int end = i;
            char c = 0;
            while (end < size && (c = chars[end]) < 0x80 && plain[c] != 0) {
                end++;
            }
            if (end > i) {
                run(chars, i, end);
            }
            if (end == size) {
                return;
            }
            int width = c < 0x80 ? 0 : c < 0x800 ? (c >= 0xa0 ? 2 : 0)
                    : c < 0xd800 || c > 0xdfff && c < 0xfdd0 || c > 0xfdef && c < 0xfffe ? 3 : 0;
            if (width == 0) {
                i = special(chars, size, end, compact) + 1;
            } else {
                if (octets + width > MAX_OCTETS) {
                    fold();
                }
                append(c);
                octets += width;
                i = end + 1;
            }
        }
    }

    /** Appends {@code chars[from, to)}, one octet each, folding every time the line is full. */
    private void run(char[] chars, int from, int to) {
        int room = MAX_OCTETS - octets;
        while (to - from > room) {
            append(chars, from, room);
            fold();
            from += room;
            room = MAX_OCTETS - 1;
        }
        append(chars, from, to - from);
        octets += to - from;
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

    /**
     * Appends the character (or surrogate pair) at {@code i} unescaped, refusing what cannot be written; returns the
     * index of its last UTF-16 unit.
     */
    int character(char[] chars, int size, int i) {
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
                    + hex4(c) + " cannot be written; validate events before writing them");
        }
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(hex.length()) + hex;
    }

    /**
     * U+FFFE, U+FFFF and U+FDD0–U+FDEF are Unicode noncharacters, for a program's internal use only; parsers such
     * as ical4j's take U+FFFF for the end of input.
     */
    static boolean isNoncharacter(char c) {
        return c >= 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
    }

    /** Appends ASCII characters of ours, folding where the line is full. */
    void ascii(String text) {
        if (octets + text.length() <= MAX_OCTETS) {
            append(text);
            octets += text.length();
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            ascii(text.charAt(i));
        }
    }

    /** Appends one ASCII character of ours. */
    void ascii(char c) {
        if (octets == MAX_OCTETS) {
            fold();
        }
        append(c);
        octets++;
    }

    /**
     * Appends a whole number in decimal, at least {@code digits} digits (zeros before), folding where needed: a
     * number needs no {@code String}.
     */
    void number(int value, int digits) {
        int count = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            count++;
        }
        count = Math.max(count, digits);
        if (octets + count > MAX_OCTETS) {
            for (int unit = (int) Math.pow(10, count - 1); unit > 0; unit /= 10) {
                ascii((char) ('0' + value / unit % 10));
            }
            return;
        }
        ensure(count);
        for (int i = length + count - 1; i >= length; i--) {
            line[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        length += count;
        octets += count;
    }

    /** Appends an ASCII escape sequence whole, on the next line if it does not fit on this one. */
    void unit(String escape) {
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
            line = Arrays.copyOf(line, Math.max(length + more, line.length * 2));
        }
    }

    /** Ends the line with CRLF and writes it out. */
    void end() {
        append("\r\n");
        try {
            out.write(line, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
