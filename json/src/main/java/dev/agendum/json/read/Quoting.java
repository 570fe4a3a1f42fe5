package dev.agendum.json.read;

/**
 * Quotes text from a document for a message: shortened, so that a hostile value cannot flood the message, and
 * escaped, so that no control character (CR, LF, ESC…), line or paragraph separator or bidirectional override
 * reaches a terminal or log: a problem is always one line, and shows what the document holds.
 */
public final class Quoting {

    /** The most characters of document text shown in one message. */
    static final int LIMIT = 40;

    private Quoting() {
    }

    /** Returns {@code text} between single quotes, shortened to {@value #LIMIT} characters and escaped. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(Math.min(text.length(), LIMIT) + 8).append('\'');
        int end = Math.min(text.length(), LIMIT);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                quoted.append('\\').append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                quoted.append(c).append(text.charAt(++i));
            } else if (unsafe(c)) {
                quoted.append(String.format("\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (end < text.length()) {
            quoted.append('…');
        }
        return quoted.append('\'').toString();
    }

    /**
     * Returns {@code text} with every character that could break a line or move the cursor written as
     * {@code \\uXXXX}: for messages that may hold document text without quoting it (a JSON Pointer's field names,
     * a model constructor's refusal naming an id).
     */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                escaped.append(c).append(text.charAt(++i));
            } else if (unsafe(c)) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Tells whether a character could break a line, move the cursor or reorder what a terminal shows. */
    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u061C'
                || c == '\u200E' || c == '\u200F' || c == '\uFEFF' || Character.isSurrogate(c);
    }
}
