package dev.agendum.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mailing of several items (a newsletter, a parish e-news, a school's letter to parents) that lists its contents
 * ("In dit nummer", "In this issue") and then gives each item under a numbered heading ("2. REPAIR CAFÉ VOGELWIJK").
 * Its announcement is one of those items: the one its subject names first, else the first that dates an occasion with
 * a time and is no look back or column. The draft is read from that item alone, under its heading or its own headline,
 * with the mail's header and masthead and the mailing's closing lines, so that the other items' dates, people and
 * places stay out of it.
 */
final class MailingSections {

    /** The label over a mailing's contents. */
    private static final Pattern CONTENTS = Pattern.compile("(?iu)^\\W*(?:in (?:dit|deze|het) \\p{L}+(?:\\s\\p{L}+)?"
            + "|in this (?:issue|edition|newsletter|mailing)|inhoud|contents|this (?:issue|month))\\s*[:?]?\\s*$");
    /** A numbered entry or heading: "3. Trainingsavond: Grenzen stellen …", "2) Lent lunches". */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})[.)]\\s+(\\S.*?)\\s*$");
    /** An item that looks back or speaks for the mailing, no occasion to come. */
    private static final Pattern NO_OCCASION = Pattern.compile("(?iu)^(?:terugblik|looking back|in memoriam|van de "
            + "(?:coördinator|coordinator|voorzitter|redactie|pastoor|directie)|from the (?:editor|chair|vicar|rector)"
            + "|vacatures|vacancies|nieuwe vacatures|kort nieuws|news in brief)");
    /** A mail's subject header line. */
    private static final Pattern SUBJECT = Pattern.compile("(?iu)^(?:onderwerp|subject)\\s*:\\s*(.*)$");
    /** A rule of marks that frames a heading. */
    static final Pattern RULE = Pattern.compile("^[=*#_~-]{3,}$");
    /** The fewest entries that make a list of contents. */
    private static final int ENTRIES = 2;

    private MailingSections() {
    }

    /** One item of the mailing: its entry's words, its heading line and the lines under it. */
    private record Section(String entry, Line heading, Matcher numbered, List<Line> lines) {
    }

    /** The document read, and why it was narrowed to one item, if it was. */
    record Focus(Document document, Optional<String> why) {
    }

    /**
     * The document narrowed to the mailing item it announces, or the document itself when it is no such mailing or
     * no item stands out.
     *
     * @param document a read announcement
     * @return the masthead, the chosen item under its heading and the closing lines, or {@code document}
     */
    static Focus focus(Document document) {
        List<Line> lines = document.lines();
        int contents = -1;
        for (int i = 0; i < lines.size() && contents < 0; i++) {
            if (CONTENTS.matcher(lines.get(i).text()).matches()) {
                contents = i;
            }
        }
        List<String> entries = new ArrayList<>();
        int at = contents + 1;
        if (contents < 0) {
            // no label over the contents ("Nieuwsbrief juni" over "1. Uitnodiging ALV", "2. …"), but a numbered list
            // whose entries come back as the items' headings: what comes before the list is the masthead
            contents = unlabelledContents(lines);
            at = contents;
        }
        if (contents < 0) {
            // no contents over the items, but each under its numbered, ruled heading ("1. Schrijversavond: …" over
            // a line of dashes): the headings are the entries, and what comes before the first is the masthead
            at = underlinedHeadings(document.input(), lines, entries);
            contents = at;
        } else {
            at = numberedRun(lines, at, entries);
        }
        if (entries.size() < ENTRIES) {
            return new Focus(document, Optional.empty());
        }
        List<Section> sections = sections(lines, at, entries);
        if (sections.size() < ENTRIES) {
            return new Focus(document, Optional.empty());
        }
        Optional<Section> named = pointed(lines.subList(0, contents), sections).or(() -> named(lines, sections));
        Optional<Section> chosen = named.or(() -> sections.stream()
                .filter(s -> !NO_OCCASION.matcher(s.entry()).find() && datedWithTime(s)).findFirst());
        if (chosen.isEmpty()) {
            return new Focus(document, Optional.empty());
        }
        Section section = chosen.get();
        List<Line> body = new ArrayList<>(section.lines());
        List<Line> footer = footer(document.input(), lines, sections);
        body.removeAll(footer);
        List<Line> focused = new ArrayList<>();
        // the mail's header and masthead name who sends it; the item's own headline, when it gives one under its
        // numbered heading ("Spring Serenade" under "1. SPRING SERENADE: A CONCERT FOR …"), is the event's title
        lines.subList(0, introFrom(lines, contents)).stream().filter(l -> !RULE.matcher(l.text().strip()).matches())
                .forEach(focused::add);
        if (!body.isEmpty() && headline(body.get(0), section.entry())) {
            Line first = body.remove(0);
            focused.add(first.headingOf(0, first.text().length()));
        } else {
            focused.add(section.heading().headingOf(section.numbered().start(2), section.numbered().end(2)));
        }
        focused.addAll(body);
        focused.addAll(footer);
        String why = "the text is a mailing of " + sections.size() + " items; the draft is read from item "
                + (sections.indexOf(section) + 1) + " (\"" + section.entry() + "\") alone, "
                + (named.isPresent() ? "which the mail (its subject or a note before its contents) names first"
                : "the first that dates an occasion with a time");
        return new Focus(new Document(document.input(), document.format(), focused, document.links(),
                document.pageTitle(), document.footer()), Optional.of(why));
    }

    /** Collects the entries numbered from one on the lines from {@code from}; returns the index after the last. */
    private static int numberedRun(List<Line> lines, int from, List<String> entries) {
        int at = from;
        for (; at < lines.size(); at++) {
            Matcher entry = NUMBERED.matcher(lines.get(at).text());
            if (!entry.matches() || Integer.parseInt(entry.group(1)) != entries.size() + 1) {
                break;
            }
            entries.add(entry.group(2));
        }
        return at;
    }

    /**
     * The index of a numbered list, from one, with no label over it, each of whose entries heads an item further
     * on; -1 when there is none. Only a list that the items' headings repeat is a mailing's contents: a list of
     * agenda points or of steps is not repeated.
     */
    private static int unlabelledContents(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher first = NUMBERED.matcher(lines.get(i).text());
            if (!first.matches() || !first.group(1).equals("1")) {
                continue;
            }
            List<String> entries = new ArrayList<>();
            int after = numberedRun(lines, i, entries);
            if (entries.size() >= ENTRIES && sections(lines, after, entries).size() == entries.size()) {
                return i;
            }
        }
        return -1;
    }


    /**
     * Where the greeting and the words of welcome that end the masthead begin ("Dear reader," over "Spring is here at
     * last …"), which speak of the whole mailing; {@code contents} when the masthead ends with none, or a forwarded
     * message's head follows the greeting (a forwarder's note keeps the head under it).
     */
    static int introFrom(List<Line> lines, int contents) {
        for (int k = contents - 1; k >= 0; k--) {
            String text = lines.get(k).text().strip();
            if (TitleReader.MAIL_HEADER.matcher(text).lookingAt() || RULE.matcher(text).matches()) {
                return contents;
            }
            if (TitleCues.salutation(lines.get(k))) {
                return k;
            }
        }
        return contents;
    }

    /** The longest line read as an item's own headline. */
    private static final int HEADLINE = 80;

    /** Whether an item's first line is its headline: short, no sentence nor date, opening with its entry's word. */
    private static boolean headline(Line line, String entry) {
        String text = line.text().strip();
        String word = entry.strip().split("[\\s:,–-]+")[0].toLowerCase(Locale.ROOT);
        return text.length() <= HEADLINE && !text.endsWith(".") && DateReader.dates(text).isEmpty()
                && text.toLowerCase(Locale.ROOT).startsWith(word);
    }

    /**
     * The mailing's closing lines: after the last rule in the input that follows the last item's heading and its
     * first lines ("Wijkvereniging Vogelwijk-Oost | Merelstraat 21, 7415 BK Deventer"), who sends it and where. A plain
     * text's rules of dashes are read as no line at all, so the rule is looked for between the lines in the input.
     */
    private static List<Line> footer(String input, List<Line> lines, List<Section> sections) {
        Section last = sections.get(sections.size() - 1);
        List<Line> under = last.lines();
        for (int i = 1; i < under.size(); i++) {
            // "Vragen over de ouderavond of iets anders? Bel of mail de hoofdleiding:" after the last item, set
            // apart by a blank line: the mailing's own contacts close it, whatever the items were
            if (CLOSING.matcher(under.get(i).text()).lookingAt() && gap(input, under, i).matches("(?s).*\\n\\s*\\n.*")) {
                return List.copyOf(under.subList(i, under.size()));
            }
        }
        for (int i = under.size() - 1; i >= 1; i--) {
            if (RULE_BETWEEN.matcher(gap(input, under, i)).find()) {
                return List.copyOf(under.subList(i, under.size()));
            }
        }
        // "HC Spaarne Haarlem | Kleverlaan 180 | …" over "You are receiving this newsletter …": a closing run of
        // the sender's lines
        int start = under.size();
        while (start > 1 && FOOTER_LINE.matcher(under.get(start - 1).text()).find()) {
            start--;
        }
        return List.copyOf(under.subList(start, under.size()));
    }

    /** A mailing's closing line: the sender's name and address set apart, the reason it is sent, how to stop it. */
    private static final Pattern FOOTER_LINE = Pattern.compile("(?iu)\\s[|·]\\s|unsubscribe|afmelden|uitschrijven"
            + "|you are receiving|you receive|u ontvangt|je ontvangt|jij ontvangt|©|copyright");

    /** A paragraph that gives the mailing's contacts: "Vragen over …?", "Contact for the parents' evening:". */
    private static final Pattern CLOSING = Pattern.compile("(?iu)^(?:(?:nog |heb je |heeft u )?vragen|any questions"
            + "|questions|contact)\\b");

    /** A rule on a line of its own between two lines of the input. */
    static final Pattern RULE_BETWEEN = Pattern.compile("\\n\\s*[=*#_~-]{3,}\\s*\\r?\\n");

    /** The fewest ruled headings that make a mailing without contents. */
    private static final int HEADINGS = 3;

    /**
     * The numbered headings, in order from one, each with a rule on the line under it in the input, collected into
     * {@code entries}; returns the index of the first, or -1 when there are fewer than {@link #HEADINGS}.
     */
    private static int underlinedHeadings(String input, List<Line> lines, List<String> entries) {
        int first = -1;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher heading = NUMBERED.matcher(lines.get(i).text());
            if (heading.matches() && Integer.parseInt(heading.group(1)) == entries.size() + 1
                    && heading.group(2).length() <= HEADLINE && (RULE.matcher(lines.get(i + 1).text().strip()).matches()
                    || RULE_UNDER.matcher(gap(input, lines, i + 1)).lookingAt())) {
                first = first < 0 ? i : first;
                entries.add(heading.group(2));
            }
        }
        if (entries.size() < HEADINGS) {
            entries.clear();
            return -1;
        }
        return first;
    }

    /** The input between line {@code i - 1} and line {@code i} of {@code lines}; empty when they overlap. */
    static String gap(String input, List<Line> lines, int i) {
        int from = lines.get(i - 1).source().end();
        int to = lines.get(i).source().start();
        return from <= to && to <= input.length() ? input.substring(from, to) : "";
    }

    /** A rule on the line right under a heading. */
    private static final Pattern RULE_UNDER = Pattern.compile("\\s*\\r?\\n\\s*[=*#_~-]{3,}\\s*\\r?\\n");

    /** The items after the contents, each under the numbered heading its entry names, in the contents' order. */
    private static List<Section> sections(List<Line> lines, int from, List<String> entries) {
        List<Section> sections = new ArrayList<>();
        Section open = null;
        for (Line line : lines.subList(from, lines.size())) {
            Matcher heading = NUMBERED.matcher(line.text());
            int next = sections.size();
            if (heading.matches() && next < entries.size() && Integer.parseInt(heading.group(1)) == next + 1
                    && same(heading.group(2), entries.get(next))) {
                open = new Section(entries.get(next), line, heading, new ArrayList<>());
                sections.add(open);
            } else if (open != null && !RULE.matcher(line.text().strip()).matches()) {
                open.lines().add(line);
            }
        }
        return sections;
    }

    /**
     * Whether a heading names the entry: the same words, or the one opening the other, in any case and whatever marks
     * part them ("JOHANNES-PASSION - NIEUWE DATUM" for "Johannes-Passion: nieuwe datum").
     */
    private static boolean same(String heading, String entry) {
        String a = words(heading);
        String b = words(entry);
        // under the same number, the same first two words will do: "Star of Wonder - our Christmas concert" is
        // headed "STAR OF WONDER - A CHRISTMAS CONCERT"
        return a.startsWith(b) || b.startsWith(a) || opening(a).equals(opening(b)) && opening(a).contains(" ");
    }

    /** The first two words of words parted by single spaces. */
    private static String opening(String words) {
        String[] parts = words.split(" ");
        return parts.length < 2 ? words : parts[0] + " " + parts[1];
    }

    /** A text's words in lower case, one space between them. */
    private static String words(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }

    /** A month's name, which dates an entry rather than names it ("Kantinediensten oktober"). */
    private static final Pattern MONTH = Pattern.compile("(?u)januari|februari|augustus|september|oktober|november"
            + "|december|january|february|august|october");

    /** The shortest word of an entry that names it in a subject alone ("Schrijversavond", "parents'"). */
    private static final int NAMING_WORD = 6;

    /**
     * Where a subject names an entry: its first two words as written, else the first of its words long enough to
     * name it (no month) that stands as a word in the subject; -1 when it does not.
     */
    private static int mentioned(String subject, String words, String entry) {
        int found = subject.indexOf(words);
        if (found >= 0) {
            return found;
        }
        int first = -1;
        for (String word : entry.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < NAMING_WORD || MONTH.matcher(word).matches()) {
                continue;
            }
            Matcher named = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                    .matcher(subject);
            if (named.find() && (first < 0 || named.start() < first)) {
                first = named.start();
            }
        }
        return first;
    }

    /** The item the mail's subject names first: "Wijkpost oktober 2027: Repair Café, snoeiactie en de kerstmarkt". */
    private static Optional<Section> named(List<Line> lines, List<Section> sections) {
        for (Line line : lines) {
            Matcher subject = SUBJECT.matcher(line.text());
            if (subject.lookingAt()) {
                String said = subject.group(1).toLowerCase(Locale.ROOT);
                Section first = null;
                int firstAt = Integer.MAX_VALUE;
                for (Section section : sections) {
                    String words = String.join(" ", List.of(section.entry().toLowerCase(Locale.ROOT).split("\\s+"))
                            .subList(0, Math.min(2, section.entry().split("\\s+").length)));
                    int found = mentioned(said, words, section.entry());
                    // an item the subject names but that dates nothing ("oproep: vrijwilligers") announces no event
                    if (found >= 0 && found < firstAt && !NO_OCCASION.matcher(section.entry()).find()
                            && dated(section)) {
                        first = section;
                        firstAt = found;
                    }
                }
                return Optional.ofNullable(first);
            }
        }
        return Optional.empty();
    }

    /** A forwarder's pointer to one item: "Zie punt 2 hieronder", "see item 3 below". */
    private static final Pattern POINTER = Pattern.compile("(?iu)(?<![\\p{L}])(?:zie|lees|see|read)\\s+(?:punt|item"
            + "|bericht|artikel|nummer|number|no\\.)\\s*(\\d{1,2})(?![\\p{N}])");

    /** The item a forwarding note before the contents points to by its number, when it is one of the items. */
    private static Optional<Section> pointed(List<Line> masthead, List<Section> sections) {
        for (Line line : masthead) {
            Matcher pointer = POINTER.matcher(line.text());
            if (pointer.find()) {
                int number = Integer.parseInt(pointer.group(1));
                return number >= 1 && number <= sections.size() ? Optional.of(sections.get(number - 1))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether an item gives a date and a time: an occasion, not a notice. */
    private static boolean datedWithTime(Section section) {
        return dated(section) && section.lines().stream().anyMatch(l -> !DateReader.times(l.text()).isEmpty());
    }

    /** Whether an item's lines give a date. */
    private static boolean dated(Section section) {
        return section.lines().stream().anyMatch(l -> !DateReader.dates(l.text()).isEmpty());
    }
}
