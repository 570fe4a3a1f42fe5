package dev.agendum.importer;

import dev.agendum.model.EventStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the language, the title, the zone and the event's days from an announcement ({@link StatusReader} its status). */
final class EventReader {

    private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "van", "op", "voor", "met", "uur", "is",
            "wordt", "zijn", "door", "bij", "aan", "om", "naar", "je", "u", "wij", "we", "ons", "niet", "ook",
            "deze", "dit", "over", "tot", "bijeenkomst", "aanmelden", "programma", "datum", "tijd", "locatie");
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "of", "on", "for", "with", "is", "are",
            "will", "be", "by", "at", "to", "from", "this", "our", "we", "you", "your", "not", "about", "programme",
            "program", "date", "time", "venue", "register", "registration", "event", "speakers");
    /** What a press release or a newsletter calls itself in its first line. */
    private static final Pattern MASTHEAD = Pattern.compile("(?iu)(?<![\\p{L}])(persbericht|press release"
            + "|nieuwsbrief|nieuwsbericht|kerkbrief|bewonersbrief|newsletter|for immediate release|voor directe publicatie|mededeling|news release|what's on"
            + "|what’s on|coming up)"
            + "(?![\\p{L}])");
    /** The header lines of an e-mail as it was sent or forwarded: "Van: …", "Onderwerp: …", "From: …". */
    private static final Pattern MAIL_HEADER = Pattern.compile("(?iu)(?:van|from|aan|to|onderwerp|subject|cc|bcc"
            + "|verzonden|sent|datum|date)\\s*:");
    /** A mailing's own lines before its content: greetings, "view in your browser", "lukt het niet om …". */
    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^(?:beste|geachte|dear|hi|hallo|hello)\\b"
            + "|(?:in (?:je|uw|your) browser|bekijk (?:hem|deze|haar|de nieuwsbrief) online|view (?:this|it|the)"
            + "|lukt het niet|unsubscribe|afmelden|embargo)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * A breadcrumb trail: three or more short segments joined by "&gt;", "›", "»", "|" or a dash ("Tilburg University |
     * Nieuws en agenda | Symposium", "Waterschap X – Projecten – Dijk Y"); an issue's contents ("In deze editie: a |
     * b | c") are set the same way.
     */
    private static final Pattern BREADCRUMB = Pattern.compile("^[^.!?>›»|–]{1,50}(?:\\s[>›»|–]\\s[^.!?>›»|–]{1,50})"
            + "{2,}$");
    private static final Pattern RULED = Pattern.compile("^(?:[=*#]{2,}|-{2,})\\s*(.+?)\\s*(?:[=*#]{2,}|-{2,})$");
    /** A mailing's name with its month: "Clubnieuws AV De Spurt – maart 2026", "Parish news | May 2026". */
    private static final Pattern ISSUE_MONTH = Pattern.compile("(?iu)\\s[–|·-]\\s*(?:januari|februari|maart|april|mei"
            + "|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august"
            + "|october)\\s+\\d{4}$");
    /** The issue line under a mailing's name: "Issue 31 · January 2027", "Nieuwsbrief nr. 4", "Editie 12". */
    private static final Pattern ISSUE = Pattern.compile("(?iu)^(?:issue|nummer|editie|edition|no\\.|nr\\.|volume"
            + "|vol\\.|jaargang)\\s*\\d+");
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)^(?:geplaatst|gepubliceerd|published|posted)"
            + "(?:\\s+(?:op|on))?\\b");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:datum|date|wanneer|when|datum en tijd"
            + "|date and time|op)\\b");
    private static final Pattern NOT_EVENT_DATE = Pattern.compile("(?iu)(^(?:verzonden|sent|received|ontvangen)\\s*:"
            + "|aanmeld|inschrij|registr|register|sign up"
            + "|deadline|uiterlijk|gepubliceerd|published|geplaatst op|posted|laatst gewijzigd|bijgewerkt|last "
            + "(?:updated|modified)|updated on)");
    private static final Pattern EARLIER_DATE = Pattern.compile("(?iu)(oorspronkelijk|originally|in plaats van"
            + "|instead of|was gepland|was planned|eerder gepland|previously)");
    private static final Pattern PREVIOUS = Pattern.compile("(?iu)(oorspronkelijk|originally|in plaats van|instead of"
            + "|was gepland|was planned|eerder gepland|previously|planned for|scheduled for|gepland (?:op|voor)|verplaatst van|moved from|rescheduled from"
            + "|postponed from|changed from|put back from|van)\\s*(?:\\p{L}+\\s+){0,4}$");
    /** Words just before the date a moved event now has: "verplaatst naar", "nieuwe datum:", "moved … to". */
    private static final Pattern NEW_DATE = Pattern.compile("(?iu)(?<![\\p{L}])(?:nieuwe datum|new date|naar|to|until"
            + "|tot|for)\\s*:?\\s*(?:\\p{L}+,?\\s+)?$");

    private final Reading reading;
    private final List<Line> leaves;
    /** Where the title line is among the leaves: the event's date is most often set right under it. */
    private int titleAt = -1;

    EventReader(Reading reading) {
        this.reading = reading;
        this.leaves = reading.document.leaves();
    }

    void language(Optional<Locale> given) {
        if (given.isPresent()) {
            reading.language = new Reading.Valued<>(given.get(), Assumption.of("language given by the caller ("
                    + given.get().getLanguage() + ")"));
            return;
        }
        int dutch = 0;
        int english = 0;
        for (Line line : reading.document.leaves()) {
            for (Matcher m = WORD.matcher(line.text()); m.find(); ) {
                String word = m.group().toLowerCase(Locale.ROOT);
                dutch += DUTCH.contains(word) ? 1 : 0;
                english += ENGLISH.contains(word) ? 1 : 0;
            }
        }
        Locale language = dutch >= english ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        reading.language = new Reading.Valued<>(language, Assumption.of("language detected: " + dutch
                + " Dutch and " + english + " English function words"));
    }

    void title() {
        Line title = null;
        for (Line line : leaves.subList(0, Math.min(6, leaves.size()))) {
            if (line.kind() == Line.Kind.HEADING) {
                title = line;
                break;
            }
        }
        if (title == null) {
            // a page's breadcrumb trail ("Bibliotheek > Agenda > Lezingen") and its "Geplaatst op …" line come
            // before the headline; the title is the first line that is neither, else the first with words
            title = leaves.stream().filter(l -> l.text().matches("(?s).*\\p{L}{2}.*")).filter(l -> !BREADCRUMB
                    .matcher(l.text()).find() && !(PUBLISHED.matcher(l.text()).find() && l.text().length() < 60))
                    .findFirst().or(() -> leaves.stream().filter(l -> l.text().matches("(?s).*\\p{L}{2}.*"))
                    .findFirst()).orElseThrow(() -> new NotAnAnnouncementException("no text to take a title from"));
        }
        int top = TitleCues.afterSeparator(leaves);
        int header = top;
        while (header < leaves.size() && MAIL_HEADER.matcher(leaves.get(header).text()).lookingAt()
                && MAIL_HEADER.matcher(leaves.get(top).text()).lookingAt()) {
            header++;
        }
        Optional<Line> head = TitleCues.headEnd(leaves);
        Optional<Source> subject = header > top ? TitleCues.subject(leaves, top, header) : Optional.empty();
        if (subject.isPresent() && title.kind() != Line.Kind.HEADING) {
            // a forwarded mail or calendar invite: its own subject names the event
            titleAt = header;
            reading.title = new Reading.Valued<>(subject.get().words(), subject.get());
            return;
        }
        if (header > top && title.kind() != Line.Kind.HEADING && header < leaves.size()) {
            // an e-mail as it was sent ("Van: …", "Onderwerp: …"): its header lines are the masthead
            title = headlineAfter(leaves.get(header - 1)).orElse(title);
        } else if (head.isPresent() && title.kind() != Line.Kind.HEADING) {
            // a social post ("12,408 followers", "2d • Edited") or a flyer's sender ("… nodigt u uit op zijn")
            title = headlineAfter(head.get()).orElse(title);
        } else if ((MASTHEAD.matcher(title.text()).find() || ISSUE_MONTH.matcher(title.text()).find())
                && title.text().length() < 100
                || title.kind() != Line.Kind.HEADING && mailingHead(leaves.indexOf(title))) {
            title = headlineAfter(title).orElse(title);
        }
        titleAt = leaves.indexOf(title);
        // "*** Inspraakavond: … ***", "--- Open dag ---": the rules a plain-text mailing sets a headline between
        Matcher rules = RULED.matcher(title.text());
        Source source = rules.matches() ? title.source(rules.start(1), rules.end(1)) : title.source();
        String words = source.words().replaceAll("[\\s:]+$", "");
        if (words.length() > 500) {
            words = words.substring(0, 500);
        }
        long upper = words.chars().filter(Character::isUpperCase).count();
        long letters = words.chars().filter(Character::isLetter).count();
        if (letters > 8 && upper * 10 > letters * 8) {
            String sentence = words.substring(0, 1) + words.substring(1).toLowerCase(reading.language.value());
            reading.title = new Reading.Valued<>(sentence, Assumption.from("title set in capitals, kept in "
                    + "sentence case", source));
        } else {
            reading.title = new Reading.Valued<>(words, source);
        }
    }

    /**
     * A mailing whose name is no masthead word ("THE FIXER – news from …") still shows its head: an issue line
     * ("Issue 31 · January 2027") or a "view it in your browser" line just under the first line.
     */
    private boolean mailingHead(int first) {
        for (Line line : leaves.subList(first + 1, Math.min(leaves.size(), first + 3))) {
            if (ISSUE.matcher(line.text()).find() || line.text().length() < 160 && BOILERPLATE.matcher(line.text())
                    .find() && !line.text().matches("(?iu)^(?:beste|geachte|dear|hi|hallo|hello)\\b.*")) {
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
        for (Line line : leaves.subList(from, Math.min(leaves.size(), from + 12))) {
            String text = line.text().replaceAll("^[=*#\\s-]+|[=*#\\s-]+$", "");
            if (text.split("\\s+").length >= 2 && text.length() <= 150 && !text.matches("(?s).*[.,;:]")
                    && !MAIL_HEADER.matcher(text).lookingAt() && !MASTHEAD.matcher(text).find()
                    && !BOILERPLATE.matcher(text).find() && !ISSUE.matcher(text).find() && !BREADCRUMB.matcher(text).find()
                    && !text.contains("://") && !text.contains("@") && text.matches("(?s).*\\p{L}{2}.*")
                    && !TitleCues.neverHeadline(text)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    void zone(Optional<ZoneId> given) {
        if (given.isPresent()) {
            reading.zone = new Reading.Valued<>(given.get(), Assumption.of("zone given by the caller"));
        } else if (reading.dutch()) {
            reading.zone = new Reading.Valued<>(ZoneId.of("Europe/Amsterdam"),
                    Assumption.of("zone Europe/Amsterdam: a Dutch text that names none"));
        } else {
            reading.zone = new Reading.Valued<>(ZoneId.of("Europe/Amsterdam"), Assumption.of("zone "
                    + "Europe/Amsterdam: the text names none; the importer's default (set one with --zone)"));
        }
    }

    /** The event's days: the best-placed date of the text, a run of days or the first and last day named. */
    record Days(LocalDate first, LocalDate last, Line line, Source source, Basis basis, int end) {
    }

    Days days(Optional<Integer> givenYear) {
        Candidate best = null;
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            for (DateReader.DateMention date : DateReader.dates(line.text())) {
                Candidate candidate = new Candidate(line, date, score(line, date, i));
                all.add(candidate);
                if (best == null || candidate.score > best.score) {
                    best = candidate;
                }
            }
        }
        if (best == null) {
            throw new NotAnAnnouncementException("no date found (such as \"15 januari 2021\" or \"April 2, 2021\")");
        }
        Year year = year(best, all, givenYear);
        Source source = best.line.source(best.date.start(), best.date.end());
        if (!best.date.valid(year.value)) {
            throw new NotAnAnnouncementException("the date \"" + source.words() + "\" does not exist");
        }
        LocalDate first = best.date.first(year.value);
        LocalDate last = best.date.last(year.value);
        checkWeekday(best.date, first, source);
        reading.previousStart = Optional.empty();
        return new Days(first, last, best.line, source, year.basis == null ? source
                : Assumption.from(year.basis, source), best.date.end());
    }

    /** Whether a line's date is said to be something other than the event's (publication, registration). */
    static boolean notEventDate(String text) {
        return NOT_EVENT_DATE.matcher(text).find();
    }

    /** Resolves any date of the text with the event's year. */
    Optional<LocalDate> resolve(DateReader.DateMention date, int eventYear) {
        int year = date.year().orElse(eventYear);
        return date.valid(year) ? Optional.of(date.first(year)) : Optional.empty();
    }

    private record Candidate(Line line, DateReader.DateMention date, int score) {
    }

    private record Year(int value, String basis) {
    }

    private Year year(Candidate best, List<Candidate> all, Optional<Integer> givenYear) {
        if (best.date.year().isPresent()) {
            return new Year(best.date.year().get(), null);
        }
        for (Candidate other : all) {
            if (other.date.year().isPresent()) {
                return new Year(other.date.year().get(), "year " + other.date.year().get() + " taken from \""
                        + other.line.source(other.date.start(), other.date.end()).words() + "\" elsewhere in the text");
            }
        }
        Matcher year = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)").matcher(reading.title.value());
        if (year.find()) {
            return new Year(Integer.parseInt(year.group(1)), "year " + year.group(1) + " taken from the title");
        }
        if (givenYear.isPresent()) {
            return new Year(givenYear.get(), "year " + givenYear.get() + " given by the caller (--year)");
        }
        throw new NotAnAnnouncementException("the date \"" + best.line.source(best.date.start(), best.date.end())
                .words() + "\" has no year and the text gives none: pass --year");
    }

    /** The sentence of a line a date stands in: "(zie de oorspronkelijke uitnodiging)" after it says nothing of it. */
    private static String sentence(String text, DateReader.DateMention date) {
        int from = text.lastIndexOf(". ", date.start());
        int to = text.indexOf(". ", date.end());
        return text.substring(from < 0 ? 0 : from + 2, to < 0 ? text.length() : to);
    }

    /** Where a thread's earlier, quoted messages begin: its first forward's or reply's rule after the top. */
    private int quotedFrom() {
        for (int i = 1; i < leaves.size(); i++) {
            if (TitleCues.SEPARATOR.matcher(leaves.get(i).text()).matches()) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private int score(Line line, DateReader.DateMention date, int index) {
        int score = 0;
        String text = line.text();
        String before = text.substring(0, date.start());
        if (DATE_LABEL.matcher(text).find()) {
            score += 6;
        }
        score += date.weekday().isPresent() ? 2 : 0;
        score += date.year().isPresent() ? 1 : 0;
        score += line.kind() == Line.Kind.HEADING || line.strong() ? 2 : 0;
        score += index < 4 ? 1 : 0;
        // a newsletter's other dates (a look back, the agenda) are further from the title than the event's
        score += titleAt >= 0 && index > titleAt && index <= titleAt + 2 ? 3 : 0;
        score += DateReader.times(text.substring(date.end())).isEmpty() ? 0 : 3;
        // a mail thread: the earlier messages quoted under the latest one state what has since changed
        score -= index > quotedFrom() ? 8 : 0;
        // a postponement without a new date has only its old date: "Het congres van 30 januari" is the event's
        boolean moved = reading.status.value() == EventStatus.RESCHEDULED;
        // "planned for Wednesday 4 November": a "for" after a planning word gives the old date, not the new one
        boolean newDate = moved && NEW_DATE.matcher(before).find() && !PREVIOUS.matcher(before).find();
        if (NOT_EVENT_DATE.matcher(text).find() || !newDate && (EARLIER_DATE.matcher(sentence(text, date)).find()
                || moved && PREVIOUS.matcher(before).find())) {
            score -= 12;
        }
        if (newDate) {
            // a moved event's new date outranks a "Datum:" line that still gives the old one
            score += 10;
        }
        return score;
    }

    private void checkWeekday(DateReader.DateMention date, LocalDate first, Source source) {
        date.weekday().ifPresent(day -> {
            if (day != first.getDayOfWeek()) {
                reading.problems.add("the text says " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " for \""
                        + source.words() + "\", which is a " + first.getDayOfWeek().getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH));
            }
        });
    }

    /** For a moved event: the date the text says it had before ("verplaatst van 12 maart"). */
    void previousDate(Days days, int eventYear) {
        if (!reading.status.value().movedInTime()) {
            return;
        }
        for (Line line : leaves) {
            for (DateReader.DateMention date : DateReader.dates(line.text())) {
                String before = line.text().substring(0, date.start());
                Optional<LocalDate> day = resolve(date, eventYear);
                if (day.isPresent() && !day.get().equals(days.first()) && PREVIOUS.matcher(before).find()) {
                    reading.previousStart = Optional.of(new Reading.Valued<>(day.get().atTime(
                            reading.start.value().toLocalTime()), Assumption.from("previous start at the event's "
                            + "time of day on the date it had before", line.source(date.start(), date.end()))));
                    return;
                }
            }
        }
    }
}
