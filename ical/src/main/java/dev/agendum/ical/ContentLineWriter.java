package dev.agendum.ical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;

/**
 * Writes RFC 5545 content lines: escapes text (section 3.3.11) and parameter values (section 3.2, with RFC 6868
 * caret encoding), folds every line at 75 octets of UTF-8 without splitting a character (section 3.1), and ends
 * lines with CRLF.
 *
 * <p>This is the only place iCalendar text is produced, so it is the only place injection must be prevented:
 * text and parameter values can hold no CR, LF or other control character once written (line feeds in text become
 * {@code \n}, in parameters {@code ^n}; every other control character is refused), and URIs are written only when
 * they hold no character that could end a line or a value. Not thread-safe: one writer per feed.
 */
final class ContentLineWriter {

    private static final int MAX_OCTETS = 75;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    /** Lines are copied out through this buffer: {@code Writer.append(CharSequence, …)} would copy each piece. */
    private char[] buffer = new char[256];
    private String property = "";

    ContentLineWriter(Writer out) {
        this.out = out;
    }

    /** Writes {@code BEGIN:name}. */
    void begin(String component) {
        start("BEGIN").raw(component).end();
    }

    /** Writes {@code END:name}. */
    void end(String component) {
        start("END").raw(component).end();
    }

    /** Starts a property line; add parameters, then one value method, then {@link #end()}. */
    ContentLineWriter start(String name) {
        line.setLength(0);
        property = name;
        line.append(name);
        return this;
    }

    /** Adds a parameter whose value is a fixed token of ours ({@code VALUE=DATE}), written as is. */
    ContentLineWriter token(String name, String value) {
        line.append(';').append(name).append('=').append(value);
        return this;
    }

    /**
     * Adds a parameter with a value from the event: caret-encoded (RFC 6868) and quoted unless it is a plain token,
     * so that it cannot end the parameter, the parameter list or the line. A tab is refused like
     * other control characters: RFC 5545 allows it here, but ical4j takes it for a separator (found by fuzzing).
     */
    ContentLineWriter param(String name, String value) {
        line.append(';').append(name).append('=');
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            // Anything but a plain token is quoted: RFC 5545 needs it only for ; : , but ical4j also splits an
            // unquoted value at = (found by fuzzing), and a quoted value is always valid.
            quote = !(Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '+' || c == '-' || c == '.');
        }
        if (quote) {
            line.append('"');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '^' -> line.append("^^");
                case '"' -> line.append("^'");
                case '\n' -> line.append("^n");
                default -> {
                    if (Character.isSurrogate(c)) {
                        int end = pairEnd(value, i);
                        line.append(value, i, end + 1);
                        i = end;
                    } else {
                        line.append(checked(c, value));
                    }
                }
            }
        }
        if (quote) {
            line.append('"');
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
        line.append(':');
        appendText(value);
        end();
    }

    /** Ends the line with several TEXT values separated by commas (CATEGORIES). */
    void texts(Iterable<String> values) {
        line.append(':');
        boolean first = true;
        for (String value : values) {
            if (!first) {
                line.append(',');
            }
            appendText(value);
            first = false;
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
        raw(text).end();
    }

    /**
     * Ends the line with a {@code mailto:} URI of an e-mail address, checked like {@link #uri} without building a
     * {@code java.net.URI}: feeds write one per participant, and the validator has checked the address's form.
     */
    void mailto(String email) {
        line.append(":mailto:");
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c <= ' ' || c == '"' || c >= 0x7f) {
                throw new IllegalArgumentException(property + ": an e-mail address may not contain spaces, quotes, "
                        + "control or non-ASCII characters");
            }
        }
        line.append(email);
        end();
    }

    /** Ends the line with a value of ours (a date-time, a number, a code) that needs no escaping. */
    void value(String value) {
        raw(value).end();
    }

    private ContentLineWriter raw(String value) {
        line.append(':').append(value);
        return this;
    }

    /** Appends escaped text, copying runs of plain characters at once: this loop is the writer's hot path. */
    private void appendText(String value) {
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '\\' && c != ';' && c != ',' && (c < 0x7f || c >= 0xa0)
                    && !Character.isSurrogate(c) && c < 0xfdd0) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                i = pairEnd(value, i);
                continue;
            }
            line.append(value, run, i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case ';' -> line.append("\\;");
                case ',' -> line.append("\\,");
                case '\n' -> line.append("\\n");
                case '\t' -> line.append('\t');
                default -> line.append(checked(c, value));
            }
            run = i + 1;
        }
        line.append(value, run, value.length());
    }

    /** Returns the index of the low half of the surrogate pair at {@code i}, refusing an unpaired surrogate. */
    private int pairEnd(String value, int i) {
        if (Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1))) {
            return i + 1;
        }
        throw new IllegalArgumentException(property + ": an unpaired surrogate is not valid Unicode");
    }

    private char checked(char c, String value) {
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || isNoncharacter(c)) {
            throw new IllegalArgumentException(property + ": control character or noncharacter U+" + String.format("%04X", (int) c)
                    + " cannot be written; validate events before writing them");
        }
        return c;
    }

    /**
     * U+FFFE, U+FFFF and U+FDD0–U+FDEF are Unicode noncharacters, for a program's internal use only; parsers such
     * as ical4j's take U+FFFF for the end of input.
     */
    static boolean isNoncharacter(char c) {
        return c >= 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
    }

    /** Writes the line, folded at 75 octets between whole code points, and CRLF. */
    private void end() {
        if (buffer.length < line.length()) {
            buffer = new char[Math.max(line.length(), buffer.length * 2)];
        }
        line.getChars(0, line.length(), buffer, 0);
        try {
            if (line.length() <= MAX_OCTETS / 3) {
                // No character takes more than three octets per UTF-16 unit: such a line never folds.
                out.write(buffer, 0, line.length());
                out.write("\r\n");
                return;
            }
            int octets = 0;
            int from = 0;
            for (int i = 0; i < line.length(); ) {
                char c = line.charAt(i);
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < line.length()
                        && Character.isLowSurrogate(line.charAt(i + 1)))) {
                    throw new IllegalArgumentException(property + ": an unpaired surrogate is not valid Unicode");
                }
                int width = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
                int chars = width == 4 ? 2 : 1;
                if (c == '\\' && i + 1 < line.length()) {
                    // Keep an escape pair on one line: naive unfolders unescape line by line.
                    width = 2;
                    chars = 2;
                }
                if (octets + width > MAX_OCTETS) {
                    out.write(buffer, from, i - from);
                    out.write("\r\n ");
                    from = i;
                    octets = 1;
                }
                octets += width;
                i += chars;
            }
            out.write(buffer, from, line.length() - from);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
