package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline a mail's body sets in capitals on a line of its own ("            BENEFIETDINER "AAN TAFEL VOOR DE
 * LINDE"", "ALGEMENE VERGADERING 2027"): the sender's name for the event, which the mail's subject ("Uitnodiging
 * benefietdiner 19 november") only refers to.
 */
final class MailHeadline {

    /** How many of the body's first lines are searched. */
    private static final int BODY_LINES = 15;
    /** The fewest letters a headline in capitals has, and the share of them set in capitals, in tenths. */
    private static final int LETTERS = 8;
    private static final int CAPITALS = 8;
    /** A line that ends a sentence or a clause, or introduces what follows: no headline. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?s).*[.,;:!?]\\s*$");

    /** A field's label before its value: "Belangrijkheid: Normaal". */
    private static final Pattern LABELLED = Pattern.compile("^[\\p{L} ]{2,30}:\\s");

    private MailHeadline() {
    }

    /**
     * The first line of {@code document}'s {@code leaves} from {@code body} on set in capitals as a headline, a
     * paragraph of its own, if the body's first lines hold one.
     */
    static Optional<Line> inCapitals(Document document, List<Line> leaves, int body) {
        for (int at = body; at < Math.min(leaves.size(), body + BODY_LINES); at++) {
            Line line = leaves.get(at);
            String text = line.text().strip();
            long letters = text.chars().filter(Character::isLetter).count();
            long upper = text.chars().filter(Character::isUpperCase).count();
            if (letters > LETTERS && upper * 10 > letters * CAPITALS && text.split("\\s+").length >= 2
                    && !CLAUSE_END.matcher(text).matches() && !TitleReader.MAIL_HEADER.matcher(text).lookingAt()
                    && !TitleCues.SEPARATOR.matcher(text).matches() && !TitleCues.neverHeadline(text)
                    && !text.contains("@") && !text.contains("://") && !LABELLED.matcher(text).lookingAt()
                    // a paragraph of its own: a letterhead's "PUBLIC AND CIVIL WORKERS' UNION" over its branch's
                    // name is the sender's
                    && (at == 0 || !HardWraps.sameParagraph(document.input(), leaves.get(at - 1), line))
                    && (at + 1 == leaves.size() || !HardWraps.sameParagraph(document.input(), line, leaves.get(at + 1)))) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
