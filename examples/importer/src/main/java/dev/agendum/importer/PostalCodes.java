package dev.agendum.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The postal codes an address gives its town with, and the country each tells: Dutch ("3995 XK Rijnhuizen"),
 * British after the town ("Leeds LS2 7EQ"), Irish after the town and county ("Kilrush, Co. Clare V15 K2P8") and, in
 * a text that shows it is Belgian, Belgian ("2460 Lichtaart").
 */
final class PostalCodes {

    /** A Dutch postal code, four digits and two capitals, and its town after it: "3995 XK Rijnhuizen". */
    private static final Pattern DUTCH = Pattern.compile("(?<![\\dA-Za-z])(\\d{4}\\s?[A-Z]{2})(?![A-Za-z])[,\\s]+"
            // a town of two places joined ("Hei- en Boeicop", "Oud- en Nieuw-Gastel")
            + "((?:\\p{Lu}[\\p{L}']*- en \\p{Lu}[\\p{L}'-]+|\\p{Lu}[\\p{L}'-]+)(?:[ -](?:aan|den|de|op|\\p{Lu}[\\p{L}'-]+))*)");
    /**
     * A Belgian postal code, four digits, and its town after a comma: "Kerkplein 4, 3018 Wijgmaal", "Mont des Arts,
     * 1000 Brussels". Read only in a text that shows it is Belgian, where four digits are no Dutch code's half.
     */
    private static final Pattern BELGIAN = Pattern.compile("(?<=,\\s)(\\d{4})\\s+(\\p{Lu}[\\p{L}'-]+"
            + "(?:[ -]\\p{Lu}[\\p{L}'-]+)*)(?![\\p{L}\\d])");
    /** A Belgian postal code and town set as a line of its own, under the street: "9100 Sint-Niklaas". */
    private static final Pattern BELGIAN_LINE = Pattern.compile("^\\s*(\\d{4})\\s+(\\p{Lu}[\\p{L}'-]+"
            + "(?:[ -]\\p{Lu}[\\p{L}'-]+)*)\\s*$");
    /**
     * A British postcode after its town, the two set after a comma, a separator or on a line of their own: "41
     * Riverside Walk, Bristol BS1 6XN", "42 Dale Street · Manchester M1 2HF", "Leeds LS2 7EQ" under the street; a
     * town's small links stay in its name ("Newcastle upon Tyne NE1 3SW", "Stratford-upon-Avon", "Bishop's Stortford"),
     * and a comma may part the town from its code ("Little Hadley, IP7 5QT"). The town is group 1 and the code group 2, the other way round from a Dutch code.
     */
    private static final Pattern BRITISH = Pattern.compile("(?<=,\\s|^|[·|•]\\s)(\\p{Lu}[\\p{L}'-]+(?:[ -]"
            + "(?:(?:upon|on|under|in|le|next the|by|cum)[ -])?\\p{Lu}[\\p{L}'-]+)*),?\\s+([A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})"
            + "(?![\\p{L}\\d])");

    /** An Irish Eircode: a routing key ("V15", "D6W") and a unique identifier ("K2P8"). */
    static final String EIRCODE = "(?:[ACDEFHKNPRTVWXY]\\d{2}|D6W)\\s[ACDEFHKNPRTVWXY\\d]{4}";

    /**
     * An Irish Eircode after its town and county, the town after a comma or a separator: "14 Market Square, Kilrush,
     * Co. Clare V15 K2P8", "Presentation Road, Galway H91 T6P4"; the town is group 1 and the code group 2, as in a
     * British address.
     */
    private static final Pattern IRISH = Pattern.compile("(?<=,\\s|^|[·|•]\\s)(\\p{Lu}[\\p{L}'-]+"
            + "(?:[ -]\\p{Lu}[\\p{L}'-]+)*),?\\s*(?:Co\\.\\s+\\p{Lu}\\p{L}+,?\\s+)?(" + EIRCODE + ")(?![\\p{L}\\d])");

    private PostalCodes() {
    }

    /**
     * A postal code found: where the whole match starts, the code (a Dutch one with its space) and where it stands,
     * the town and where it stands, the country it tells and why.
     */
    record Code(int start, String code, int codeStart, int codeEnd, int townStart, int townEnd, String country,
                String why) {
    }

    /**
     * The first postal code of {@code text} and its town: Dutch, else British, else Irish, else (in a Belgian text)
     * Belgian.
     *
     * @param text        a line's text
     * @param belgianText whether the text shows it is Belgian, so that four digits are no Dutch code's half
     * @return the code, or empty
     */
    static Optional<Code> find(String text, boolean belgianText) {
        Matcher dutch = DUTCH.matcher(text);
        if (dutch.find()) {
            return Optional.of(new Code(dutch.start(), dutch.group(1).replaceAll("(\\d{4})\\s?", "$1 "), dutch.start(1),
                    dutch.end(1), dutch.start(2), dutch.end(2), "NL", "a Dutch postal code"));
        }
        Matcher british = BRITISH.matcher(text);
        if (british.find()) {
            return Optional.of(new Code(british.start(), british.group(2), british.start(2), british.end(2),
                    british.start(1), british.end(1), "GB", "a British postcode"));
        }
        Matcher irish = IRISH.matcher(text);
        if (irish.find()) {
            return Optional.of(new Code(irish.start(), irish.group(2), irish.start(2), irish.end(2),
                    irish.start(1), irish.end(1), "IE", "an Irish Eircode"));
        }
        if (!belgianText) {
            return Optional.empty();
        }
        Matcher belgian = BELGIAN.matcher(text);
        if (!belgian.find()) {
            belgian = BELGIAN_LINE.matcher(text);
            if (!belgian.find()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Code(belgian.start(), belgian.group(1), belgian.start(1), belgian.end(1),
                belgian.start(2), belgian.end(2), "BE", "a four-digit postal code in a Belgian text"));
    }

    /** Whether {@code text} holds a Dutch postal code and a town after it. */
    static boolean hasDutch(String text) {
        return DUTCH.matcher(text).find();
    }
}
