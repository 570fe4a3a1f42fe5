package dev.agendum.importer;

import dev.agendum.model.EventStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whether an event is cancelled, moved online, rescheduled or postponed from its words ("geannuleerd",
 * "gaat online door", "verplaatst naar …", "uitgesteld", "cancelled", "moves online", "postponed"); else scheduled.
 */
final class StatusReader {

    /** "Een nieuwe datum is nog niet bekend", "new date to be announced": no new date yet, so postponed. */
    private static final Pattern NO_DATE_YET = Pattern.compile("(?iu)\\s*(?:is|wordt|will be|:)?\\s*(?:nog niet|not "
            + "yet|(?:nog )?onbekend|unknown|to be (?:announced|confirmed|decided)|tba|tbc|volgt|follows|maken we "
            + "(?:later |nog |zo snel mogelijk )?bekend|will be announced|we will announce|we'll announce)");

    /** The label of a new hour on the same day. */
    private static final String NEW_TIME = "nieuw uur|nieuwe tijd|nieuw tijdstip|nieuw aanvangsuur|nieuwe aanvangstijd"
            + "|nieuwe aanvang|new time|new start time|new starting time";
    private static final Pattern NEW_TIME_WORDS = Pattern.compile("(?iu)" + NEW_TIME);

    /**
     * Whether a move's words in {@code line} give where it moves to: in what follows them, or a new date named before
     * the words that call it one ("Netepaviljoen gaat open op 11 juni: nieuwe datum").
     */
    private boolean moves(Line line, Matcher words) {
        String before = line.text().substring(0, words.start());
        return NEW_DATE.matcher(words.group()).matches() && FLAG_BEFORE.matcher(before).find()
                && line.text().substring(words.end()).matches("[\\W_]*") && !DateReader.dates(before).isEmpty()
                || movedTo(words, after(line, words.end()));
    }

    /** Whether what follows a move's words gives where it moves to: a date, or after a new hour's label an hour. */
    private static boolean movedTo(Matcher words, String after) {
        return !NO_DATE_YET.matcher(after).lookingAt() && (!DateReader.dates(after).isEmpty()
                || NEW_TIME_WORDS.matcher(words.group()).matches() && !DateReader.times(after).isEmpty());
    }

    /** The words that name a new date, which may follow it: "… op 11 juni: nieuwe datum". */
    private static final Pattern NEW_DATE = Pattern.compile("(?iu)nieuwe datum|new date");
    /** What sets a headline's flag apart from its words: "… 11 juni: nieuwe datum", "… 12 May – NEW DATE". */
    private static final Pattern FLAG_BEFORE = Pattern.compile("(?:[:–—|]|\\s-)\\s*$");

    private record Status(EventStatus status, Pattern words) {
    }

    private static final List<Status> STATUSES = List.of(
            new Status(EventStatus.CANCELLED, Pattern.compile("(?iu)(?<![\\p{L}])(geannuleerd|afgelast|gaat (?:helaas )?"
                    + "niet door|cancelled|canceled|called off)(?![\\p{L}])")),
            new Status(EventStatus.MOVED_ONLINE, Pattern.compile("(?iu)(gaat online door|wordt online gehouden"
                    + "|vindt (?:nu )?online plaats|online verplaatst|verplaatst naar online|moved online|moves online|is moving "
                    + "online|goes online instead|will now "
                    + "(?:take place|be held) online|now takes place online|will be held online instead|now online only"
                    // "decided to hold it online", "besloten de dag volledig online te houden"
                    + "|to hold (?:it|the [\\p{L}-]+) online|(?:het|de [\\p{L}-]+) (?:volledig )?online te houden"
                    // "we have decided to run it entirely online instead", a headline's "…: now a webinar"
                    + "|(?:run|running|hold|holding) (?:it|the [\\p{L}-]+) (?:entirely |fully |wholly )?online"
                    + "|now a webinar|nu een webinar|wordt een webinar"
                    // "We are moving it online", "we hebben de avond online verplaatst"
                    + "|(?:moving|moved|move) (?:it|the [\\p{L}-]+) online|(?:het|de [\\p{L}-]+) online verplaatst"
                    // "niet uit te stellen, maar online te houden"; a subject's "… 2027 – nu online"
                    + "|maar online te houden|but (?:to )?hold it online|[–—-]\\s+(?:nu|now) online\\s*$"
                    // a Flemish notice: "deze infosessie gaat enkel digitaal door", "vindt digitaal plaats"
                    + "|gaat (?:enkel |alleen |volledig |nu )?digitaal door|vindt (?:enkel |alleen |nu )?digitaal plaats"
                    + "|wordt (?:een )?digita(?:al|le sessie)"
                    // a subject's "Voorjaarsledenvergadering 23 maart wordt online"; "maar vergaderen we online"
                    + "|wordt online\\s*$|vergaderen we (?:nu |dit keer |deze keer )?online|we meet online instead)")),
            new Status(EventStatus.RESCHEDULED, Pattern.compile("(?iu)(?<![\\p{L}])((?:" + DateReader.MOVED
                    + "|moves|is moving)(?:\\s+(?:van|from)\\s+[^.;]{1,60}?)?"
                    // "the concert has been moved two weeks later to Saturday 26 June"
                    + "(?:\\s+(?:two|three|four|one|a|twee|drie|vier|een|enkele|a few|several)\\s+(?:weeks?|weken|days?|dagen"
                    + "|months?|maanden)\\s+(?:later|earlier|eerder|back|forward|vooruit|naar achteren))?"
                    + "\\s+(?:naar|tot|to|until|till|for)|nieuwe datum|nieuwe data|new dates?|rescheduled|verplaatst"
                    // "we moeten het webinar verplaatsen", "het webinar gaat nu door op donderdag 21 oktober"
                    + "|verplaatsen|gaat nu door op|now takes place on|will now take place on"
                    // "*** CHANGE OF DATE ***", "The meeting will now be held on:", "has had to be put back by a fortnight"
                    + "|change of date|date change|datumwijziging|gewijzigde datum|will now be held on|wordt nu gehouden op"
                    + "|vindt nu plaats op|put back (?:by|to|until)"
                    // "NIEUW UUR: 19u30 tot 21u15", "New start time: 6.30pm": the day stands, the hour moves
                    + "|" + NEW_TIME + ")(?![\\p{L}])")),
            new Status(EventStatus.POSTPONED, Pattern.compile("(?iu)(?<![\\p{L}])(uitgesteld|postponed|verdaagd)"
                    + "(?![\\p{L}])")));

    private final Reading reading;
    private final List<Line> leaves;

    /** The lines that give the status of one date of a series, not of the event (see {@link #oneOfASeries}). */
    private final Set<Integer> oneDate;

    StatusReader(Reading reading) {
        this.reading = reading;
        this.leaves = reading.document.leaves();
        this.oneDate = oneOfASeries(reading.document.lines(), leaves);
    }

    /** The fewest dated rows of a table that make it a series of dates, and of them the fewest left unchanged. */
    private static final int SERIES = 3;
    private static final int UNCHANGED = 2;

    /**
     * A table of dates ("zondag 31 oktober 2027 | 14.00–15.30 | – | Geannuleerd") in which one or some rows are
     * cancelled or moved while others stand: those rows' cells, and a line that says so of one of its dates
     * ("Geannuleerd: zondag 31 oktober."), speak of that date, not of the event.
     */
    private static Set<Integer> oneOfASeries(List<Line> lines, List<Line> leaves) {
        List<Line> dated = lines.stream().filter(l -> l.kind() == Line.Kind.ROW)
                .filter(l -> !DateReader.dates(rowText(l)).isEmpty()).toList();
        List<Line> changed = dated.stream().filter(row -> hasStatusWord(rowText(row))).toList();
        if (dated.size() < SERIES || changed.isEmpty() || dated.size() - changed.size() < UNCHANGED) {
            return Set.of();
        }
        Set<String> days = new HashSet<>();
        changed.forEach(row -> DateReader.dates(rowText(row)).forEach(d -> days.add(dayOf(d))));
        // the lines by where they start in the input: a row's cells are read into new lines each time
        Set<Integer> oneDate = new HashSet<>();
        changed.forEach(row -> row.cells().forEach(cell -> cell.parts().forEach(p -> oneDate.add(p.source().start()))));
        for (Line leaf : leaves) {
            List<DateReader.DateMention> mentions = DateReader.dates(leaf.text());
            if (!mentions.isEmpty() && hasStatusWord(leaf.text())
                    && mentions.stream().allMatch(d -> days.contains(dayOf(d)))) {
                oneDate.add(leaf.source().start());
            }
        }
        return oneDate;
    }

    /** The day a date mention names first, as day and month: a series' rows and the lines about them compare so. */
    private static String dayOf(DateReader.DateMention date) {
        return date.firstDay() + "/" + date.firstMonth();
    }

    private static boolean hasStatusWord(String text) {
        return STATUSES.stream().anyMatch(s -> s.words().matcher(text).find());
    }

    private static String rowText(Line row) {
        return String.join(" | ", row.cells().stream().map(Line::text).toList());
    }

    /** "Het debat van 11 februari gaat niet door op die avond": not going ahead then, which a move may explain. */
    private static final Pattern NOT_THEN = Pattern.compile("(?iu)gaat (?:helaas )?niet door|does not go ahead");
    /**
     * "gaat niet door op die datum", "will not go ahead on that date": the day is off, the event is not; "gaat NIET
     * door in de aula": the room is off, the event is held elsewhere (not "in verband met", "in de zomer": a reason
     * or a time).
     */
    private static final Pattern ON_THAT_DAY = Pattern.compile("(?iu)^\\W*(?:op (?:die|deze|de geplande) (?:datum|dag)"
            + "|on (?:that|this|the planned) (?:date|day)|in (?:de|het|onze|ons) (?!verband|zomer|winter|lente|herfst"
            + "|week|maand|vakantie|periode|voorjaar|najaar)\\p{L}{3,}(?![\\p{L}]))");

    /**
     * What follows a cue: the rest of its line; when the line ends there, the next line too (the new date under "De
     * nieuwe datum" wrapped at a line's end); after a headline, the lines under it up to the next heading, six at most
     * (a change notice's table of old and new dates). A publication line among them is left out.
     */
    private String after(Line line, int end) {
        String rest = line.text().substring(end);
        boolean heading = line.kind() == Line.Kind.HEADING;
        // "*** NEW DATE ***": the marks a notice sets around its cue leave its line as good as ended
        if (!rest.replaceAll("[\\W_]+", "").isEmpty() && !heading) {
            return rest;
        }
        StringBuilder after = new StringBuilder(rest);
        int at = leaves.indexOf(line);
        // a notice's own line ("*** NEW DATE ***") heads the lines under it as a headline does: three of them
        int under = heading ? 6 : line.text().strip().length() < NOTICE_WIDTH ? 3 : 1;
        for (Line next : leaves.subList(at + 1, Math.min(leaves.size(), at + 1 + under))) {
            if (next.kind() == Line.Kind.HEADING) {
                break;
            }
            if (!EventReader.notEventDate(next.text())) {
                after.append(' ').append(next.text());
            }
        }
        return after.toString();
    }

    /** The longest line read as a notice's own line, a cue alone between its marks. */
    private static final int NOTICE_WIDTH = 30;

    /** Reads the event's status into the reading: the first status cue found, in the order of {@link #STATUSES}. */
    void read() {
        Optional<Reading.Valued<EventStatus>> moved = Optional.empty();
        for (Line line : leaves) {
            if (oneDate.contains(line.source().start())) {
                continue;
            }
            for (Matcher m = STATUSES.get(2).words().matcher(line.text()); moved.isEmpty() && m.find(); ) {
                if (moves(line, m)) {
                    moved = Optional.of(new Reading.Valued<>(EventStatus.RESCHEDULED, line.source(m.start(), m.end())));
                }
            }
        }
        // a headline's status word ("# Uitgesteld: …") says what the notice is about, before the words of its body
        List<Line> headings = leaves.stream().filter(l -> l.kind() == Line.Kind.HEADING).limit(HEADINGS).toList();
        for (Line heading : headings) {
            if (statusOf(heading, moved)) {
                return;
            }
        }
        for (Status status : STATUSES) {
            for (Line line : leaves) {
                if (statusOf(line, status, moved)) {
                    return;
                }
            }
        }
        reading.status = new Reading.Valued<>(EventStatus.SCHEDULED, Assumption.of("scheduled: no status word "
                + "(geannuleerd, uitgesteld, verplaatst, cancelled, postponed, moved)"));
    }

    /** How many of a text's first headings are read for a status word before its body. */
    private static final int HEADINGS = 2;

    /** Sets the status of the first status word of a line, in the order of {@link #STATUSES}; whether one was. */
    private boolean statusOf(Line line, Optional<Reading.Valued<EventStatus>> moved) {
        for (Status status : STATUSES) {
            if (statusOf(line, status, moved)) {
                return true;
            }
        }
        return false;
    }

    /** Sets the status {@code status}'s words in a line give, unless what follows them says otherwise. */
    private boolean statusOf(Line line, Status status, Optional<Reading.Valued<EventStatus>> moved) {
        if (oneDate.contains(line.source().start())) {
            return false;
        }
        Matcher m = status.words().matcher(line.text());
        while (m.find()) {
            String after = after(line, m.end());
            if (status.status() == EventStatus.CANCELLED && NOT_THEN.matcher(m.group()).matches()
                    && ON_THAT_DAY.matcher(line.text().substring(m.end())).lookingAt()) {
                continue;   // "gaat niet door op die datum": the day is off, a later status word says why
            }
            if (status.status() == EventStatus.CANCELLED && moved.isPresent()
                    && NOT_THEN.matcher(m.group()).matches()) {
                // "gaat niet door op die avond … is verplaatst naar woensdag 24 februari": a move, not an end
                reading.status = moved.get();
                return true;
            }
            if (status.status() != EventStatus.RESCHEDULED || moves(line, m)) {
                reading.status = new Reading.Valued<>(status.status(), line.source(m.start(), m.end()));
                return true;
            }
        }
        return false;
    }
}
