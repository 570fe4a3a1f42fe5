package dev.agendum.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat app's exported conversation: WhatsApp's "05/02/2027, 12:30 - Niamh Gallagher: CLUB NIGHT" (or, from an
 * iPhone, "[05/02/2027, 12:30:41] Niamh Gallagher: …"). Each message's stamp and sender are the app's, not the
 * announcement's words: the stamp is when a message was sent, never when the event is, and the sender's name opens
 * every line as no label would. The app's own lines ("Messages and calls are end-to-end encrypted", "X created group
 * …", "&lt;Media omitted&gt;", "This message was deleted", and their Dutch forms) are no one's words at all.
 */
final class ChatExport {

    /** A message's stamp: a numeric date, a comma, a clock time, and WhatsApp's dash or an iPhone's brackets. */
    private static final Pattern STAMP = Pattern.compile("^\\[?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4},?\\s+"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[aApP]\\.?[mM]\\.?)?\\]?\\s*(?:[-–]\\s*)?");
    /** The sender before the message: a name (of at most five words, {@link #wordsFrom} checks), a colon, a space. */
    private static final String SENDER_WORDS = "[^:\\s][^:]{0,60}?:\\s+";
    private static final Pattern SENDER = Pattern.compile("^" + SENDER_WORDS);
    /** A message's stamp and sender, "14/02/27 18:42 - Lotte Vermeulen: ", as a line of any text may open with. */
    static final Pattern MESSAGE_HEAD = Pattern.compile(STAMP.pattern() + SENDER_WORDS);
    /** The most words of a message's headline. */
    private static final int HEADLINE_WORDS = 8;
    /** What the app writes in a message's place. */
    private static final Pattern NOTICE = Pattern.compile("(?iu)^(?:<(?:media omitted|media weggelaten|bijlage"
            + " weggelaten|attached: .*)>|this message was deleted|you deleted this message|dit bericht is"
            + " verwijderd|je hebt dit bericht verwijderd|null)$");
    /** The most words of a sender's name. */
    private static final int SENDER_NAME_WORDS = 5;
    /** Messages stamped so that the text is an export: three at least. */
    private static final int MESSAGES = 3;

    private ChatExport() {
    }

    /** Whether {@code input} is an exported chat: at least three of its lines open with a message's stamp. */
    static boolean exported(String input) {
        int stamped = 0;
        for (String line : input.split("\n", -1)) {
            if (STAMP.matcher(line).lookingAt() && ++stamped >= MESSAGES) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a message's own words start in {@code raw}, one line of an exported chat: after the stamp and the
     * sender on a message's first line, at 0 on the lines a message runs on to; -1 for a line the app wrote (a
     * notice without a sender, or a message's placeholder), which is no one's words.
     */
    static int wordsFrom(String raw) {
        Matcher stamp = STAMP.matcher(raw);
        if (!stamp.lookingAt()) {
            return 0;
        }
        String rest = raw.substring(stamp.end());
        Matcher sender = SENDER.matcher(rest);
        if (!sender.lookingAt() || sender.group().strip().split("\\s+").length > SENDER_NAME_WORDS) {
            return -1;
        }
        String words = rest.substring(sender.end());
        return NOTICE.matcher(words.strip()).matches() ? -1 : stamp.end() + sender.end();
    }

    /** A message's opening words set as its headline: at most eight words, no sentence's end, no label's colon. */
    private static final Pattern HEADLINE = Pattern.compile("^[^\\p{L}\\p{N}]*+((?:[\\p{L}\\p{N}][^\\s.!?:]*"
            + "(?:\\s+|$)){1," + HEADLINE_WORDS + "}?)[^\\p{L}\\p{N}]*$");

    /** A line set in the app's bold, "*INFOAVOND CHIROWEEKEND* 🏕️🔥": a headline wherever it stands. */
    private static final Pattern BOLD = Pattern.compile("^[^\\p{L}\\p{N}*]*\\*([^*]{2,80})\\*[^\\p{L}\\p{N}*]*$");

    /**
     * The headline in {@code words}, a line of an exported chat, as a span that leaves out the emoji around it: a
     * line set in bold, or a message's first line ({@code opens}) of at most eight words that ends no sentence and
     * runs on to the next line of the same message (a line without a stamp right under it, in {@code input} after
     * {@code lineEnd}): "📣 CLUB NIGHT 📣" over "Friday 19th February, 8pm in the clubhouse".
     */
    static Optional<int[]> headline(String input, int lineEnd, String words, boolean opens) {
        Matcher bold = BOLD.matcher(words);
        if (bold.matches() && bold.group(1).strip().split("\\s+").length <= HEADLINE_WORDS) {
            int from = bold.start(1) + (bold.group(1).length() - bold.group(1).stripLeading().length());
            return Optional.of(new int[] {from, from + bold.group(1).strip().length()});
        }
        int next = lineEnd + 1;
        if (!opens || next >= input.length()) {
            return Optional.empty();
        }
        int nextEnd = input.indexOf('\n', next);
        String below = input.substring(next, nextEnd < 0 ? input.length() : nextEnd);
        Matcher headline = HEADLINE.matcher(words);
        if (below.isBlank() || STAMP.matcher(below).lookingAt() || !headline.matches()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {headline.start(1), headline.start(1) + headline.group(1).strip().length()});
    }
}
