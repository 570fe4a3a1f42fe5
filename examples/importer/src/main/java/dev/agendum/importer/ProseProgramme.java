package dev.agendum.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme told in prose, read when a text has no timetable of lines or rows: each sentence with a time after
 * "om", "at" or "vanaf" ("Om 15.30 uur spreekt …") is an item, a sentence's second clause at its own time another,
 * one act at two times ("om 17 uur en om 19 uur") two, and a sentence without a time that goes on from an item
 * ("Daarna vertelt …") adds its people to it.
 */
final class ProseProgramme {

    private static final Pattern SEQUEL = Pattern.compile("(?iu)^(?:daarna|vervolgens|aansluitend|dan|na (?:afloop"
            + "|de pauze)|eerst|allereerst|then|afterwards|after that|next|later|first)(?![\\p{L}])");
    private static final Pattern WALK_IN = Pattern.compile("(?iu)(?<![\\p{L}])(?:koffie|thee|coffee|tea|inloop"
            + "|(?:zaal|kerk) (?:is )?open|deuren|doors)(?![\\p{L}])");
    private static final Pattern PROSE_TIME = Pattern.compile("(?iu)(?<![\\p{L}])(om|at|rond|around|(from|vanaf))"
            + "\\s+$");

    /**
     * Words of a ticket sale or a ticket desk: a sentence with one says when tickets sell ("de verkoop is vandaag om
     * 12 uur gestart") or the box office opens ("which opens from 6pm on the night"), not what the programme holds.
     */
    private static final Pattern TICKETS = Pattern.compile("(?iu)(?<![\\p{L}])(?:verkoop|ticketverkoop|kaartverkoop"
            + "|voorverkoop|on sale|ticket sales|booking opens|bookings open|box office|kassa|ticketbalie"
            + "|ticket desk)(?![\\p{L}])");

    /** A time said to come before the programme starts: "om 19.00 uur, voor aanvang", "at 6 pm, before the start". */
    private static final Pattern BEFORE_START = Pattern.compile("(?iu)^\\s*(?:uur)?\\s*,?\\s*(?:voor aanvang"
            + "|voorafgaand(?: aan)?|voor het begin|before (?:the )?(?:start|programme|program)|ahead of the start)");

    private final ItemReader items;

    ProseProgramme(ItemReader items) {
        this.items = items;
    }

    /**
     * Adds to {@code found} the items the text's timed sentences give, all on {@code day}, and to {@code used} the
     * lines they were read from.
     */
    void read(Document document, LocalDate day, List<Found.Item> found, Set<Line> used) {
        List<Line> leaves = document.leaves();
        // a section of other events ("OOK IN DEZE NIEUWSBRIEF") times their sentences, not this programme's
        for (int at = 0; at < Math.min(leaves.size(), OtherEvents.from(leaves)); at++) {
            Line line = leaves.get(at);
            // an event's time line may go on with timed sentences ("… 4 maart 2026 in …. Om 20.00 uur vertelt …");
            // its sentences with the date or the event's times are left out by sentence(); a forwarded mail's
            // "Datum: di 10 aug. 2027 om 21:14" is when it was sent
            if (line.kind() == Line.Kind.HEADING || MailDates.sentDate(leaves, at)) {
                continue;
            }
            String text = line.text();
            int sentenceStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length() || text.charAt(i) == '.' && i + 1 < text.length()
                        && text.charAt(i + 1) == ' ' && i > 0 && (!Character.isDigit(text.charAt(i - 1))
                        || Line.numberEndsSentence(text, i) || ProgrammeLines.timeEndsSentence(text, sentenceStart, i))
                        && !afterHonorific(text, i);
                if (end) {
                    if (sameActTwice(text, sentenceStart, i)) {
                        // "X geeft om 17 uur en om 19 uur een toelichting": the whole sentence, once at each time
                        for (int t = 0; t < 2; t++) {
                            sentence(line, sentenceStart, i, day, t).ifPresent(twice -> {
                                found.add(twice);
                                used.add(line);
                            });
                        }
                        sentenceStart = Math.min(text.length(), i + 2);
                        continue;
                    }
                    int clause = secondClause(text, sentenceStart, i);
                    Optional<Found.Item> item = sentence(line, sentenceStart, clause > 0 ? clause : i, day);
                    if (item.isPresent()) {
                        found.add(item.get());
                        used.add(line);
                    } else if (!found.isEmpty()) {
                        sequel(line, sentenceStart, i, found);
                    }
                    if (clause > 0) {
                        // "Om 17.00 uur gaan we naar X, waar vanaf 18.00 uur een buffet klaarstaat": two items
                        sentence(line, clause, i, day).ifPresent(second -> {
                            found.add(second);
                            used.add(line);
                        });
                    }
                    sentenceStart = Math.min(text.length(), i + 2);
                }
            }
        }
    }

    /** A weekday's name, also opening a word ("zaterdagavond", "Sunday's"). */
    private static final Pattern NAMES_A_WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + DateReader.WEEKDAY_NAMES
            + ")");
    /** Where a sentence's second clause opens: ", waar", ", waarna", ", where", "en", "and" before its own time. */
    private static final Pattern CLAUSE_JOINT = Pattern.compile("(?iu),\\s*(?:waar|waarna|where|after which)\\s"
            + "|,?\\s(?:en|and)\\s");

    /**
     * The start of a sentence's second clause with a time of its own ("…, waar vanaf 18.00 uur een buffet
     * klaarstaat", "… en om 21.00 uur begint de band"), when the sentence from {@code from} to {@code to} gives two
     * times, each after a prose cue ("om", "vanaf"), neither a range nor an end; else -1.
     */
    private static int secondClause(String text, int from, int to) {
        if (to <= from) {
            return -1;
        }
        String sentence = text.substring(from, to);
        List<DateReader.TimeMention> times = DateReader.times(sentence);
        if (times.size() != 2 || times.get(0).to().isPresent() || times.get(1).to().isPresent()
                || TimeWords.ends(sentence, times.get(1)) || !DateReader.dates(sentence).isEmpty()
                || NAMES_A_WEEKDAY.matcher(sentence).find()) {
            // a clause that names its own day ("Zondag om 17.30 uur …, en zaterdagavond om 20.00 uur …") is left
            // to the day's rules
            return -1;
        }
        int joint = -1;
        Matcher m = CLAUSE_JOINT.matcher(sentence).region(times.get(0).end(), times.get(1).start());
        while (m.find()) {
            joint = m.start();
        }
        if (joint < 0 || !PROSE_TIME.matcher(sentence.substring(joint, times.get(1).start())).find()) {
            return -1;
        }
        while (joint < sentence.length() && (sentence.charAt(joint) == ',' || sentence.charAt(joint) == ' ')) {
            joint++;
        }
        return from + joint;
    }

    /** Between two times of one act: "om 17 uur en om 19 uur", "at 2 pm and at 4 pm". */
    private static final Pattern AND_AGAIN = Pattern.compile("(?iu)^\\s*(?:uur|u|h)?\\s*,?\\s*(?:en|and)\\s+"
            + "(?:(?:nog eens|opnieuw|again)\\s+)?(?:om|at)\\s+$");

    /** Whether a sentence gives one act at two times, joined by "en om" or "and at", neither a range. */
    private static boolean sameActTwice(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        String sentence = text.substring(from, to);
        List<DateReader.TimeMention> times = DateReader.times(sentence);
        return times.size() == 2 && times.get(0).to().isEmpty() && times.get(1).to().isEmpty()
                && DateReader.dates(sentence).isEmpty()
                && AND_AGAIN.matcher(sentence.substring(times.get(0).end(), times.get(1).start())).matches();
    }

    private Optional<Found.Item> sentence(Line line, int from, int to, LocalDate day) {
        return sentence(line, from, to, day, -1);
    }

    /**
     * The item a sentence from {@code from} to {@code to} gives, at its only time, or at time {@code chosen} (0 or 1)
     * of a sentence that gives one act at two times; -1 for none chosen.
     */
    private Optional<Found.Item> sentence(Line line, int from, int to, LocalDate day, int chosen) {
        if (to <= from) {
            return Optional.empty();
        }
        String sentence = line.text().substring(from, to);
        List<DateReader.TimeMention> times = DateReader.times(sentence);
        if (times.size() == 2 && TimeWords.ends(sentence, times.get(1))) {
            times = times.subList(0, 1);   // "Om 21.30 uur …, waarna we de avond rond 22.00 uur afsluiten"
        }
        if (chosen >= 0 && chosen < times.size()) {
            times = times.subList(chosen, chosen + 1);
        }
        Matcher cue = times.size() == 1 ? PROSE_TIME.matcher(sentence.substring(0, times.get(0).start())) : null;
        if (cue == null || !cue.find() || !DateReader.dates(sentence).isEmpty() || TimeWords.endsOrOpens(sentence)
                // "From 11.30 am a panel …" starts an item; "from 9.30 am to 4 pm" is the event's span
                || cue.group(2) != null && times.get(0).to().isPresent()
                // "Vanaf 19.30 uur staat de koffie klaar": from when the doors or the coffee wait, no item
                || cue.group(2) != null && WALK_IN.matcher(sentence).find()
                // "Entries on the day at the registration tent, from 08:00 until …": when one can sign up, no item
                || RegistrationReader.isRegistrationLine(line.sub(from, to))
                // when tickets sell or the box office opens
                || TICKETS.matcher(sentence).find()) {
            return Optional.empty();
        }
        DateReader.TimeMention time = times.get(0);
        if (BEFORE_START.matcher(sentence.substring(time.end())).lookingAt()) {
            // "Wethouder X is om 19.00 uur, voor aanvang, beschikbaar voor interviews": before the programme
            return Optional.empty();
        }
        Source where = line.source(from + time.start(), from + time.end());
        LocalDateTime start = day.atTime(time.from());
        Optional<LocalDateTime> end = time.to().map(day::atTime);
        return Optional.of(items.read(start, where, end, end.map(e -> (Basis) where), line.sub(from, to), List.of()));
    }

    /**
     * A sentence without a time that goes on from the item before ("Daarna vertelt buurtwerker Lotte Peeters over
     * …", "Then Ann Lee presents …"): its people join that item.
     */
    private void sequel(Line line, int from, int to, List<Found.Item> found) {
        String sentence = line.text().substring(from, to);
        if (!SEQUEL.matcher(sentence).find() || !DateReader.times(sentence).isEmpty()) {
            return;
        }
        Found.Item before = found.get(found.size() - 1);
        Found.Item read = items.read(before.start(), before.startBasis(), Optional.empty(), Optional.empty(),
                line.sub(from, to), List.of());
        if (read.participations().isEmpty()) {
            return;
        }
        List<Found.Participation> participations = new ArrayList<>(before.participations());
        participations.addAll(read.participations());
        found.set(found.size() - 1, new Found.Item(before.start(), before.startBasis(), before.end(),
                before.endBasis(), before.kind(), before.kindBasis(), before.title(), before.titleSource(),
                before.description(), before.descriptionSource(), List.copyOf(participations), before.track()));
    }

    /** "Dr. Ann Lee": the dot of an honorific ends no sentence. */
    private static boolean afterHonorific(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return Lexicon.HONORIFICS.contains(text.substring(start, dot).toLowerCase(java.util.Locale.ROOT));
    }
}
