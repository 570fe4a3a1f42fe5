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
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:(?:datum|data|date|dates|wanneer|when"
            // a card's calendar mark: "📅 vrijdag 26 februari", "🗓️ Sat 12 June"
            + "|datum en tijd|date and time|op)\\b|\\s*(?:📅|🗓|📆)\\uFE0F?\\s*(?=\\p{L}|\\d))");
    /** A line that opens with "Op" and a date, a sentence rather than a label. */
    private static final Pattern OPENS_WITH_OP = Pattern.compile("(?iu)^op\\b");
    private static final Pattern NOT_EVENT_DATE = Pattern.compile("(?iu)(^(?:verzonden|sent|received|ontvangen)\\s*:"
            + "|aanmeld|inschrij|registr|register|sign up"
            + "|deadline|uiterlijk|gepubliceerd|published|geplaatst op|posted|laatst gewijzigd|bijgewerkt|last "
            + "(?:updated|modified)|updated on|rsvp|reply by|respond by"
            // a notice's or a letter's own date: "Date of notice: Monday 29 March 2027", "Datum verzending: …"
            + "|date of (?:this )?(?:notice|issue|publication|letter)|datum (?:van )?(?:uitgifte|verzending|dit bericht)"
            // a release's own date beside its kind: "*Persbericht | dinsdag 12 oktober 2027*", "Press release – 3 May"
            + "|^\\W*(?:persbericht|press release|nieuwsbericht|news release)\\s*[|·–—:-]"
            // an embargo line: "For immediate release: Monday 22 February 2027", "Embargo tot 9 maart, 10.00 uur"
            + "|^\\W*(?:for (?:immediate )?release|embargo(?:ed)?(?: until| tot)?|not for release before)\\b"

            // the series' next one ("Het volgende webinar in deze reeks … is op 22 juni", "the next home fixture")
            + "|(?<![\\p{L}])(?:het|de|onze|our|the) (?:volgende|eerstvolgende|next) (?:\\p{L}+ )?(?:webinar|bijeenkomst"
            + "|avond|editie|sessie|lezing|meeting|session|event|edition|fixture|match|wedstrijd))");
    /**
     * A dateline: the town and date a press release or a letter opens with ("**Ommerveld, 1 maart 2027** – Over …",
     * "Amsterdam, 8 april 2027"), the day it was written, not the event's.
     */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("(?u)^[*_\\s]*\\p{Lu}[\\p{L}'’. -]{1,30},\\s*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("(?u)^[*_\\s]*(?:[–—-]\\s|[–—-]?$)");
    /** The words that say a date was the one first planned: "oorspronkelijk", "instead of". */
    private static final String EARLIER = "oorspronkelijk|originally|in plaats van|instead of|was gepland|was planned"
            + "|eerder gepland|previously";
    private static final Pattern EARLIER_DATE = Pattern.compile("(?iu)(" + EARLIER + ")");
    private static final Pattern PREVIOUS = Pattern.compile("(?iu)(" + EARLIER + "|planned for|scheduled for|gepland (?:op|voor)|verplaatst van|moved from|rescheduled from"
            + "|postponed from|changed from|put back from|van)\\s*(?:\\p{L}+\\s+){0,4}$");
    /** Words just before the date a moved event now has: "verplaatst naar", "nieuwe datum:", "moved … to". */
    private static final Pattern NEW_DATE = Pattern.compile("(?iu)(?<![\\p{L}])(?:nieuwe datum|new date|naar|to|until"
            + "|tot|for"
            // "We are delighted to say the company can return to us on" over "Friday 14 May 2027, 7.30pm"
            + "|return to us on|come back on|terug(?:komen|keren)? op)\\s*:?\\s*(?:\\p{L}+,?\\s+)?$");

    private final Reading reading;
    private final List<Line> leaves;
    /** Where the title line is among the leaves: the event's date is most often set right under it. */
    private int titleAt = -1;

    /** Whether a date's sentence goes on over its line's wrap to its time. */
    private final WrappedTimes wrappedTimes;

    EventReader(Reading reading) {
        this.reading = reading;
        this.leaves = reading.document.leaves();
        this.wrappedTimes = new WrappedTimes(leaves, reading.document.input());
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
        titleAt = new TitleReader(reading, leaves).read();
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

    /**
     * The event's days: the best-placed date of the text, a run of days or the first and last day named; {@code span}
     * the day-and-time span the days were read from ("Saturday 15 May 2027, 09:00 – Sunday 16 May 2027, 17:00"), whose
     * times are then the event's, empty otherwise.
     */
    record Days(LocalDate first, LocalDate last, Line line, Source source, Basis basis, int end,
                Optional<DateTimeSpan> span) {
    }

    Days days(Optional<Integer> givenYear, LocalDate today) {
        titleWord = titleWord();
        Candidate best = null;
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Line line = leaves.get(i);
            for (DateReader.DateMention date : DateReader.dates(line.text())) {
                Candidate candidate = new Candidate(line, date, score(line, date, i), Optional.empty());
                all.add(candidate);
                if (best == null || candidate.score > best.score) {
                    best = candidate;
                }
            }
        }
        Optional<Candidate> relative = MailDates.relativeDay(leaves)
                .map(r -> new Candidate(r.line(), r.date(), RELATIVE_SCORE, Optional.of(r.counted())));
        if (relative.isPresent() && (best == null || relative.get().score > best.score)) {
            best = relative.get();
        }
        if (best == null) {
            throw new NotAnAnnouncementException("no date found (such as \"15 januari 2021\" or \"April 2, 2021\")");
        }
        best = runFrom(best, all);
        EventYear.Year year = EventYear.of(new EventYear.Dated(best.line, best.date), all.stream()
                .map(c -> new EventYear.Dated(c.line, c.date)).toList(), reading.title.value(), givenYear, today);
        Source source = best.line.source(best.date.start(), best.date.end());
        if (!best.date.valid(year.value())) {
            throw new NotAnAnnouncementException("the date \"" + source.words() + "\" does not exist");
        }
        LocalDate first = best.date.first(year.value());
        LocalDate last = best.date.last(year.value());
        int spanYear = year.value();
        Optional<DateTimeSpan> span = DateTimeSpan.from(best.line, best.date)
                .filter(s -> s.last().valid(s.last().year().orElse(spanYear)))
                .filter(s -> s.last().first(s.last().year().orElse(spanYear)).isAfter(first));
        if (span.isPresent()) {
            // "Saturday 15 May 2027, 09:00 – Sunday 16 May 2027, 17:00": the days run to the span's second date
            DateReader.DateMention to = span.get().last();
            last = to.first(to.year().orElse(year.value()));
        }
        if (span.isEmpty() && last.equals(first)) {
            // "| Zondag 26 september 2027 | 10u00 - 18u00 |" over the next days' rows: the fair's days are its hours'
            // and a cycle's sessions, one a row with its date and hours, run from the first to the last
            last = OpeningHours.lastDay(reading.document, first)
                    .or(() -> SessionSeries.lastDay(reading.document, first)).orElse(last);
        }
        checkWeekday(best.date, first, source);
        reading.previousStart = Optional.empty();
        Basis basis = best.counted.isPresent() ? Assumption.from(best.counted.get(), source)
                : year.basis().<Basis>map(b -> Assumption.from(b, source)).orElse(source);
        // "dinsdag 16 maart 2027 – Hartstochten" among a course's evenings: the course runs from the first to the last
        Optional<LocalDate[]> listed = span.isEmpty() ? runOf(best.line, year.value()) : Optional.empty();
        LocalDate lastDay = last;
        return new Days(listed.map(l -> l[0]).orElse(first), listed.map(l -> l[1]).orElse(lastDay), best.line, source,
                basis, best.date.end(), span);
    }

    /**
     * The first and last day of the list of sessions or the table of performances that holds {@code line}, if it
     * stands in one.
     */
    private Optional<LocalDate[]> runOf(Line line, int year) {
        return SessionSeries.listed(leaves, line, year)
                .or(() -> PerformanceRows.days(reading.document, line, d -> resolve(d, year)));
    }

    /**
     * A heading names one day of a fair ("seminarprogramma dinsdag 19 januari") whose text gives the run it opens
     * ("op dinsdag 19 en woensdag 20 januari 2027"): the run is the event's days, the heading the day of its programme.
     * So is a run of at most a week that holds the day ("van vrijdag 4 juni tot en met zondag 6 juni" over the
     * weekend's "ZONDAG 6 JUNI - Familiedag"), when it is as well placed as the day but for a heading's marks.
     */
    private static Candidate runFrom(Candidate best, List<Candidate> all) {
        Candidate run = best;
        for (Candidate other : all) {
            DateReader.DateMention date = other.date;
            boolean longer = date.lastMonth() * 100 + date.lastDay() > run.date.lastMonth() * 100 + run.date.lastDay();
            boolean opens = date.firstDay() == best.date.firstDay() && date.firstMonth() == best.date.firstMonth();
            // the run's own sentence, not its line, says whether it is the event's ("… geopend. Gratis na aanmelding")
            if ((opens && longer || holdsWithinAWeek(date, best.date) && other.score >= best.score - HEADING_MARKS
                    && run == best) && !NOT_EVENT_DATE.matcher(sentence(other.line.text(), date)).find()) {
                run = other;
            }
        }
        return run;
    }

    /**
     * What a day heading may gain over a sentence: its weekday, its line as a heading and the times under it, less a
     * year; a run further behind is penalised as another occasion's (an issue date, a quoted message, an agenda).
     */
    private static final int HEADING_MARKS = 7;

    /** Whether {@code run}, of two to seven days in one month or two, holds {@code day} and starts before it. */
    private static boolean holdsWithinAWeek(DateReader.DateMention run, DateReader.DateMention day) {
        int year = 2001;   // any year without a leap day: only the order and distance of the days count
        if (!run.valid(year) || !day.valid(year) || run.year().isPresent() && day.year().isPresent()
                && !run.year().equals(day.year())) {
            return false;
        }
        LocalDate first = run.first(year);
        LocalDate last = run.last(year);
        LocalDate on = day.first(year);
        return first.isBefore(on) && !day.last(year).isAfter(last) && !last.isAfter(first.plusDays(6));
    }

    /** Whether a line's date is said to be something other than the event's (publication, registration). */
    static boolean notEventDate(String text) {
        return NOT_EVENT_DATE.matcher(text).find() || TitleCues.postedAt(text);
    }

    /** Resolves any date of the text with the event's year. */
    Optional<LocalDate> resolve(DateReader.DateMention date, int eventYear) {
        int year = date.year().orElse(eventYear);
        return date.valid(year) ? Optional.of(date.first(year)) : Optional.empty();
    }

    /** A relative day's score: above a date with a weekday, a year and a time, below a labelled date line. */
    private static final int RELATIVE_SCORE = 8;

    /** A date of the text, how well it is placed to be the event's, and for a relative day what it was counted from. */
    private record Candidate(Line line, DateReader.DateMention date, int score, Optional<String> counted) {
    }

    /** The sentence of a line a date stands in: "(zie de oorspronkelijke uitnodiging)" after it says nothing of it. */
    private static String sentence(String text, DateReader.DateMention date) {
        int from = text.lastIndexOf(". ", date.start());
        int to = text.indexOf(". ", date.end());
        return text.substring(from < 0 ? 0 : from + 2, to < 0 ? text.length() : to);
    }

    /** Whether leaf {@code index} is a mail's "Date:" header line. */
    private boolean sentDate(int index) {
        return MailDates.sentDate(leaves, index);
    }

    /** A label alone on its line, over the date: "WANNEER?", "Datum", "When:". */
    private static final Pattern BARE_LABEL = Pattern.compile("(?iu)^\\W*(?:datum|date|wanneer|when|datum en tijd"
            + "|date and time)\\s*[:?]?\\s*$");
    /** Where a section of other events begins, past the event's own lines; past the end when there is none. */
    private int otherEventsFrom() {
        if (otherEvents < 0) {
            otherEvents = OtherEvents.from(leaves);
        }
        return otherEvents;
    }

    /** The shortest word of a title that names the kind of event ("inloopavond", "symposium"). */
    private static final int TITLE_WORD = 6;

    /** The title's occasion word, once the title is read: the dates' sentences are matched against it. */
    private Optional<String> titleWord = Optional.empty();

    /** The title's first word, when it names the kind of occasion ("Inloopavond …"), lower case. */
    private Optional<String> titleWord() {
        if (reading.title == null) {
            return Optional.empty();
        }
        Matcher compound = HYPHENED_OCCASION.matcher(reading.title.value());
        if (compound.lookingAt()) {
            // "Buurtpreventie-avond: …": the occasion is the compound's last part, as the text names it ("een avond")
            return Optional.of(compound.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher word = WORD.matcher(reading.title.value());
        return word.find() && word.group().length() >= TITLE_WORD && EVENT_NOUN.matcher(word.group()).find()
                ? Optional.of(word.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A title that opens with a compound joined by a hyphen to its occasion: "Buurtpreventie-avond", "Open-dag". */
    private static final Pattern HYPHENED_OCCASION = Pattern.compile("(?iu)^\\W*\\p{L}+-((?:avond|middag|ochtend"
            + "|lezing|debat|symposium|congres|workshop|festival|concert|markt|bijeenkomst|vergadering|sessie|webinar"
            + "|evening|meeting|conference|lecture|seminar))(?![\\p{L}-])");

    /** A word that names an occasion by how it ends: "Inloopavond", "Kandidatendebat", "Voorjaarssymposium". */
    private static final Pattern EVENT_NOUN = Pattern.compile("(?iu)(?:avond|dag|middag|ochtend|lezing|debat"
            + "|symposium|congres|workshop|festival|concert|markt|bijeenkomst|vergadering|sessie|webinar|café|cafe"
            + "|meeting|conference|lecture|seminar|evening|fair|rondleiding|wandeling|excursie|viering|receptie"
            + "|toernooi|tocht|feest|borrel|beurs|training|cursus|clinic|quiz|veiling|auction|gala|dinner|diner)$");

    private int otherEvents = -1;

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
        if (DATE_LABEL.matcher(text).find() || index > 0 && BARE_LABEL.matcher(leaves.get(index - 1).text()).matches()) {
            // "Datum: …", or a label alone on the line above ("WANNEER?" over "Van vrijdag 12 november …"); a
            // sentence that opens with "Op" and its date ("Op woensdag 17 maart kiest Overijssel …") less so
            score += OPENS_WITH_OP.matcher(text).lookingAt() ? 4 : 6;
        }
        score += date.weekday().isPresent() ? 2 : 0;
        score += date.year().isPresent() ? 1 : 0;
        score += line.kind() == Line.Kind.HEADING || line.strong() || DateSignals.emphasised(reading.document.input(), line, date) ? 2 : 0;
        score += index < 4 ? 1 : 0;
        // a newsletter's other dates (a look back, the agenda) are further from the title than the event's
        score += titleAt >= 0 && index > titleAt && index <= titleAt + 2 ? 3 : 0;
        score += DateReader.times(text.substring(date.end())).isEmpty() && !wrappedTimes.after(index) ? 0 : 3;
        // "… tijdens een inloopavond op woensdag 13 oktober" under "Inloopavond dijkversterking …": the sentence names
        // the event by its title's word; "een spreekuur op donderdag 21 oktober" is another occasion
        score += titleWord.filter(w -> sentence(text, date).toLowerCase(Locale.ROOT).contains(w)).isPresent() ? 3 : 0;
        // a newsletter's "VERDER IN APRIL" or "Also this month" lists other events under it
        score -= index > otherEventsFrom() ? 12 : 0;
        // a mail thread: the earlier messages quoted under the latest one state what has since changed
        score -= index > quotedFrom() ? 8 : 0;
        // a mail's own "Date: Mon, 3 May 2027 11:20" among its header lines is the day it was sent
        score -= sentDate(index) ? 20 : 0;
        // a letter's "Datum:" among its "Ons kenmerk:", "Behandeld door:", "Onderwerp:" is the day it was written
        score -= DATE_LABEL.matcher(text).find() && DateSignals.amongLetterFields(leaves, index) ? 20 : 0;
        // "ST ALDHELM'S PARISH E-NEWS" over "Alresford | Friday 26 February 2027": a mailing's issue date
        score -= MailDates.issueDate(leaves, line, index) ? 10 : 0;
        // a chat message's header or a post's "14 januari om 18:12 ·" is when it was sent, a press release's date
        // alone under "PRESS RELEASE" when it went out
        score -= TitleCues.postedAt(text) || DateSignals.releaseDate(leaves, index, date) ? 20 : 0;
        // a postponement without a new date has only its old date: "Het congres van 30 januari" is the event's
        boolean moved = reading.status.value() == EventStatus.RESCHEDULED;
        // "planned for Wednesday 4 November": a "for" after a planning word gives the old date, not the new one
        // a date that opens its line may finish the sentence the line above leaves open
        String led = before.isBlank() && index > 0 ? HardWraps.openSentence(leaves.get(index - 1)) + " " : before;
        boolean newDate = moved && (NEW_DATE.matcher(led).find() && !PREVIOUS.matcher(led).find()
                || DateSignals.underStatusNotice(reading, leaves, index) || DateSignals.afterStatusCue(reading, line, date));
        // "what was planned for Saturday 12 June": of a cancelled event, the planned day is still its own
        if (NOT_EVENT_DATE.matcher(text).find() || dateline(text, date) || moved && !newDate
                && (EARLIER_DATE.matcher(sentence(text, date)).find() || PREVIOUS.matcher(before).find())) {
            score -= 12;
        }
        if (newDate) {
            // a moved event's new date outranks a "Datum:" line that still gives the old one
            score += 10;
        }
        return score;
    }

    /**
     * Whether a date stands in a dateline: after a town and a comma at the line's start, before a dash or nothing,
     * on a line that gives no time.
     */
    private static boolean dateline(String text, DateReader.DateMention date) {
        // an event's card may set its town before its date too ("Utrecht, 12 maart 2027, 19.30 uur"), with a time
        return DateReader.times(text).isEmpty() && DATELINE_BEFORE.matcher(text.substring(0, date.start())).matches()
                && DATELINE_AFTER.matcher(text.substring(date.end())).lookingAt();
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
        // a postponed event has no new date yet: the date it gives is still its own, and an earlier one ("Bericht
        // van 19 april") is no date it had before
        if (reading.status.value() != EventStatus.RESCHEDULED) {
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
