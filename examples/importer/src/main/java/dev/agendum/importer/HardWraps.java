package dev.agendum.importer;

import java.util.regex.Pattern;

/**
 * Tells where a hard-wrapped text goes on over a line break: a plain-text mail or a PDF's text breaks its sentences
 * at a fixed width, so a cue ("Aanmelden", "Vragen: …, tel.") can end one line and its address open the next.
 */
final class HardWraps {

    /** A line whose sentence goes on: it ends in a word, a comma or a bracket, or in "tel." before its number. */
    private static final Pattern OPEN_END = Pattern.compile("(?iu)(?:[\\p{L}\\d,)]|(?<![\\p{L}])tel\\.)$");

    private HardWraps() {
    }

    /**
     * Whether a line was broken at a text's width rather than where its paragraph ends: it is long, and its sentence
     * goes on. A short line that ends open is a label ("Aanmelden") over its value, not half a sentence.
     */
    static boolean wrapped(Line line) {
        return line.text().strip().length() >= 60 && !openSentence(line).isEmpty();
    }

    /**
     * Whether {@code next} goes on in the paragraph of {@code previous}: no blank line parts them in the input, and
     * {@code previous} is prose, not a row of columns set apart by runs of spaces.
     */
    static boolean sameParagraph(String input, Line previous, Line next) {
        int from = previous.source().end();
        int to = next.source().start();
        return from <= to && to <= input.length() && !BLANK_LINE.matcher(input.substring(from, to)).find()
                && !COLUMNS.matcher(previous.text()).find();
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\r?\\n");
    private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");

    /** Whether a line goes on with a sentence begun above it: it opens in lower case, or with a number. */
    static boolean continues(Line line) {
        String text = line.text().strip();
        return !text.isEmpty() && (Character.isLowerCase(text.charAt(0)) || Character.isDigit(text.charAt(0))
                || text.charAt(0) == '+');
    }

    /**
     * The words of the sentence {@code previous} leaves open at its end, to be read on with the line after it.
     *
     * @param previous a line of text
     * @return its last sentence, or "" when the line ends its sentence
     */
    static String openSentence(Line previous) {
        String text = previous.text().strip();
        if (previous.kind() != Line.Kind.TEXT || !OPEN_END.matcher(text).find()) {
            return "";
        }
        int from = Math.max(Math.max(text.lastIndexOf(". "), text.lastIndexOf("? ")), text.lastIndexOf("! "));
        return text.substring(from + 1);
    }
}
