package dev.agendum.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an announcement's title: its first heading, else its first line with words, past what comes before the
 * headline (a masthead, a mail's or invite's header, a breadcrumb trail, a social post's head, a flyer's sender).
 */
final class TitleReader {

    /** What a press release or a newsletter calls itself in its first line. */
    private static final Pattern MASTHEAD = Pattern.compile("(?iu)(?<![\\p{L}])(persbericht|press release|"
            + Lexicon.MAILINGS + "|nieuwsbericht|for immediate release|voor directe publicatie|mededeling"
            + "|news release|what's on|what’s on|coming up"
            // a notice board's or a letter's address to its readers: "Notice to all residents - please read"
            + "|notice to (?:all )?(?:residents|members|parents|parishioners|tenants)"
            + "|bericht aan (?:alle )?(?:leden|bewoners|ouders|parochianen|huurders))(?![\\p{L}])");
    /** The header lines of an e-mail as it was sent or forwarded: "Van: …", "Onderwerp: …", "From: …". */
    static final Pattern MAIL_HEADER = Pattern.compile("(?iu)(?:van|from|aan|to|onderwerp|subject|cc|bcc"
            + "|verzonden|sent|datum|date|attachments?|bijlagen?|reply-to|antwoord aan)\\s*:");
    /** A letter's greeting at the start of a line: "Beste leden", "Dear friends". */
    private static final String GREETING = "(?iu)^(?:beste|geachte|dear|hi|hallo|hello)\\b";
    /** A line that opens with a greeting: the salutation over a mailing's text, no headline. */
    private static final Pattern GREETING_LINE = Pattern.compile(GREETING + ".*");
    /** A mailing's own lines before its content: greetings, "view in your browser", "lukt het niet om …". */
    private static final Pattern BOILERPLATE = Pattern.compile(GREETING
            + "|(?:in (?:je|uw|your) browser|bekijk (?:hem|deze|haar|de nieuwsbrief) online|view (?:this|it|the)"
            + "|lukt het niet|unsubscribe|afmelden|embargo)");
    /**
     * A breadcrumb trail: three or more short segments joined by "&gt;", "›", "»", "|", "·" or a dash ("Tilburg University |
     * Nieuws en agenda | Symposium", "Waterschap X – Projecten – Dijk Y"); an issue's contents ("In deze editie: a |
     * b | c") are set the same way.
     */
    private static final Pattern BREADCRUMB = Pattern.compile("^[^.!?>›»|–·]{1,50}(?:\\s[>›»|–·]\\s[^.!?>›»|–·]{1,50})"
            + "{2,}$");
    private static final Pattern RULED = Pattern.compile("^(?:[=*#]{2,}|-{2,})\\s*(.+?)\\s*(?:[=*#]{2,}|-{2,})$");
    /**
     * A mailing's name with its month: "Clubnieuws AV De Spurt – maart 2026", "Parish news | May 2026", "De Groene
     * Vinger – ledenblad juni 2027".
     */
    private static final Pattern ISSUE_MONTH = Pattern.compile("(?iu)\\s[–|·-]\\s*(?:(?:" + Lexicon.PUBLICATIONS
            + ")\\s+)?(?:" + DateReader.MONTH + ")\\s+\\d{4}$");
    /**
     * A page's heading that names a listing, not an event: "Agenda", "What's on"; the event is the card under it
     * whose heading its date is set under.
     */
    private static final Pattern LISTING = Pattern.compile("(?iu)^\\W*(?:agenda|activiteiten|evenementen|"
            + "uitagenda|kalender|events|calendar|what['’]s on)\\W*$");
    /** The issue line under a mailing's name: "Issue 31 · January 2027", "Nieuwsbrief nr. 4", "Editie 12". */
    private static final String ISSUE_WORDS = "issue|nummer|editie|edition|no\\.|nr\\.|volume|vol\\.|jaargang";
    private static final Pattern ISSUE = Pattern.compile("(?iu)^(?:" + ISSUE_WORDS + ")\\s*\\d+");

    /** A headline's kind set in capitals before its name: "LENT TALK: …", "OPEN DAG – …". */
    private static final Pattern CAPITALS_LEAD = Pattern.compile("(?u)^\\p{Lu}{3,}(?:\\s\\p{Lu}{2,})*\\s*[:–—-]\\s");

    /** A mailing's name with its issue: "Clubnieuws — jaargang 8, nummer 1", "The Fixer | Issue 31". */
    private static final Pattern ISSUE_AFTER_NAME = Pattern.compile("(?iu)\\s[–—|·-]\\s*(?:" + ISSUE_WORDS
            + ")\\s*\\d+");

    private final Reading reading;
    private final List<Line> leaves;

    TitleReader(Reading reading, List<Line> leaves) {
        this.reading = reading;
        this.leaves = leaves;
    }

    /** A notice's time stamp set as a heading: "UPDATE donderdag 7 oktober 2027, 16.00 uur". */
    private static final Pattern UPDATE_STAMP = Pattern.compile("(?iu)^\\W*(?:update|updated|bijgewerkt|last updated"
            + "|laatste update)\\s*:?\\s+.*\\d");
    /** How many first lines a heading is looked for in. */
    private static final int HEADING_REACH = 10;

    /** Sets the draft's title; returns the index of its line among the leaves, or -1 when it is not one line. */
    int read() {
        int titleAt;
        Line title = null;
        for (Line line : leaves.subList(0, Math.min(HEADING_REACH, leaves.size()))) {
            // a notice set as a heading over the name ("Change of arrangements", "SOLD OUT") is no headline
            if (line.kind() == Line.Kind.HEADING && !sendersName(line) && !UPDATE_STAMP.matcher(line.text()).find()
                    && (!TitleCues.neverHeadline(TitleCues.framed(line.text()))
                    || TitleCues.LISTED.matcher(line.text()).matches())) {
                int at = leaves.indexOf(line);
                Line next = at + 1 < leaves.size() ? leaves.get(at + 1) : null;
                // "1. RAADSINFORMATIEAVOND 23 FEBRUARI" over "Koers voor de Omgevingsvisie 2040": a section named by
                // its date, whose own heading under it names the event
                title = next != null && next.kind() == Line.Kind.HEADING && !DateReader.dates(line.text()).isEmpty()
                        && DateReader.dates(next.text()).isEmpty() ? next : line;
                break;
            }
        }
        if (title == null) {
            // a page whose menu comes before its headline: the heading its <title> opens with is the event's
            title = pageHeading().orElse(null);
        }
        title = title == null ? null : SiteHeading.under(leaves, title).orElse(title);
        if (title != null && LISTING.matcher(title.text()).matches()) {
            // an agenda page's heading over one event's card: the card's dated heading names the event
            title = datedHeadingAfter(title).orElse(title);
        }
        Optional<Line> masthead = firstWithWords().filter(TitleReader::masthead);
        if (title == null && masthead.isPresent()) {
            // a mailing's name set as a trail ("HC X – CLUB NEWSLETTER – APRIL 2027") is still its masthead
            title = masthead.get();
        }
        if (title == null) {
            // a page's breadcrumb trail ("Bibliotheek > Agenda > Lezingen") and its "Geplaatst op …" line come
            // before the headline; the title is the first line that is neither, else the first with words
            // nor a notice set over the name ("PERFORMANCE CANCELLED")
            title = leaves.stream().filter(l -> l.text().matches("(?s).*\\p{L}{2}.*")).filter(l -> !BREADCRUMB
                    .matcher(l.text()).find() && !(TitleCues.PUBLISHED.matcher(l.text()).find() && l.text().length() < 60)
                    && !TitleCues.neverHeadline(TitleCues.framed(l.text())))
                    .findFirst().or(() -> leaves.stream().filter(l -> l.text().matches("(?s).*\\p{L}{2}.*"))
                    .findFirst()).orElseThrow(() -> new NotAnAnnouncementException("no text to take a title from"));
        }
        int top = MailHeadline.afterSeparator(leaves);
        int header = top;
        // an Outlook invite's "When:" and "Where:" under the mail's own header lines belong to that header
        while (header < leaves.size() && (MAIL_HEADER.matcher(leaves.get(header).text()).lookingAt()
                || header > top && TitleCues.INVITE_FIELD.matcher(leaves.get(header).text()).lookingAt())
                && MAIL_HEADER.matcher(leaves.get(top).text()).lookingAt()) {
            header++;
        }
        Optional<Line> head = TitleCues.headEnd(leaves);
        // a letter's "Betreft: …" names the event unless the letter invites to a name it sets apart ("… voor de
        // informatieavond" over "\"Op weg naar de brugklas\"")
        Optional<Source> subject = header > top ? TitleCues.subject(leaves, top, header)
                : TitleCues.invited(leaves).isPresent() ? Optional.empty() : TitleCues.letterSubject(leaves);
        int body = header;
        Optional<Line> card = subject.flatMap(this::cardNaming);
        // "Onderwerp: Uitnodiging benefietdiner 19 november" over "BENEFIETDINER "AAN TAFEL VOOR DE LINDE"" set
        // apart in the body: the mail's headline names the event in full
        Optional<Line> capitals = body > top && subject.isPresent() && card.isEmpty()
                && title.kind() != Line.Kind.HEADING ? MailHeadline.inCapitals(reading.document, leaves, body)
                : Optional.empty();
        if (capitals.isPresent()) {
            title = capitals.get();
        } else if (card.isPresent() && title.kind() != Line.Kind.HEADING) {
            // "Onderwerp: uitnodiging inloopbijeenkomst kadeversterking" over the card "Inloopbijeenkomst
            // Kadeversterking Graafstroom" / "donderdag 16 september …": the card names the event in full
            title = card.get();
        } else if (subject.isPresent() && title.kind() != Line.Kind.HEADING) {
            // a forwarded mail or calendar invite: its own subject names the event
            reading.title = new Reading.Valued<>(subject.get().words(), subject.get());
            return header;
        }
        if (capitals.isEmpty() && header > top && title.kind() != Line.Kind.HEADING && header < leaves.size()) {
            // an e-mail as it was sent ("Van: …", "Onderwerp: …"): its header lines are the masthead
            mailSubject = leaves.subList(top, header).stream().map(Line::text)
                    .filter(t -> MailDates.SUBJECT_LINE.matcher(t).lookingAt()).findFirst().orElse("");
            title = headlineAfter(leaves.get(header - 1)).or(() -> leaves.subList(body, Math.min(leaves.size(),
                    body + 6)).stream().filter(l -> TitleCues.quotedName(l).isPresent()).findFirst()).orElse(title);
        } else if (head.isPresent() && title.kind() != Line.Kind.HEADING) {
            // a social post ("12,408 followers", "2d • Edited") or a flyer's sender ("… nodigt u uit op zijn")
            title = headlineAfter(head.get()).orElse(title);
        } else if (masthead(title) || title.kind() != Line.Kind.HEADING && (mailingHead(leaves.indexOf(title))
                || runningHead(title))) {
            title = headlineAfter(title).orElse(title);
        }
        Optional<Line> ruled = title.kind() == Line.Kind.HEADING ? Optional.empty() : ruledHeadline();
        if (ruled.isPresent() && leaves.indexOf(title) == 0 && leaves.indexOf(ruled.get()) > 0) {
            // a notice board's one event set between rules ("*** GRAND SPRING QUIZ NIGHT ***") over its date line,
            // under the board's name
            title = ruled.get();
        }
        Optional<Line> edition = SeriesPages.in(leaves);
        Optional<Line> invited = TitleCues.invited(leaves);
        if (edition.isPresent()) {
            // a series' README or page: its coming edition is the event, its first heading the series
            title = edition.get();
        } else if (invited.isPresent() && (title.kind() != Line.Kind.HEADING
                || TitleCues.neverHeadline(TitleCues.framed(title.text())))) {
            // a heading that is only a notice ("!!! NIEUWE DATUM !!!") over a poster's "presenteren" and the name
            // "You are warmly invited to our next online briefing:" over its name, past a mailing's head
            title = invited.get();
        } else if (title.kind() != Line.Kind.HEADING) {
            // "Nieuwe datum!" over one of a mailing's items: the item it flags is the event
            title = TitleCues.flagged(reading.document).orElse(title);
        }
        titleAt = leaves.indexOf(title);
        Optional<Source> named = TitleInWords.in(leaves);
        if (named.isPresent()) {
            // "Onder de titel "Kot of geen kot? Het debat over …" brengt de kring …": the name the text gives it
            reading.title = new Reading.Valued<>(named.get().words(), named.get());
            return titleAt;
        }
        // "*** Inspraakavond: … ***", "--- Open dag ---": the rules a plain-text mailing sets a headline between
        Matcher rules = RULED.matcher(title.text());
        int[] name = rules.matches() ? TitleCues.nameSpan(title.text(), rules.start(1), rules.end(1))
                : TitleCues.quotedName(title).orElse(TitleCues.nameSpan(title.text(), 0, title.text().length()));
        Source source = title.source(name[0], name[1]);
        String words = source.words().replaceAll("[\\s:]+$", "");
        if (words.length() > 500) {
            words = words.substring(0, 500);
        }
        if (TitleCues.setInCapitals(words)) {
            String sentence = words.substring(0, 1) + words.substring(1).toLowerCase(reading.language.value());
            reading.title = new Reading.Valued<>(sentence, Assumption.from("title set in capitals, kept in "
                    + "sentence case", source));
        } else {
            reading.title = new Reading.Valued<>(words, source);
        }
        return titleAt;
    }

    /** A mail's "From:" line and the name it gives before the address. */
    private static final Pattern FROM_NAME = Pattern.compile("(?iu)^(?:from|van)\\s*:\\s*\"?([^<\"]+?)\"?\\s*<");

    /** Whether a heading repeats the name its mail is sent under ("From: TicketHive <…>" over "TicketHive"). */
    private boolean sendersName(Line heading) {
        String name = heading.text().strip();
        return leaves.subList(0, leaves.indexOf(heading)).stream().map(l -> FROM_NAME.matcher(l.text()))
                .anyMatch(m -> m.lookingAt() && m.group(1).strip().equalsIgnoreCase(name));
    }

    /** The heading an HTML page's {@code <title>} opens with ("Workshop: X – Bibliotheek Y" over "Workshop: X"). */
    private Optional<Line> pageHeading() {
        Optional<String> page = reading.document.pageTitle();
        return page.flatMap(t -> leaves.stream().filter(l -> l.kind() == Line.Kind.HEADING)
                .filter(l -> l.text().strip().length() > 3 && (t.equals(l.text().strip())
                        || t.startsWith(l.text().strip() + " ") && TRAILING_SITE.matcher(t.substring(l.text().strip()
                        .length())).matches()))
                .findFirst());
    }

    /** What a page's title sets after its headline: the site's name after a dash or a bar. */
    private static final Pattern TRAILING_SITE = Pattern.compile("^\\s+[–—|·-]\\s+.+$");

    private Optional<Line> firstWithWords() {
        return leaves.stream().filter(l -> l.text().matches("(?s).*\\p{L}{2}.*")).findFirst();
    }

    /** Whether a line is a mailing's or a release's masthead: "PERSBERICHT", "Clubnieuws X – maart 2026". */
    private static boolean masthead(Line line) {
        return (MASTHEAD.matcher(line.text()).find() || ISSUE_MONTH.matcher(line.text()).find()
                || ISSUE_AFTER_NAME.matcher(line.text()).find())
                && line.text().length() < 100;
    }

    /**
     * A mailing whose name is no masthead word ("THE FIXER – news from …") still shows its head: an issue line
     * ("Issue 31 · January 2027") or a "view it in your browser" line just under the first line.
     */
    private boolean mailingHead(int first) {
        for (Line line : leaves.subList(first + 1, Math.min(leaves.size(), first + 3))) {
            if (ISSUE.matcher(line.text()).find() || masthead(line) || line.text().length() < 160 && BOILERPLATE.matcher(line.text())
                    .find() && !GREETING_LINE.matcher(line.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A press release or newsletter opens with its masthead ("PERSBERICHT", "Newsletter no. 14 | March 2026"): the
     * event's title is the first headline after it, not a greeting, a "view in your browser" line, a sentence,
     * a one-word section label or a rule.
     */
    private Optional<Line> headlineAfter(Line masthead) {
        int from = leaves.indexOf(masthead) + 1;
        List<Line> headlines = new java.util.ArrayList<>();
        boolean contents = false;
        int reach = from + HEADLINE_LINES;
        for (int at = from; at < Math.min(leaves.size(), reach); at++) {
            Line line = leaves.get(at);
            if (at + 1 < leaves.size() && sentenceGoesOn(line, leaves.get(at + 1))
                    || at > 0 && sentenceGoesOn(leaves.get(at - 1), line)) {
                continue;   // "Met pijn in het hart moeten we u laten weten dat ons kerstconcert van" over "aanstaande …"
            }
            // an issue's contents ("IN THIS ISSUE" over "- An evening with …") lists the items; none is a headline
            if (TitleCues.CONTENTS.matcher(line.text()).matches()) {
                contents = true;
                continue;
            }
            contents = contents && (line.kind() == Line.Kind.ITEM || TitleCues.LISTED.matcher(line.text()).matches());
            if (contents) {
                reach++;   // the contents list the headlines further down: they are still looked for
                continue;
            }
            String text = TitleCues.TRAILING_SHORTCODES.matcher(line.text()).replaceFirst("")
                    .replaceAll("^[=*#\\s-]+|[=*#\\s-]+$", "");
            if (text.split("\\s+").length >= 2 && text.length() <= 150 && !text.matches("(?s).*[.,;:]")
                    && !MAIL_HEADER.matcher(text).lookingAt() && !MASTHEAD.matcher(text).find()
                    && !BOILERPLATE.matcher(text).find() && !ISSUE.matcher(text).find() && !BREADCRUMB.matcher(text).find()
                    && !ISSUE_AFTER_NAME.matcher(text).find()
                    && !text.contains("://") && !text.contains("@") && text.matches("(?s).*\\p{L}{2}.*")
                    && !TitleCues.neverHeadline(text) && !(at > 0 && signature(leaves.get(at - 1), line))) {
                headlines.add(line);
            }
        }
        // a bulletin holds several items under their own headings ("Uit de kerkenraad", "Collecten"): the event's
        // is the one its date is set under, else the first heading whose section gives a date ("Van het bestuur"
        // gives none)
        // a mail whose subject names the event ("Your order #… for Wheel Throwing for Beginners"): the headline its
        // subject repeats, over a receipt's lines
        return headlines.stream().filter(this::inSubject).findFirst()
                .or(() -> headlines.stream().filter(this::dated).findFirst())
                .or(() -> headlines.stream().filter(this::datedSection).findFirst())
                .or(() -> headlines.stream().findFirst());
    }

    /** How many lines under a masthead its headlines are looked for, besides the lines of an issue's contents. */
    private static final int HEADLINE_LINES = 12;

    /** The longest line read as a date line under a headline, not a sentence that gives a date. */
    private static final int DATE_LINE_WIDTH = 80;

    /** The most lines searched for a headline set between rules. */
    private static final int RULED_LINES = 30;

    /** The first line set between rules ("*** Open dag ***") of two words or more, set right over a date. */
    private Optional<Line> ruledHeadline() {
        for (int at = 0; at + 1 < Math.min(leaves.size(), RULED_LINES); at++) {
            Matcher rules = RULED.matcher(leaves.get(at).text().strip());
            if (rules.matches() && rules.group(1).strip().contains(" ") && DateReader.dates(rules.group(1)).isEmpty()
                    && !MASTHEAD.matcher(rules.group(1)).find()
                    && !DateReader.dates(leaves.get(at + 1).text()).isEmpty()
                    && leaves.get(at + 1).text().strip().length() <= DATE_LINE_WIDTH) {
                return Optional.of(leaves.get(at));
            }
        }
        return Optional.empty();
    }

    /**
     * A card's first line set in from the margin over a date line, that holds two words or more of a letter's or a
     * mail's subject: the event's name the subject abbreviates.
     */
    private Optional<Line> cardNaming(Source subject) {
        java.util.Set<String> words = java.util.Arrays.stream(subject.words().toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(w -> w.length() > 3).collect(java.util.stream.Collectors.toSet());
        for (int at = 0; at + 1 < leaves.size(); at++) {
            Line line = leaves.get(at);
            long shared = java.util.Arrays.stream(line.text().toLowerCase(Locale.ROOT).split("\\W+"))
                    .filter(words::contains).count();
            if (setIn(line) && shared >= 2 && line.text().length() <= 100 && DateReader.dates(line.text()).isEmpty()
                    && !DateReader.dates(leaves.get(at + 1).text()).isEmpty()) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** Whether a line is only a person's name under a closing ("Marieke Sloot" under "namens de commissie,"). */
    private static boolean signature(Line above, Line line) {
        return above.text().strip().endsWith(",") && new NameFinder(line.text()).at(0)
                .filter(n -> n.end() == line.text().strip().length()).isPresent();
    }

    /**
     * Whether a line's sentence goes on to the next, a hard wrap in a paragraph: no headline ends so. A line set in
     * from the margin is a card's ("    Wageningen in de Gouden Eeuw: …" over "    door dr. …"), not a paragraph's.
     */
    private boolean sentenceGoesOn(Line line, Line next) {
        String after = next.text();
        return line.kind() == Line.Kind.TEXT && next.kind() == Line.Kind.TEXT && !after.isEmpty() && !setIn(line)
                && Character.isLowerCase(after.charAt(0)) && HardWraps.wrapped(line)
                && HardWraps.sameParagraph(reading.document.input(), line, next);
    }

    /** Whether a line is set in from the margin in the input, as a card's lines are and a paragraph's are not. */
    private boolean setIn(Line line) {
        String input = reading.document.input();
        int start = Math.min(line.source().start(), input.length());
        return start > 0 && input.charAt(start - 1) != '\n';
    }

    /** The subject of the mail the text is, empty when it is none or gives none. */
    private String mailSubject = "";

    /** Whether a headline's words stand in the mail's subject, three words at least. */
    private boolean inSubject(Line headline) {
        String words = headline.text().strip();
        return words.split("\\s+").length >= 3 && mailSubject.toLowerCase(Locale.ROOT)
                .contains(words.toLowerCase(Locale.ROOT));
    }

    /** The most lines of a section under a heading that are searched for its date. */
    private static final int SECTION_LINES = 12;

    /**
     * Whether a heading's section (the lines up to the next heading) gives a date, the way a bulletin sets an
     * event's date in a table or a sentence under its heading rather than right under it.
     */
    private boolean datedSection(Line heading) {
        if (heading.kind() != Line.Kind.HEADING) {
            return false;
        }
        int at = leaves.indexOf(heading);
        for (Line line : leaves.subList(at + 1, Math.min(leaves.size(), at + 1 + SECTION_LINES))) {
            if (line.kind() == Line.Kind.HEADING) {
                return false;
            }
            if (!DateReader.dates(line.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The first heading after {@code listing}, among the next lines, that its date is set under. */
    private Optional<Line> datedHeadingAfter(Line listing) {
        int from = leaves.indexOf(listing) + 1;
        return leaves.subList(from, Math.min(leaves.size(), from + SECTION_LINES)).stream()
                .filter(l -> l.kind() == Line.Kind.HEADING).filter(this::dated).findFirst();
    }

    /**
     * Whether a first line is a running head, set again over each page of a text taken from a PDF ("Rijnland
     * Zorggroep – Patiënteninformatie"): the document's, not the event's.
     */
    private boolean runningHead(Line first) {
        String text = first.text().strip();
        int at = leaves.indexOf(first);
        return text.length() > 3 && leaves.subList(at + 1, leaves.size()).stream()
                .anyMatch(l -> l.text().strip().equals(text));
    }

    /**
     * Whether a line heads an item whose date is set right under it: a heading, a line in strong emphasis or in
     * capitals (or led by its kind in capitals), that gives no date itself while the line under it does ("LENT TALK: …" over
     * "Thursday 11 March 2027, 19:45"). A date line ("Wanneer? 23 november") and a field ("Venue: …") are no heads.
     */
    private boolean dated(Line headline) {
        int at = leaves.indexOf(headline);
        // a plain text's rule under its headline ("=====") stands between it and its first line
        int next = at + 2 < leaves.size() && leaves.get(at + 1).text().strip().matches("[=*_~-]{3,}") ? at + 2 : at + 1;
        if (next >= leaves.size() || !DateReader.dates(headline.text()).isEmpty()
                || DateReader.dates(leaves.get(next).text()).isEmpty()) {
            return false;
        }
        String text = headline.text();
        return headline.kind() == Line.Kind.HEADING || headline.strong() || TitleCues.setInCapitals(text)
                || CAPITALS_LEAD.matcher(text).lookingAt();
    }
}
