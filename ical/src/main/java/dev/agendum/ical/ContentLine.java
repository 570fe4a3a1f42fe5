package dev.agendum.ical;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One unfolded content line as written (RFC 5545 section 3.1): its name, its parameters (RFC 6868 caret encoding
 * decoded, quotes removed) and its raw value, with the line of the feed it starts on.
 *
 * <p>The reader takes Agendum's own properties from here rather than from ical4j, whose TEXT unescaping is wrong
 * for an escaped backslash before an escaped line break, and which rewrites DTSTART/DTEND values from the dates it
 * parsed (moving a local time that falls in a daylight-saving gap).
 *
 * <p>Parsing allocates little, since a feed has hundreds of thousands of lines: the line is parsed from the
 * scanner's buffer without a String of its own, a known name is shared rather than copied, and the parameters are
 * kept as written and decoded only when one is asked for (most lines have none, and most parameters are never
 * read). The first of a repeated parameter wins.
 */
final class ContentLine {

    /** The names feeds use most, shared instead of copied from every line. */
    private static final String[] KNOWN = {"BEGIN", "END", "UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION",
        "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE", "CATEGORIES", "URL", "ORGANIZER", "ATTENDEE",
        "CONTACT", "RELATED-TO", "RECURRENCE-ID", "RRULE", "RDATE", "EXDATE", "TZID", "TZOFFSETFROM", "TZOFFSETTO",
        "TZNAME", "CONFERENCE", "CREATED", "LAST-MODIFIED", "CLASS", "TRANSP", "PARTICIPANT-TYPE", "CALENDAR-ADDRESS",
        "STRUCTURED-DATA", "X-AGENDUM-EVENT", "X-AGENDUM-ITEM", "X-AGENDUM-PERSON", "X-AGENDUM-ORGANISER",
        "X-AGENDUM-CONTACT", "X-AGENDUM-PARTICIPANT", "X-AGENDUM-VENUE", "X-AGENDUM-ONLINE",
        "X-AGENDUM-REGISTRATION", "X-AGENDUM-CHANNEL", "X-AGENDUM-LINK", "X-AGENDUM-IMAGE", "X-AGENDUM-CATEGORY",
        "VERSION", "PRODID", "CALSCALE", "METHOD"};

    private final int line;
    private final String name;
    /** The parameters as written, from the first {@code ;} up to the value's colon; empty when there are none. */
    private final String parameterText;
    /** The parameters when given decoded (lines the reader makes itself); {@code null} for a parsed line. */
    private final Map<String, String> parameterMap;
    private final String value;

    /**
     * A line the reader makes itself.
     *
     * @param line       the line (from 1) the content line starts on
     * @param name       the property name in upper case
     * @param parameters the parameters by upper-case name, decoded
     * @param value      the value exactly as written, still escaped
     */
    ContentLine(int line, String name, Map<String, String> parameters, String value) {
        this(line, name, "", Map.copyOf(parameters), value);
    }

    private ContentLine(int line, String name, String parameterText, Map<String, String> parameterMap,
                        String value) {
        this.line = line;
        this.name = name;
        this.parameterText = parameterText;
        this.parameterMap = parameterMap;
        this.value = value;
    }

    /**
     * Parses an unfolded content line, or returns {@code null} for one that is not a content line: a name that is
     * empty or holds other than letters, digits and hyphens, or no colon before the value.
     */
    static ContentLine parse(int line, String text) {
        return parse(line, text.toCharArray(), text.length());
    }

    /** Parses the content line held by the first {@code length} characters of {@code text}, as above. */
    static ContentLine parse(int line, char[] text, int length) {
        int nameEnd = 0;
        while (nameEnd < length && isNameCharacter(text[nameEnd])) {
            nameEnd++;
        }
        if (nameEnd == 0 || nameEnd == length || text[nameEnd] != ';' && text[nameEnd] != ':') {
            return null;
        }
        int i = nameEnd;
        while (i < length && text[i] == ';') {
            i = parameterEnd(text, i + 1, length);
        }
        if (i >= length || text[i] != ':') {
            return null;
        }
        String parameters = i == nameEnd ? "" : new String(text, nameEnd, i - nameEnd);
        return new ContentLine(line, name(text, nameEnd), parameters, null, new String(text, i + 1, length - i - 1));
    }

    /** The line (from 1) the content line starts on. */
    int line() {
        return line;
    }

    /** The property name in upper case. */
    String name() {
        return name;
    }

    /** The value exactly as written, still escaped. */
    String value() {
        return value;
    }

    /** The parameters by upper-case name, decoded, in the order written. */
    Map<String, String> parameters() {
        if (parameterMap != null) {
            return parameterMap;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parameterText.length(); ) {
            int end = parameterEnd(parameterText, i + 1);
            int equals = parameterText.indexOf('=', i);
            if (equals >= 0 && equals < end) {
                parameters.putIfAbsent(parameterText.substring(i + 1, equals).strip().toUpperCase(Locale.ROOT),
                        decodeParameter(parameterText, equals + 1, end));
            }
            i = end;
        }
        return Collections.unmodifiableMap(parameters);
    }

    /** Returns the parameter {@code name} (upper case), if given: found in the text as written, decoded then. */
    Optional<String> parameter(String name) {
        if (parameterMap != null) {
            return Optional.ofNullable(parameterMap.get(name));
        }
        for (int i = 0; i < parameterText.length(); ) {
            int end = parameterEnd(parameterText, i + 1);
            int equals = parameterText.indexOf('=', i);
            if (equals >= 0 && equals < end && isKey(parameterText, i + 1, equals, name)) {
                return Optional.of(decodeParameter(parameterText, equals + 1, end));
            }
            i = end;
        }
        return Optional.empty();
    }

    /** Tells whether {@code text[from, to)}, stripped, is {@code key} ignoring ASCII case. */
    private static boolean isKey(String text, int from, int to, String key) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from == key.length() && text.regionMatches(true, from, key, 0, key.length());
    }

    /** Returns the value as TEXT, unescaped as RFC 5545 section 3.3.11 says. */
    String text() {
        return unescape(value, 0, value.length());
    }

    /**
     * Returns the first {@code length} characters of the value as TEXT, or {@code null} when the TEXT is shorter;
     * {@code separated} tells whether the TEXT ends there or goes on with two line feeds. Only that much is
     * unescaped, so reading the start of a long DESCRIPTION does not copy the rest.
     */
    String textPrefix(int length, boolean[] separated) {
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        int n = value.length();
        while (i < n && out.length() < length) {
            char c = value.charAt(i++);
            if (c == '\\' && i < n) {
                char next = value.charAt(i++);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        if (out.length() < length) {
            return null;
        }
        separated[0] = i == n || isLineFeed(i) && isLineFeed(i + 2);
        return out.toString();
    }

    /** Whether an escaped line feed ({@code \n} or {@code \N}) is written at {@code i} of the value. */
    private boolean isLineFeed(int i) {
        return i + 1 < value.length() && value.charAt(i) == '\\'
                && (value.charAt(i + 1) == 'n' || value.charAt(i + 1) == 'N');
    }

    /** Returns the value as a list of TEXT values, split at unescaped commas (CATEGORIES). */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                texts.add(unescape(value, from, i));
                from = i + 1;
            }
        }
        texts.add(unescape(value, from, value.length()));
        return texts;
    }

    /** {@code \\}, {@code \;}, {@code \,} keep the character; {@code \n} and {@code \N} are line feeds. */
    static String unescape(String text, int from, int to) {
        int backslash = text.indexOf('\\', from);
        if (backslash < 0 || backslash >= to) {
            return from == 0 && to == text.length() ? text : text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        out.append(text, from, backslash);
        for (int i = backslash; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return line + ":" + name + parameters() + ":" + value;
    }

    private static boolean isNameCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    /** The name in upper case: a known one shared, another one copied. */
    private static String name(char[] text, int length) {
        for (String known : KNOWN) {
            if (known.length() == length && matches(text, known)) {
                return known;
            }
        }
        return new String(text, 0, length).toUpperCase(Locale.ROOT);
    }

    private static boolean matches(char[] text, String known) {
        for (int i = 0; i < known.length(); i++) {
            char c = text[i];
            if ((c >= 'a' && c <= 'z' ? (char) (c - 32) : c) != known.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int parameterEnd(char[] text, int from, int length) {
        boolean quoted = false;
        for (int i = from; i < length; i++) {
            char c = text[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ':')) {
                return i;
            }
        }
        return length;
    }

    private static int parameterEnd(String text, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                return i;
            }
        }
        return text.length();
    }

    /** Removes the quotes of a quoted value and decodes RFC 6868's {@code ^n}, {@code ^'} and {@code ^^}. */
    private static String decodeParameter(String text, int from, int to) {
        if (to - from >= 2 && text.charAt(from) == '"' && text.charAt(to - 1) == '"') {
            from++;
            to--;
        }
        int caret = text.indexOf('^', from);
        if (caret < 0 || caret >= to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char next = i + 1 < to ? text.charAt(i + 1) : 0;
            if (c == '^' && (next == 'n' || next == '\'' || next == '^')) {
                out.append(next == 'n' ? '\n' : next == '\'' ? '"' : '^');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
