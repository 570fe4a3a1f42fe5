package dev.agendum.importer;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name that a plain text or a Markdown source wraps onto the next line ("georganiseerd door het
 * Kennisplatform" / "Jeugd Dichtbij in samenwerking met …"): the line with the capitalised words that open the next
 * one, read as one.
 */
final class WrappedName {

    /** The words set small inside a body's name: "Centrum voor de Kunsten", "Vereniging van Jeugdhulpaanbieders". */
    static final Set<String> JOINERS = Set.of("van", "voor", "de", "der", "den", "het", "en", "of", "for", "the",
            "and", "&", "e.o.", "aan", "op");

    /** Lines shorter than this end where the writer ended them (a label's line), not where the width did. */
    private static final int WRAP_WIDTH = 40;

    /** A word of a line and the punctuation after it. */
    private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}'&-]+)(\\p{P}*)(?=\\s|$)");

    private WrappedName() {
    }

    /**
     * Returns leaf {@code i} of a plain text or Markdown source with the capitalised words that open the next text
     * line after it (with the joiners before and between them), when it is a long text line that ends in a word;
     * otherwise the line itself. A next line that opens with an article or a label starts a sentence of its own.
     */
    static Line continued(Document document, List<Line> leaves, int i) {
        Line line = leaves.get(i);
        if (!wraps(document, leaves, i)) {
            return line;
        }
        Line next = leaves.get(i + 1);
        int run = nameEnd(next.text());
        return run > 0 ? line.joined(next.sub(0, run)) : line;
    }

    /**
     * Tells whether leaf {@code i} of a plain text or Markdown source may wrap onto the next: a long text line that
     * ends in a word, before another text line (an HTML page's lines are its blocks, never wrapped).
     */
    static boolean wraps(Document document, List<Line> leaves, int i) {
        Line line = leaves.get(i);
        String text = line.text();
        return document.format() != SourceFormat.HTML && i + 1 < leaves.size() && text.length() >= WRAP_WIDTH
                && line.kind() == Line.Kind.TEXT && Character.isLetter(text.charAt(text.length() - 1))
                && leaves.get(i + 1).kind() == Line.Kind.TEXT;
    }

    /**
     * Returns where the capitalised words that open {@code text} end, with the joiners before and between them ("van
     * het Stadspark"), up to a word set small, a comma or a stop; 0 when an article or a label opens it.
     */
    static int nameEnd(String text) {
        int end = 0;
        boolean first = true;
        for (Matcher word = WORD.matcher(text); word.find(); ) {
            String bare = word.group(1);
            if (JOINERS.contains(bare)) {
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
