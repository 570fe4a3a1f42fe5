package dev.agendum.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sender from the lines a text opens or closes with: a masthead or a breadcrumb that sets the body's name
 * before the publication or the page ("Society for X History — Members' bulletin 2027/2", "Lectoraat X › Agenda"),
 * and a greeting from a body ("Groetjes van het buurtcomité Kasteelwijk!").
 */
final class SenderLines {

    /** The first lines of a text, where a masthead or a breadcrumb stands. */
    private static final int HEAD_LINES = 2;
    /** The most words a body's name in a masthead has. */
    private static final int MAX_WORDS = 7;

    /** A name, a dash, a bar or a breadcrumb's mark, and what follows it. */
    private static final Pattern MASTHEAD = Pattern.compile("^(\\p{Lu}[\\p{L}'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&-]*|van"
            + "|voor|de|der|den|het|en|of|for|the|and|&)){1,6})\\s+([—–|›»])\\s+(.+)$");
    /** A publication's word after the name: the masthead of a mailing, not a title "Museum Night — Programme". */
    private static final Pattern PUBLICATION = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + Lexicon.PUBLICATIONS
            + ")(?![\\p{L}])");

    /** "Groetjes van het buurtcomité X!", "Greetings from the Residents' Association": a body signs the text. */
    private static final Pattern GREETING = Pattern.compile("(?iu)^\\s*(?:groetjes|groeten|hartelijke groeten"
            + "|vriendelijke groeten|greetings|best wishes|warm regards)\\s+(?:van|from)\\s+(?:het |de |the )?"
            + "(?-i:(\\p{L}[\\p{L}'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&-]*|van|voor|de|der|het|en|of|for|the|and|&)){0,6}))"
            + "\\s*[!.]*\\s*$");

    private final Reading reading;

    SenderLines(Reading reading) {
        this.reading = reading;
    }

    /** Adds the organisers the text's masthead, breadcrumb or greeting names. */
    void read() {
        List<Line> leaves = reading.document.leaves();
        for (int i = 0; i < Math.min(HEAD_LINES, leaves.size()); i++) {
            masthead(leaves.get(i));
        }
        for (Line line : leaves) {
            Matcher greeting = GREETING.matcher(line.text());
            if (greeting.matches() && holdsBodyWord(greeting.group(1))) {
                add(line.source(greeting.start(1), greeting.end(1)));
            }
        }
    }

    private void masthead(Line line) {
        Matcher masthead = MASTHEAD.matcher(line.text().strip());
        if (!masthead.matches()) {
            return;
        }
        String name = masthead.group(1);
        boolean crumb = masthead.group(2).matches("[›»]");
        // a name set in capitals spells no one's name; a title's dash goes on to no publication
        if (name.equals(name.toUpperCase(Locale.ROOT)) || name.split("\\s+").length > MAX_WORDS
                || !holdsBodyWord(name) || !crumb && !PUBLICATION.matcher(masthead.group(3)).find()) {
            return;
        }
        int start = line.text().indexOf(name);
        add(line.source(start, start + name.length()));
    }

    private static boolean holdsBodyWord(String name) {
        for (String word : name.split("\\s+")) {
            if (Lexicon.isOrganisationWord(word)) {
                return true;
            }
        }
        return false;
    }

    private void add(Source where) {
        Found.Organisation body = reading.organisations.named(where.words(), where);
        if (reading.organisers.stream().noneMatch(o -> o.key().equals(body.key())
                || o.name().equalsIgnoreCase(body.name()))) {
            reading.organisers.add(body);
        }
    }
}
