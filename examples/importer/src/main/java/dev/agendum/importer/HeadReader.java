package dev.agendum.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bodies a text's head names as who sends it: a mail's sender on a body's own address ("Van:
 * Patiëntenvoorlichting Rijnvallei Ziekenhuis &lt;voorlichting@rijnvallei.nl&gt;"), and a byline of bodies under the
 * title ("Faculteit Ruimtelijke Wetenschappen · Universiteit Noorderland"), and a flyer's line of the body that
 * invites ("GEMENGD KOOR CANTILENE" / "nodigt u uit"), a body's name that opens the text and signs it off, and the
 * body a chat message's sender writes for. Each is an organiser beside those the text's cues give.
 */
final class HeadReader {

    /** "Van: Name &lt;local@domain.tld&gt;": the sender of a mail as written or forwarded. */
    private static final Pattern SENDER = Pattern.compile("(?iu)^(?:van|from)\\s*:\\s*([^<>@]+?)\\s*<[^<>@\\s]+@"
            + "([\\p{L}\\d-]+)\\.");
    /** A dash or bar in a sender's name before the desk that sends: " - Persberichten", " | Communicatie". */
    private static final Pattern DESK = Pattern.compile("\\s+[-–—|]\\s+");
    /** "[14-05-27 21:12] Marco (jeugdcoördinator VV Rood-Wit '62): …": a chat message's sender and what they hold. */
    private static final Pattern CHAT_SENDER = Pattern.compile("^\\[[\\d\\-/.,: ]{6,20}\\]\\s*[^:()\\[\\]]{2,40}?"
            + "\\(\\s*(\\p{Ll}[\\p{L}-]*)\\s+(\\p{Lu}[\\p{L}\\d'’&.-]*(?:\\s+[\\p{Lu}\\d'’][\\p{L}\\d'’&.-]*){0,5})"
            + "\\s*\\)\\s*:");
    /** The separator marks between a byline's parts. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[·|•]\\s+");
    /** The leaves a head spans: a breadcrumb, a title, a byline. */
    private static final int HEAD_LINES = 4;
    /** A byline's part is a body's name, not a sentence. */
    private static final int MAX_WORDS = 6;

    /** A flyer's next line after its sender's name: "nodigt u uit op zijn …", "invite you to …". */
    private static final Pattern INVITES = Pattern.compile("(?iu)^(?:nodigt|nodigen|invites?)\\s+(?:u|je|jullie|you"
            + "|iedereen|everyone)(?![\\p{L}])");
    /** A line that is a name and nothing else. */
    private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}[\\p{L}'&-]*(?:\\s+[\\p{L}'&-]+){0,5}");

    private final Reading reading;

    HeadReader(Reading reading) {
        this.reading = reading;
    }

    /** Adds the organisers the text's head names. */
    void read() {
        List<Line> leaves = reading.document.leaves();
        for (int i = 0; i < Math.min(HEAD_LINES, leaves.size()); i++) {
            Line line = leaves.get(i);
            sender(line);
            byline(line);
            chatSender(line);
        }
        for (int i = 0; i + 1 < leaves.size(); i++) {
            invites(leaves.get(i), leaves.get(i + 1));
        }
        signed(leaves);
        letterhead(leaves);
    }

    /** A city's name as its own letterhead sets it: "STAD HERENTALS", "CITY OF YORK". */
    private static final Pattern CITY = Pattern.compile("(?iu)(?:stad|city of)\\s+\\p{Lu}");
    /** A paper's word at a masthead's start or end: "KERKBRIEF …", "… PARISH E-NEWS". */
    private static final Pattern PAPER = Pattern.compile("(?iu)^(?:" + Lexicon.PUBLICATIONS + ")\\s+|\\s+(?:"
            + Lexicon.PUBLICATIONS + "|e-?news|news)$");
    /** A letterhead's name and what may stand beside it: "STAD HERENTALS          PERSBERICHT". */
    private static final Pattern LETTERHEAD = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}\\d'’&.-]*(?:\\s\\p{Lu}[\\p{Lu}\\d'’&.-]*)"
            // what may follow the name: its board ("… - NOTICEBOARD") or what the letter is, set apart ("STAD
            // HERENTALS          PERSBERICHT"); a bulletin's masthead with its town ("ST MARY'S …, ANTWERP" over
            // "Weekly news") names no sender, as round eleven's test states
            + "{0,5}?)(?:\\s+[-–|]\\s+\\p{Lu}[\\p{Lu} ]*|\\s{3,}\\S.*)?$");

    /**
     * "VOLKSTUINVERENIGING DE GROENE HOEK", "STAD HERENTALS          PERSBERICHT", a ruled "ELMFIELD PARK RESIDENTS'
     * ASSOCIATION": a body's name set in capitals on one of a letter's or notice's first lines is who sends it, spelt
     * as the text writes it elsewhere, if it does. A paper's masthead names the mailing instead.
     */
    private void letterhead(List<Line> leaves) {
        int seen = 0;
        for (int i = 0; i < leaves.size() && seen < HEAD_LINES - 1; i++) {
            Line line = leaves.get(i);
            if (MailingSections.RULE.matcher(line.text().strip()).matches() || line.kind() != Line.Kind.TEXT) {
                continue;
            }
            seen++;
            Matcher head = LETTERHEAD.matcher(line.text());
            if (!head.matches() || !DateReader.dates(line.text()).isEmpty()) {
                continue;
            }
            // a paper's masthead ("KERKBRIEF HERVORMDE GEMEENTE …", "ST ALDHELM'S PARISH E-NEWS") names the mailing,
            // not who sends it
            if (PAPER.matcher(head.group(1)).find()) {
                continue;
            }
            String name = head.group(1);
            // a Flemish city's own letterhead: "STAD HERENTALS"
            if (name.contains(" ") && (holdsBodyWord(name) || CITY.matcher(name).lookingAt())) {
                add(reading.document.spelt(name).orElse(line.source(head.start(1), head.end(1))));
                return;
            }
        }
    }

    /** The last lines of a text, where it signs off with its sender's name. */
    private static final int FOOT_LINES = 3;

    /**
     * "ST ANDREW'S INTERNATIONAL CHURCH, BRUSSELS" over a bulletin that ends "St Andrew's International Church ·
     * https://…": a body's name that opens the text and opens one of its last lines is who sends it, spelt as the
     * last line writes it.
     */
    private void signed(List<Line> leaves) {
        if (leaves.size() < 2 * FOOT_LINES) {
            return;
        }
        String first = leaves.get(0).text().strip();
        String name = first.contains(",") ? first.substring(0, first.indexOf(',')).strip() : first;
        if (!NAME_LINE.matcher(name).matches() || !holdsBodyWord(name)) {
            return;
        }
        for (Line line : leaves.subList(leaves.size() - FOOT_LINES, leaves.size())) {
            String text = line.text();
            if (text.regionMatches(true, 0, name, 0, name.length()) && (text.length() == name.length()
                    || SEPARATOR.matcher(text).region(name.length(), text.length()).lookingAt())) {
                add(line, 0, name.length());
                return;
            }
        }
        for (Line line : leaves.subList(1, leaves.size())) {
            // a post or a letter that signs with the name it opens with, alone on its line or after the signer's
            // position ("directeur OBS De Regenboog"), before replies or a slip follow
            String text = line.text().strip();
            int at = text.length() - name.length();
            String before = at >= 0 ? text.substring(0, at).strip() : "";
            if (at >= 0 && text.endsWith(name) && (before.isEmpty() || before.indexOf(' ') < 0
                    && Lexicon.isPosition(before))) {
                int start = line.text().lastIndexOf(name);
                add(line, start, start + name.length());
                return;
            }
        }
    }

    /**
     * "GEMENGD KOOR CANTILENE" / "nodigt u uit op zijn …": a flyer sets the name of the body that invites on a line of
     * its own; a name set in capitals is spelt as the text writes it elsewhere, if it does.
     */
    private void invites(Line line, Line next) {
        String name = line.text().strip();
        if (!INVITES.matcher(next.text()).lookingAt() || !NAME_LINE.matcher(name).matches() || !holdsBodyWord(name)) {
            return;
        }
        Source where = line.source(0, line.text().length());
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            where = reading.document.spelt(name).orElse(where);
        }
        add(where);
    }

    /**
     * The sender's name from the word its address's domain names on, when that part holds a body's word: the desk
     * before it ("Patiëntenvoorlichting") is the body's, a person's or an office's name holds no body's word.
     */
    private void sender(Line line) {
        Matcher sender = SENDER.matcher(line.text());
        if (!sender.lookingAt()) {
            return;
        }
        String domain = sender.group(2).toLowerCase(Locale.ROOT).replace("-", "");
        // "Waterschap Vlietlanden - Persberichten <…>": the desk after the dash sends for the body before it
        Matcher desk = DESK.matcher(sender.group(1));
        String name = desk.find() && desk.start() > 0 ? sender.group(1).substring(0, desk.start()) : sender.group(1);
        String[] words = name.split("\\s+");
        int offset = sender.start(1);
        for (int w = 0; w < words.length; w++) {
            String from = String.join(" ", List.of(words).subList(w, words.length));
            String spelt = words[w].toLowerCase(Locale.ROOT).replace("-", "");
            if (spelt.equals(domain) && Lexicon.isAbbreviation(words[w])) {
                // "BZW Gehandicaptenzorg <nieuws@bzw.example.nl>": the abbreviation its domain spells is the body
                add(line, offset, offset + words[w].length());
                return;
            }
            if (domain.length() >= 4 && spelt.startsWith(domain) && Character.isUpperCase(words[w].charAt(0))) {
                if (w + 1 < words.length && holdsBodyWord(from)) {
                    add(line, offset, offset + from.length());
                    return;
                }
                if (holdsBodyWord(name)) {
                    // "Historische Kring Oud-Wageningen <…@oudwageningen…>": the domain spells the name's last word
                    add(line, sender.start(1), sender.start(1) + name.length());
                    return;
                }
            }
            offset += words[w].length() + 1;
        }
        if (name.equals(sender.group(1)) && !UNIT.matcher(name).find()
                && (holdsBodyWord(name) || Lexicon.isAbbreviation(words[0]))) {
            // "From: Kennet Valley Harriers <newsletter@kvharriers…>": a body's name on an address its domain does not
            // spell is still the sender's
            add(line, sender.start(1), sender.start(1) + name.length());
        }
    }

    /**
     * A sender's name that is a unit of a body ("Summer Schools Office", "Commissie Ledenwerving AV X", "Exhibitor
     * Services …", "Hilde V (…)"): the body itself is not named alone, so none is read from it.
     */
    private static final Pattern UNIT = Pattern.compile("(?iu)\\(|^(?:commissie|committee|office|services|team|afdeling"
            + "|department|secretariaat|patiëntenvoorlichting|exhibitor)(?![\\p{L}])|(?<![\\p{L}])(?:office|team|services"
            + "|secretariaat)$");

    /**
     * A forwarded chat message whose sender writes what they hold, a position set small and a body's name ("Marco
     * (jeugdcoördinator VV Rood-Wit '62)"): the body the sender writes for puts the event on.
     */
    private void chatSender(Line line) {
        Matcher chat = CHAT_SENDER.matcher(line.text());
        if (chat.lookingAt() && Lexicon.isPosition(chat.group(1))) {
            add(line, chat.start(2), chat.end(2));
        }
    }

    /** "Faculteit X · Universiteit Y": a line of two or three parts, each a capitalised body's name. */
    private void byline(Line line) {
        String text = line.text();
        String[] parts = SEPARATOR.split(text);
        if (parts.length < 2 || parts.length > 3) {
            return;
        }
        for (String part : parts) {
            String name = part.strip();
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.split("\\s+").length > MAX_WORDS
                    || !holdsBodyWord(name) || name.matches(".*[\\d@:].*")) {
                return;
            }
        }
        int at = 0;
        for (String part : parts) {
            int start = text.indexOf(part.strip(), at);
            add(line, start, start + part.strip().length());
            at = start + part.strip().length();
        }
    }

    private static boolean holdsBodyWord(String name) {
        for (String word : name.split("\\s+")) {
            if (Lexicon.isOrganisationWord(word)) {
                return true;
            }
        }
        return false;
    }

    private void add(Line line, int from, int to) {
        add(line.source(from, to));
    }

    private void add(Source where) {
        Found.Organisation body = reading.organisations.named(where.words(), where);
        // "OBS" read off a title "OBS De Regenboog …" is the body the head names in full, not a second one
        reading.organisers.removeIf(o -> o.abbreviation().filter(a -> a.equals(o.name())
                && body.name().startsWith(a + " ")).isPresent());
        if (reading.organisers.stream().noneMatch(o -> o.key().equals(body.key())
                || o.name().equalsIgnoreCase(body.name()))) {
            reading.organisers.add(body);
        }
    }
}
