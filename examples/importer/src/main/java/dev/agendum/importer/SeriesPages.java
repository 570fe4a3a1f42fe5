package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A series' page or README that names its coming edition: "## Volgende editie: Borrel #23", or a label over the
 * coming session's own heading ("Next in the series – online seminar" over "Sediment on the move: …"). The coming
 * edition is the event; the page's first heading names the series.
 */
final class SeriesPages {

    /** The longest line read as a label over the coming session's heading. */
    private static final int LABEL = 60;

    private SeriesPages() {
    }

    /**
     * The line that names a series' coming edition: a heading that names it after its label ("## Volgende editie:
     * Borrel #23"), or the heading under a short label that announces it ("Next in the series"); empty when none does.
     */
    static Optional<Line> in(List<Line> leaves) {
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            if (line.kind() == Line.Kind.HEADING && TitleCues.NEXT_EDITION.matcher(line.text().strip()).lookingAt()) {
                return Optional.of(line);
            }
            // "Next in the series – online seminar" over the seminar's own heading: that heading names it
            // a listing's "Music · Festival spotlight" over a badge ("SOLD OUT – waiting list open") and the name
            int name = i + 1 < leaves.size() && BADGE.matcher(leaves.get(i + 1).text()).lookingAt() ? i + 2 : i + 1;
            if (line.text().strip().length() <= LABEL && NEXT_IN_SERIES.matcher(line.text().strip()).lookingAt()
                    && name < leaves.size() && named(leaves.get(name))) {
                return Optional.of(leaves.get(name));
            }
        }
        return Optional.empty();
    }

    /**
     * A label over the coming or highlighted session's own name: "Next in the series", "Volgende lezing", a mailing's
     * "THIS MONTH'S HIGHLIGHT".
     */
    private static final Pattern NEXT_IN_SERIES = Pattern.compile("(?iu)^\\W*(?:[\\p{L} ]{2,20}\\s[·|]\\s)?"
            + "(?:next in the series|next (?:seminar"
            + "|talk|lecture|session|meetup|event)|up next|coming next|volgende (?:lezing|sessie|bijeenkomst|avond)"
            + "|eerstvolgende (?:lezing|sessie|bijeenkomst|avond)|" + SpotlightSection.WORDS + ")(?:\\s*[–—:|-].*)?$");

    /** A card's badge between its label and its name: "SOLD OUT – waiting list open", "Uitverkocht", "New". */
    private static final Pattern BADGE = Pattern.compile("(?iu)^\\W*(?:sold out|uitverkocht|volgeboekt|fully booked"
            + "|few (?:tickets|places) left|last tickets|laatste (?:kaarten|plaatsen)|new|nieuw)(?![\\p{L}])");

    /** The longest line read as a name set under such a label. */
    private static final int NAME = 80;

    /** Whether a line names the session: a heading, or a short line that gives no date and ends no sentence. */
    private static boolean named(Line line) {
        String text = line.text().strip();
        return line.kind() == Line.Kind.HEADING || line.kind() == Line.Kind.TEXT && text.length() <= NAME
                && text.contains(" ") && DateReader.dates(text).isEmpty() && !text.endsWith(".");
    }
}
