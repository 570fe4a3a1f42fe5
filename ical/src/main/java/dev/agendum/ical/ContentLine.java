package dev.agendum.ical;

import java.util.ArrayList;
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
 * @param line       the line (from 1) the content line starts on
 * @param name       the property name in upper case
 * @param parameters the parameters by upper-case name; the first of a repeated parameter wins
 * @param value      the value exactly as written, still escaped
 */
record ContentLine(int line, String name, Map<String, String> parameters, String value) {

    /**
     * Parses an unfolded content line, or returns {@code null} for one that is not a content line: a name that is
     * empty or holds other than letters, digits and hyphens, or no colon before the value.
     */
    static ContentLine parse(int line, String text) {
        int nameEnd = 0;
        while (nameEnd < text.length() && isNameCharacter(text.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == 0 || nameEnd == text.length() || text.charAt(nameEnd) != ';' && text.charAt(nameEnd) != ':') {
            return null;
        }
        String name = upper(text.substring(0, nameEnd));
        Map<String, String> parameters = nameEnd < text.length() && text.charAt(nameEnd) == ';'
                ? new LinkedHashMap<>() : Map.of();
        int i = nameEnd;
        while (i < text.length() && text.charAt(i) == ';') {
            int equals = text.indexOf('=', i);
            int end = parameterEnd(text, i + 1);
            if (equals < 0 || equals > end) {
                i = end;
                continue;
            }
            String key = upper(text.substring(i + 1, equals).strip());
            parameters.putIfAbsent(key, decodeParameter(text.substring(equals + 1, end)));
            i = end;
        }
        if (i >= text.length() || text.charAt(i) != ':') {
            return null;
        }
        return new ContentLine(line, name, parameters.isEmpty() ? Map.of() : Map.copyOf(parameters),
                text.substring(i + 1));
    }

    private static boolean isNameCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    /** Upper-cases an ASCII name without a copy when it is upper case already, as names nearly always are. */
    private static String upper(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return name.toUpperCase(Locale.ROOT);
            }
        }
        return name;
    }

    /** Returns the parameter {@code name} (upper case), if given. */
    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** Returns the value as TEXT, unescaped as RFC 5545 section 3.3.11 says. */
    String text() {
        return unescape(value, 0, value.length());
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
        if (text.indexOf('\\', from) < 0 || text.indexOf('\\', from) >= to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
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

    private static int parameterEnd(String text, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ':')) {
                return i;
            }
        }
        return text.length();
    }

    /** Removes the quotes of a quoted value and decodes RFC 6868's {@code ^n}, {@code ^'} and {@code ^^}. */
    private static String decodeParameter(String raw) {
        String value = raw.length() >= 2 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"'
                ? raw.substring(1, raw.length() - 1) : raw;
        if (value.indexOf('^') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
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
