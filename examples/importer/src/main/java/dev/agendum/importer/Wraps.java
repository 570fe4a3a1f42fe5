package dev.agendum.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a hard-wrapped plain text (a press release, a PDF's text, a mail wrapped at 72 columns) breaks a line in
 * the middle of a name or a bracket: "Dagvoorzitter is Sharon" over "Mulder.", "door dr." over "Carla Beumer",
 * "met Yusuf Aydın (wethouder" over "Jeugd, gemeente Zwolle), …". Such a line goes on on the next one, and the two
 * are read as one; a break anywhere else stays a line's end, since lines of a list, a card or a timetable are
 * short and stand apart on purpose.
 */
final class Wraps {

    /** A wrapped line runs on for some width; a short one is a list's or a card's line, set apart on purpose. */
    private static final int WIDTH = 30;
    /** A timetable's or a list's line starts a line of its own: "14.30 …", "- …", "Datum: …". */
    private static final Pattern OWN_LINE = Pattern.compile("(?u)^(?:\\d{1,2}[.:]\\d{2}|[-*•▪►]|[\\p{L} ]{2,30}:)");
    /** The last word of a line: what a break after it may cut. */
    private static final Pattern LAST_WORD = Pattern.compile("(?u)(\\S+)$");

    private Wraps() {
    }

    /** Tells whether the line break between {@code line} and {@code next}, consecutive in the input, cuts a name. */
    static boolean cuts(Line line, Line next) {
        String text = line.text();
        String after = next.text();
        if (line.kind() == Line.Kind.ROW || next.kind() != Line.Kind.TEXT || text.length() < WIDTH
                || after.isEmpty() || OWN_LINE.matcher(after).lookingAt()) {
            return false;
        }
        java.util.regex.Matcher last = LAST_WORD.matcher(text);
        String word = last.find() ? last.group(1) : "";
        String bare = word.replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
        boolean capitalNext = Character.isUpperCase(after.charAt(0));
        if (capitalNext && (GivenNames.isGivenName(word) || Lexicon.HONORIFICS.contains(bare))) {
            return true;   // "… journalist Maartje" over "Groen, …", "… door dr." over "Carla Beumer …"
        }
        if (capitalNext && RunWords.isDeterminer(word)) {
            return true;   // "… chaired by our" over "Chaplain, the Revd …": a determiner ends no sentence
        }
        if (word.chars().allMatch(Character::isLetter) && Character.isLowerCase(word.charAt(0))
                && startsWithName(after)) {
            return true;   // "… door" over "Fenna de Haan en Ruben Smits": the sentence goes on with a name
        }
        // "… (wethouder" over "Jeugd, gemeente Zwolle), …": a bracket the next line closes
        return open(text) > 0 && after.indexOf(')') >= 0
                && (after.indexOf('(') < 0 || after.indexOf(')') < after.indexOf('('));
    }

    private static boolean startsWithName(String text) {
        int end = NameFinder.wordEndIn(text, 0);
        String first = text.substring(0, end).replaceAll("[,;:)(]+$", "");
        return GivenNames.isGivenName(first)
                || Lexicon.HONORIFICS.contains(first.replaceAll("\\.$", "").toLowerCase(Locale.ROOT));
    }

    /** How many brackets the text leaves open. */
    private static int open(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            open += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return open;
    }
}
