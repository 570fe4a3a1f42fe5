package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page whose first heading is its publisher's name, over the site's menu ("# Natuurvereniging Het Drentse
 * Heideland" over "[Home](…) | [Excursies](…) | …"): the event's own heading is the next one under the menu.
 */
final class SiteHeading {

    /** A menu line: three links or more set apart by bars or dots. */
    private static final Pattern MENU = Pattern.compile("^[^|·]+(?:\\s[|·]\\s[^|·]+){2,}$");
    /** How many lines under the menu the event's heading is looked for. */
    private static final int REACH = 4;

    private SiteHeading() {
    }

    /** The heading under the menu, when {@code title} is a body's name set over the site's menu; else empty. */
    static Optional<Line> under(List<Line> leaves, Line title) {
        int at = leaves.indexOf(title);
        String[] words = title.text().strip().split("\\s+");
        if (title.kind() != Line.Kind.HEADING || at < 0 || at + 1 >= leaves.size() || words.length < 2
                || !Lexicon.isOrganisationWord(words[0]) || !MENU.matcher(leaves.get(at + 1).text().strip()).matches()) {
            return Optional.empty();
        }
        return leaves.subList(at + 2, Math.min(leaves.size(), at + 2 + REACH)).stream()
                .filter(l -> l.kind() == Line.Kind.HEADING).findFirst();
    }
}
