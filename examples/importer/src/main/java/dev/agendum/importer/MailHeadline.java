package dev.agendum.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a mail's announcement stands: the mail a forward passes on (under its separator), and the headline its body
 * sets in capitals on a line of its own ("            BENEFIETDINER "AAN TAFEL VOOR DE LINDE"", "ALGEMENE
 * VERGADERING 2027"), the sender's name for the event, which the mail's subject ("Uitnodiging benefietdiner 19
 * november") only refers to.
 */
final class MailHeadline {

    /** How many of the body's first lines are searched. */
    private static final int BODY_LINES = 15;
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
            if (TitleCues.setInCapitals(text) && text.split("\\s+").length >= 2
                    && !CLAUSE_END.matcher(text).matches() && !TitleReader.MAIL_HEADER.matcher(text).lookingAt()
                    && !TitleCues.SEPARATOR.matcher(text).matches() && !TitleCues.neverHeadline(text)
                    && !text.contains("@") && !text.contains("://") && !LABELLED.matcher(text).lookingAt()
                    // a paragraph of its own: a letterhead's "PUBLIC AND CIVIL WORKERS' UNION" over its branch's
                    // name is the sender's
                    && (at == 0 || !HardWraps.sameParagraph(document.input(), leaves.get(at - 1), line))
                    && (at + 1 == leaves.size()
                    || !HardWraps.sameParagraph(document.input(), line, leaves.get(at + 1)))) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /**
     * The index of the first leaf of the mail that announces: after a forward's rule at the very top, or after the
     * rule under a forwarder's own note ("Onderwerp: Fw: …" over "Onderstaande uitnodiging kreeg ik …"); else 0.
     */
    static int afterSeparator(List<Line> leaves) {
        if (leaves.isEmpty()) {
            return 0;
        }
        if (TitleCues.SEPARATOR.matcher(leaves.get(0).text()).matches()) {
            return 1;
        }
        // "Onderwerp: Fw: …" over the forwarder's own note ("Onderstaande uitnodiging kreeg ik …"): the mail under
        // the separator is the one that announces
        boolean forward = leaves.subList(0, Math.min(leaves.size(), FORWARD_HEAD)).stream()
                .anyMatch(l -> FORWARD_SUBJECT.matcher(l.text()).lookingAt());
        for (int i = 1; forward && i + 1 < Math.min(leaves.size(), FORWARD_NOTE); i++) {
            if (TitleCues.SEPARATOR.matcher(leaves.get(i).text()).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A forward's subject line: "Onderwerp: Fw: …", "Subject: Fwd: …". */
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?iu)^(?:onderwerp|subject)\\s*:\\s*(?:fw|fwd"
            + "|doorst|wg)\\s*:");
    /** The lines a forward's own header spans, and those its note and the separator may run to. */
    private static final int FORWARD_HEAD = 6;
    private static final int FORWARD_NOTE = 40;
}
