package dev.agendum.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            + "|voor|de|der|den|het|en|of|for|the|and|&|'\\d{2})){1,6})\\s+([—–|›»·])\\s+(.+)$");
    /** The lines under a closing where the sender's names stand. */
    private static final int SIGNATURE_LINES = 4;
    /** A body's name alone on its line: capitalised words and the words set small inside names. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'&-]*|van|voor|de|der"
            + "|den|het|en|of|for|the|and|&))*");
    /** An address or a number: a contact line, no name. */
    private static final Pattern CONTACT = Pattern.compile("@|\\d{2}|https?:|www\\.");

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
        for (int i = 0; i + 1 < leaves.size(); i++) {
            if (ContactReader.SIGN_OFF.matcher(leaves.get(i).text().strip()).matches()) {
                signature(leaves.subList(i + 1, Math.min(leaves.size(), i + 1 + SIGNATURE_LINES)));
            } else if (ContactReader.heading(leaves.get(i))) {
                // "Contact / Dienst Openbare Werken / openbarewerken@…": the desk a contact block names is a body
                String block = leaves.get(i + 1).text();
                int broken = block.indexOf('\n');
                if (broken > 0 && CONTACT.matcher(block.substring(broken)).find()) {
                    body(leaves.get(i + 1), 0, broken);   // an HTML block whose lines a <br> breaks
                } else if (i + 2 < leaves.size() && CONTACT.matcher(leaves.get(i + 2).text()).find()) {
                    body(leaves.get(i + 1), 0, block.length());
                }
            }
        }
        for (Line line : leaves) {
            Matcher greeting = GREETING.matcher(line.text());
            if (greeting.matches() && holdsBodyWord(greeting.group(1))) {
                add(line.source(greeting.start(1), greeting.end(1)));
            }
        }
    }

    /**
     * "Kind regards, / Research Data Office / Brabant University": a closing signed by a body, not by a person, names
     * the body on each line of a body's name under it; under a person's name the bodies are the person's.
     */
    private void signature(List<Line> lines) {
        for (Line line : lines) {
            if (CONTACT.matcher(line.text()).find() || !body(line, 0, line.text().length())) {
                return;   // the signature's address lines, or a person's name, end the body's names
            }
        }
    }

    /** Adds the body a line names alone, its words capitalised and one of them a body's word; tells if it did. */
    private boolean body(Line line, int from, int to) {
        String text = line.text().substring(from, to).strip();
        if (NAME.matcher(text).matches() && !text.equals(text.toUpperCase(Locale.ROOT)) && holdsBodyWord(text)
                && text.split("\\s+").length <= MAX_WORDS) {
            int start = line.text().indexOf(text, from);
            add(line.source(start, start + text.length()));
            return true;
        }
        return false;
    }

    private void masthead(Line line) {
        Matcher masthead = MASTHEAD.matcher(line.text().strip());
        if (!masthead.matches()) {
            return;
        }
        String name = masthead.group(1);
        boolean crumb = masthead.group(2).matches("[›»]");
        // a name set in capitals spells no one's name; a title's dash goes on to no publication
        if (name.split("\\s+").length > MAX_WORDS) {
            return;
        }
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            // "BIBLIOTHEEK SPAARNESTAD · ENGLISH CORNER": capitals spell no one's name; the text's own spelling does
            if (holdsBodyWord(name) && masthead.group(2).matches("[·›»|]")) {
                reading.document.spelt(name).ifPresent(this::add);
            }
            return;
        }
        // a club that goes by its abbreviation ("Z&PV De Dolfijn '58 · Clubnieuws") names itself so in its paper
        boolean body = holdsBodyWord(name) || !crumb && Lexicon.isAbbreviation(name.split("\\s+")[0]);
        if (!body || !crumb && !PUBLICATION.matcher(masthead.group(3)).find()) {
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
