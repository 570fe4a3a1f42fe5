package dev.agendum.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text hard-wrapped at a fixed width (a plain-text mail wrapped at 72 columns, a press release, a PDF's text, a
 * Markdown source typed that way), and the questions the readers ask of its line breaks. Such a text breaks its
 * sentences where the width runs out, not where they end, so a line may go on on the next one:
 * <ul>
 * <li>a break that cuts a name or a bracket ({@link #cutsName}): "Dagvoorzitter is Sharon" over "Mulder.";</li>
 * <li>a cue's sentence left open at the line's end ({@link #wrapped}, {@link #continues}, {@link #openSentence},
 * {@link #cueGoesOn}): "… Aanmelden" over "kan tot 1 juni via …";</li>
 * <li>a body's name going on onto the next line ({@link #nameGoesOn}, {@link #withWrappedName}): "georganiseerd
 * door het Kennisplatform" over "Jeugd Dichtbij in samenwerking met …".</li>
 * </ul>
 * A break anywhere else stays a line's end: the lines of a list, a card or a timetable are short and stand apart on
 * purpose. What counts as "long" differs per question, hence three widths. Two lines read as one are joined with
 * {@link Line#joined}, each character keeping its offset.
 */
final class HardWraps {

    /**
     * A line at least this long may have a name cut at its end. The cut itself is told by the words around the break
     * (a given name, an honorific, an open bracket), which a list's or a card's line seldom ends with, so this width
     * only keeps out the shortest lines.
     */
    private static final int NAME_CUT_WIDTH = 30;
    /**
     * A line at least this long may wrap a body's name onto the next: the capitalised words of the next line are
     * read on, a surer sign than a lower-case word, so a line need not reach a sentence's width; shorter lines end
     * where the writer ended them (a label's line).
     */
    private static final int BODY_NAME_WIDTH = 40;
    /**
     * A line at least this long was broken at the text's width: a sentence left open at its end goes on below. A
     * shorter line that ends open is a label ("Aanmelden") over its value, and nothing but the length tells it apart.
     */
    static final int SENTENCE_WIDTH = 60;

    /** A line whose sentence goes on: it ends in a word, a comma or a bracket, or in "tel." before its number. */
    private static final Pattern OPEN_END = Pattern.compile("(?iu)(?:[\\p{L}\\d,):]|(?<![\\p{L}])tel\\.)$");
    /** A blank line in the input: the end of a paragraph. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\r?\\n");
    /** A row of columns set apart by runs of spaces, not prose. */
    private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");
    /** A timetable's or a list's line starts a line of its own: "14.30 …", "- …", "Datum: …". */
    private static final Pattern OWN_LINE =
            Pattern.compile("(?u)^(?:\\d{1,2}[.:]\\d{2}|[-*•▪►]|[\\p{L} ]{2,30}:)");
    /** A line that ends in a time and the word that opens its range's end: "… van 10.00 tot", "from 7pm to". */
    private static final Pattern RANGE_OPEN = Pattern.compile("(?iu)\\d(?:[.:]\\d{2})?\\s*(?:uur|u|am|pm)?\\s+"
            + "(?:tot|to|until|till)\\s*$");
    /** The last word of a line: what a break after it may cut. */
    private static final Pattern LAST_WORD = Pattern.compile("(?u)(\\S+)$");
    /** A word of a line and the punctuation after it. */
    private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}'&-]+)(\\p{P}*)(?=\\s|$)");

    private HardWraps() {
    }

    // --- the paragraph and the open end -----------------------------------------------------------------------

    /**
     * Whether {@code next} goes on in the paragraph of {@code previous}: no blank line parts them in the input, and
     * {@code previous} is prose, not a row of columns set apart by runs of spaces.
     */
    static boolean sameParagraph(String input, Line previous, Line next) {
        return sameBlock(input, previous, next) && !COLUMNS.matcher(previous.text()).find();
    }

    /** Whether no blank line parts {@code previous} and {@code next} in the input: lines of one block. */
    static boolean sameBlock(String input, Line previous, Line next) {
        int from = previous.source().end();
        int to = next.source().start();
        return from <= to && to <= input.length() && !BLANK_LINE.matcher(input.substring(from, to)).find();
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
        int from = Math.max(Math.max(lastFullStop(text), text.lastIndexOf("? ")), text.lastIndexOf("! "));
        return text.substring(from + 1);
    }

    /**
     * The open sentence that ends the paragraph's text before line {@code i}, read back over as many as {@code lines}
     * wrapped lines while none of them ends or starts a sentence: "… Afmelden of vragen graag bij" / "onze secretaris,
     * Yvonne Bakker, via" before the line of her address.
     */
    static String openSentenceBefore(String input, List<Line> leaves, int i, int lines) {
        String open = "";
        for (int k = i - 1; k >= Math.max(0, i - lines) && sameParagraph(input, leaves.get(k), leaves.get(k + 1)); k--) {
            String part = openSentence(leaves.get(k));
            if (part.isEmpty()) {
                break;
            }
            open = part + " " + open;
            if (part.length() < leaves.get(k).text().strip().length()) {
                break;   // the sentence starts on this line
            }
        }
        return open.strip();
    }

    /**
     * Leaf {@code i} joined with the next when a plain text's or Markdown's paragraph wraps from it onto the next
     * ("De avond is ook live te" / "volgen via …"), so that words set over the wrap are read as one; the leaf itself
     * otherwise, and always on an HTML page, whose lines are its blocks.
     */
    static Line withNext(Document document, List<Line> leaves, int i) {
        return i + 1 < leaves.size() && document.format() != SourceFormat.HTML
                && sameParagraph(document.input(), leaves.get(i), leaves.get(i + 1))
                ? leaves.get(i).joined(leaves.get(i + 1)) : leaves.get(i);
    }

    /** A word with a full stop inside it or a lone letter: "a.i.", "o.a.", "e.g.", "J.": an abbreviation's stop. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?u)(?:^|\\s)(?:\\p{L}{1,3}\\.)+\\p{L}{1,3}$|(?:^|\\s)"
            + "\\p{L}$");

    /** The last ". " that ends a sentence, not an abbreviation ("bij secretaris a.i. Wietske Haan:"); -1 if none. */
    private static int lastFullStop(String text) {
        int at = text.lastIndexOf(". ");
        while (at > 0 && ABBREVIATION.matcher(text.substring(0, at)).find()) {
            at = text.lastIndexOf(". ", at - 1);
        }
        return at;
    }

    // --- does a cue's sentence go on --------------------------------------------------------------------------

    /**
     * Whether a line was broken at a text's width rather than where its paragraph ends: it is long ({@link
     * #SENTENCE_WIDTH}) or ends in a comma, and its sentence goes on.
     */
    static boolean wrapped(Line line) {
        String open = openSentence(line);
        // "Aanmelden graag vóór 10 maart bij Riet Swinkels," over "telefoon 073 …": a comma leaves its clause open
        return !open.isEmpty() && (line.text().strip().length() >= SENTENCE_WIDTH || LINKING_END.matcher(open).find()
                || open.endsWith(","));
    }

    /**
     * A sentence that ends in a word no sentence ends in ("Request a place at", "Aanmelden kan via"): it goes on below
     * however short its line, which a long link or address after it may have cut early.
     */
    private static final Pattern LINKING_END = Pattern.compile("(?iu)\\s(?:at|via|on|to|op|naar|bij|met|with|the|de"
            + "|het|een|an)$");

    /** Whether a line goes on with a sentence begun above it: it opens in lower case, or with a number. */
    static boolean continues(Line line) {
        String text = line.text().strip();
        return !text.isEmpty() && (Character.isLowerCase(text.charAt(0)) || Character.isDigit(text.charAt(0))
                || text.charAt(0) == '+');
    }

    /**
     * Whether the sentence {@code previous} leaves open goes on on {@code line}, the next line of text in the same
     * paragraph of {@code input}: "… Aanmelden" over "kan tot 1 juni via …".
     */
    static boolean cueGoesOn(String input, Line previous, Line line) {
        return line.kind() == Line.Kind.TEXT && wrapped(previous) && continues(line)
                && sameParagraph(input, previous, line);
    }

    // --- does the break cut a name ----------------------------------------------------------------------------

    /**
     * Tells whether the line break between {@code line} and {@code next}, consecutive in the input, cuts a name or a
     * bracket, so that the two are read as one: "… is Sharon" over "Mulder.", "door dr." over "Carla Beumer", "met
     * Yusuf Aydın (wethouder" over "Jeugd, gemeente Zwolle), …".
     */
    static boolean cutsName(Line line, Line next) {
        String text = line.text();
        String after = next.text();
        if (line.kind() == Line.Kind.ROW || next.kind() != Line.Kind.TEXT || text.length() < NAME_CUT_WIDTH
                || after.isEmpty()) {
            return false;
        }
        if (RANGE_OPEN.matcher(text).find() && cutsDate(text, after)) {
            return true;   // "… op zaterdag 16 oktober, van 10.00 tot" over "13.00 uur, in …": one range of times
        }
        if (OWN_LINE.matcher(after).lookingAt()) {
            return false;
        }
        if (cutsDate(text, after)) {
            return true;   // "… van vrijdag 4 juni tot en met" over "zondag 6 juni 2027, op …": one range of days
        }
        Matcher last = LAST_WORD.matcher(text);
        String word = last.find() ? last.group(1) : "";
        boolean capitalNext = Character.isUpperCase(after.charAt(0));
        if (capitalNext && opensName(word)) {
            return true;   // "… journalist Maartje" over "Groen, …", "… door dr." over "Carla Beumer …"
        }
        if (capitalNext && RunWords.isDeterminer(word)) {
            return true;   // "… chaired by our" over "Chaplain, the Revd …": a determiner ends no sentence
        }
        if (word.chars().allMatch(Character::isLetter) && Character.isLowerCase(word.charAt(0))
                && startsWithName(after)) {
            return true;   // "… door" over "Fenna de Haan en Ruben Smits": the sentence goes on with a name
        }
        if (after.startsWith("(") && after.indexOf(')') > 0 && endsWithName(text)) {
            return true;   // "Panellists: Sam Okafor (Gridwell Energy), Lena Hartmann" over "(Baltic Freight …) and …"
        }
        // "… (wethouder" over "Jeugd, gemeente Zwolle), …": a bracket the next line closes
        return openBrackets(text) > 0 && after.indexOf(')') >= 0
                && (after.indexOf('(') < 0 || after.indexOf(')') < after.indexOf('('));
    }

    /**
     * Whether a date or a range of times of the two lines read as one runs across the break between them: "van
     * vrijdag 4 juni tot en met" over "zondag 6 juni", "van 10.00 tot" over "13.00 uur".
     */
    private static boolean cutsDate(String text, String after) {
        String joined = text + " " + after;
        return DateReader.dates(joined).stream().anyMatch(d -> d.start() < text.length() && d.end() > text.length())
                || DateReader.times(joined).stream().anyMatch(t -> t.to().isPresent() && t.start() < text.length()
                && t.end() > text.length() + 1);
    }

    /** Whether a line ends with a person's name: its last two or three words read as one. */
    private static boolean endsWithName(String text) {
        NameFinder names = new NameFinder(text);
        int end = text.stripTrailing().length();
        for (Pattern last : LAST_WORDS) {
            Matcher words = last.matcher(text);
            if (words.find() && names.at(words.start()).filter(n -> n.end() == end).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A line's last two, then last three words. */
    private static final List<Pattern> LAST_WORDS = List.of(Pattern.compile("(?<!\\S)\\S+\\s+\\S+\\s*$"),
            Pattern.compile("(?<!\\S)\\S+\\s+\\S+\\s+\\S+\\s*$"));

    private static boolean startsWithName(String text) {
        int end = NameFinder.wordEndIn(text, 0);
        return opensName(NameFinder.withoutTrailingMarks(text.substring(0, end)));
    }

    /** Whether a word opens a person's name: a given name, or an honorific ("dr.", "Revd"). */
    private static boolean opensName(String word) {
        return GivenNames.isGivenName(word)
                || Lexicon.HONORIFICS.contains(word.replaceAll("\\.$", "").toLowerCase(Locale.ROOT));
    }

    /** How many brackets the text leaves open. */
    private static int openBrackets(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            open += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return open;
    }

    // --- does a body's name go on -----------------------------------------------------------------------------

    /**
     * Returns leaf {@code i} of a plain text or Markdown source with the capitalised words that open the next text
     * line after it (with the joiners before and between them), when {@link #nameGoesOn} holds; otherwise the line
     * itself. A next line that opens with an article or a label starts a sentence of its own.
     */
    static Line withWrappedName(Document document, List<Line> leaves, int i) {
        Line line = leaves.get(i);
        if (!nameGoesOn(document, leaves, i)) {
            return line;
        }
        Line next = leaves.get(i + 1);
        int run = nameEnd(next.text());
        return run > 0 ? line.joined(next.sub(0, run)) : line;
    }

    /**
     * Tells whether leaf {@code i} of a plain text or Markdown source may wrap a body's name onto the next: a long
     * ({@link #BODY_NAME_WIDTH}) text line that ends in a word, before another text line (an HTML page's lines are
     * its blocks, never wrapped).
     */
    static boolean nameGoesOn(Document document, List<Line> leaves, int i) {
        Line line = leaves.get(i);
        String text = line.text();
        return document.format() != SourceFormat.HTML && i + 1 < leaves.size() && text.length() >= BODY_NAME_WIDTH
                && line.kind() == Line.Kind.TEXT && Character.isLetter(text.charAt(text.length() - 1))
                && leaves.get(i + 1).kind() == Line.Kind.TEXT;
    }

    /**
     * Returns where the capitalised words that open {@code text} end, with the joiners before and between them ("van
     * het Stadspark", {@link Bodies#JOINERS}), up to a word set small, a comma or a stop; 0 when an article or a label
     * opens it.
     */
    static int nameEnd(String text) {
        int end = 0;
        boolean first = true;
        for (Matcher word = WORD.matcher(text); word.find(); ) {
            String bare = word.group(1);
            if (Bodies.JOINERS.contains(bare)) {
                continue;
            }
            // an article or a label opens a sentence; a body's word ("Stichting", "Huurdersvereniging") a name
            if (!Character.isUpperCase(bare.charAt(0)) || first && Lexicon.isNotName(bare)
                    && !Lexicon.isOrganisationWord(bare)) {
                break;
            }
            first = false;
            end = word.end(1);
            if (!word.group(2).isEmpty()) {
                break;   // "Jeugdhulpaanbieders. Dagvoorzitter is …": the stop ends the name
            }
        }
        return end;
    }
}
