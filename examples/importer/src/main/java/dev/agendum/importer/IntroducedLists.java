package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of people a sentence or a label introduces ({@link EventPeopleReader}): the role word of a sentence that ends
 * with a colon ("The panellists are:", "Alle drie de panelleden … komen:"), and the lines of a wrapped list item
 * that go on from the one above rather than naming someone new.
 */
final class IntroducedLists {

    private IntroducedLists() {
    }

    /**
     * Whether a list item's line goes on from the line above: a wrapped item's next line, with no bullet or number
     * before it in the input ("- **Professor A**, consultant … and honorary" over "  professor at …").
     */
    static boolean continuesItem(Document document, Line line) {
        String input = document.input();
        int start = Math.min(line.source().start(), input.length());
        int lineStart = input.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        return line.kind() == Line.Kind.ITEM && lineStart <= start && input.substring(lineStart, start).isBlank();
    }

    /** A word that names several people of one role: the sentence that has one introduces them. */
    private static final Pattern PLURAL_ROLE = Pattern.compile("(?iu)(?<![\\p{L}])(panelleden|panellists|panelists"
            + "|sprekers|speakers|inleiders|panel members|forumleden|auteurs|authors"
            // "In het panel zitten:", "On the panel:": the panel named for its members; "Aan tafel zitten:"
            + "|(?<=(?:in het|on the|in the) )panel|aan tafel(?=\\s+(?:zitten|zit|schuiven aan)(?![\\p{L}]))"
            // "Het panel bestaat uit vijf lijsttrekkers:", "The panel is made up of:": what the panel is
            + "|panel(?=\\s+(?:bestaat uit|wordt gevormd door|consists of|is made up of|comprises|includes)(?![\\p{L}])))"
            + "(?![\\p{L}])");

    /**
     * The role word of a sentence that ends with a colon and names one role for several people ("The speakers who
     * have said yes so far:", "Alle drie de panelleden … komen:"): the people of the list under it hold that role.
     */
    static Optional<Source> introduces(Document document, List<Line> lines, int at) {
        String text = lines.get(at).text().strip();
        if (!text.endsWith(":") || text.length() > 300) {
            return Optional.empty();
        }
        // the sentence may start a line or two higher, when its paragraph was wrapped by hand
        int first = at;
        while (first > 0 && at - first < 2 && lines.get(first - 1).kind() == Line.Kind.TEXT
                && HardWraps.sameParagraph(document.input(), lines.get(first - 1), lines.get(first))) {
            first--;
        }
        Optional<Source> word = Optional.empty();
        for (Line line : lines.subList(first, at + 1)) {
            for (Matcher plural = PLURAL_ROLE.matcher(line.text()); plural.find(); ) {
                if (word.isPresent()) {
                    return Optional.empty();   // two roles' words: the list under them is not of one
                }
                word = Optional.of(line.source(plural.start(1), plural.end(1)));
            }
        }
        if (word.isEmpty() && DISCUSS.matcher(text).find()) {
            word = panelHeading(lines, first);
        }
        return word.filter(w -> Lexicon.role(w.words()).isPresent());
    }

    /** A sentence that says the people under it talk together: "Onder leiding van X gaan in gesprek:". */
    private static final Pattern DISCUSS = Pattern.compile("(?iu)(?<![\\p{L}])(?:gaan|gaat)(?:\\s+\\p{L}+){0,2}"
            + "\\s+in gesprek\\s*:$|(?<![\\p{L}])(?:discussi[eë]ren|debatteren|in discussion|discuss|debate)\\s*:$");
    /** The panel word of a heading: "Het panel", "The panel", "Panel". */
    private static final Pattern PANEL = Pattern.compile("(?iu)^(?:(?:het|the|ons|our)\\s+)?(panel)\\s*:?$");
    /** The most lines between a panel's heading and the sentence that introduces its list. */
    private static final int HEADING_LINES = 2;

    /** The panel word of the heading right over the lines from {@code first}: the people introduced are its panel. */
    private static Optional<Source> panelHeading(List<Line> lines, int first) {
        for (int at = first - 1; at >= 0 && first - at <= HEADING_LINES; at--) {
            Line line = lines.get(at);
            if (line.kind() == Line.Kind.HEADING) {
                Matcher panel = PANEL.matcher(line.text().strip());
                return panel.matches() ? Optional.of(line.source(panel.start(1), panel.end(1))) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
