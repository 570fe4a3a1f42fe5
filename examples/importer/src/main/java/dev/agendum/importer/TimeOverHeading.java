package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page's programme set as cards, each a time alone over the item's heading and its description ("6.30pm" over
 * "### Drinks reception" over "Fizz and canapés …"): the time and the heading make the item, and a description that
 * names its people is read with it.
 */
final class TimeOverHeading {

    private static final Pattern CONVERSATION = Pattern.compile("(?iu)(?<![\\p{L}])(?:in conversation with"
            + "|in gesprek met)(?![\\p{L}])");

    private TimeOverHeading() {
    }

    /** A card's parts: its time line and where the time ends, its heading, and the description read with it. */
    record Parts(Line time, int timeEnd, Line title, List<Line> more) {
    }

    /**
     * The card that opens at line {@code i}: a line that is only a time, then a heading.
     *
     * @param lines the document's lines
     * @param i     the index of the time's line
     * @return its parts, or empty when line {@code i} opens no such card
     */
    static Optional<Parts> at(List<Line> lines, int i) {
        Line line = lines.get(i);
        List<DateReader.TimeMention> times = DateReader.times(line.text());
        if (times.size() != 1 || times.get(0).start() != 0 || !line.text().substring(times.get(0).end()).isBlank()
                || i + 1 >= lines.size() || lines.get(i + 1).kind() != Line.Kind.HEADING) {
            return Optional.empty();
        }
        // a description that names who takes part, or that sets a conversation ("presenter X in conversation with Y,
        // who rowed …"), however long it goes on
        List<Line> more = i + 2 < lines.size() && lines.get(i + 2).kind() == Line.Kind.TEXT
                && (TimedLines.isMemberLine(lines.get(i + 2)) || CONVERSATION.matcher(lines.get(i + 2).text()).find())
                ? List.of(lines.get(i + 2)) : List.of();
        return Optional.of(new Parts(line, times.get(0).end(), lines.get(i + 1), more));
    }
}
