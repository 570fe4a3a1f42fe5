package dev.agendum.importer;

import java.util.regex.Pattern;

/**
 * How a sentence of a prose programme may end, beside what {@link Line#numberEndsSentence} tells of a number: a
 * time that ends it ("We starten om 19u30. Eerst legt …").
 */
final class ProgrammeLines {

    /** A time as a token of its own: "19u30", "20.00", "9:30". */
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[.:u]\\d{2}");

    private ProgrammeLines() {
    }

    /**
     * Tells whether the dot at {@code dot} ends a sentence of several words that ends in a time, the next sentence
     * starting with a capital: "We starten om 19u30. Eerst …".
     */
    static boolean timeEndsSentence(String text, int sentenceStart, int dot) {
        int token = dot;
        while (token > sentenceStart && !Character.isWhitespace(text.charAt(token - 1))) {
            token--;
        }
        return token > sentenceStart && dot + 2 < text.length() && Character.isUpperCase(text.charAt(dot + 2))
                && TIME.matcher(text.substring(token, dot)).matches()
                && text.substring(sentenceStart, token).strip().split("\\s+").length >= 2;
    }
}
