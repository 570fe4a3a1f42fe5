package dev.agendum.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a text says the way to register once it has asked: "Bel …", "Dat kan nog via …", "Voor de zaal: bel …", a
 * question that invites ("Nog niet aangemeld?") before the sentence that answers it, and a number listed on a line
 * of its own under a line that announces the ways.
 */
final class Ways {

    /** How to do it, in the sentence after the ask: "Bel …", "Dat kan telefonisch via …", "You can do so by phone". */
    private static final Pattern HOW = Pattern.compile("(?iu)(?:(?:dat|dit|het) kan (?:\\p{Ll}+ ){0,2}(?:per|via|op"
            + "|telefonisch|online|bij)|you can do (?:so|this) (?:by|via|at|online)|bel|mail|e-?mail|stuur|schrijf|call"
            + "|phone|ring|write|send|ga naar|go to|visit)(?![\\p{L}])");
    /** "Voor de zaal: bel …": a few words that say what the way is for, before it. */
    private static final Pattern FOR_WHAT = Pattern.compile("(?iu)(?:voor|for|in|op|at)(?:\\s+\\p{L}+){1,3}\\s*:\\s*");
    /** What may stand before a number listed as a way: nothing, "of", or a label ("telefoon:"). */
    private static final Pattern LISTED_NUMBER = Pattern.compile("(?iu)^\\W*(?:(?:of|or|en|and)\\s+)?"
            + "(?:\\p{L}+\\s*:\\s*)?$");
    /** A question that invites to register, not one about it: "Nog niet aangemeld?", "Not registered yet?". */
    private static final Pattern ASKS_TO_JOIN = Pattern.compile("(?iu)(?:nog niet (?:aangemeld|ingeschreven)"
            + "|(?:wil|wilt) (?:je|u) (?:je |zich )?(?:nog )?(?:aanmelden|inschrijven|meedoen)|not (?:yet )?registered"
            + "|registered yet|(?:want|like) to (?:register|sign up|join)"
            // "Wil je meevolgen?" (an open meeting's public), "Prefer to book by phone?", "Liever telefonisch reserveren?"
            + "|(?:wil|wilt) (?:je|u) (?:de vergadering )?(?:meevolgen|bijwonen|erbij zijn)"
            + "|(?:prefer|rather) to (?:book|register|reserve)|liever (?:telefonisch|per telefoon|per e-?mail|per mail)"
            + " (?:aanmelden|reserveren|inschrijven|boeken))[^.!?]*\\?");

    private Ways() {
    }

    /** Whether {@code text} says how to do it, perhaps after a few words on what for ("Voor de zaal: bel …"). */
    static boolean how(String text) {
        Matcher forWhat = FOR_WHAT.matcher(text);
        return HOW.matcher(text).lookingAt() || forWhat.lookingAt()
                && HOW.matcher(text.substring(forWhat.end())).lookingAt();
    }

    /** Whether {@code before}, the words before a number on a line of listed ways, leave it a way by phone. */
    static boolean listedNumber(String before) {
        return LISTED_NUMBER.matcher(before).find();
    }

    /** Whether {@code text} holds a question that invites the reader to register. */
    static boolean invites(String text) {
        return ASKS_TO_JOIN.matcher(text).find();
    }

    /** Whether the sentence {@code text} ends with a question that invites the reader to register. */
    static boolean endsInvited(String text) {
        Matcher question = ASKS_TO_JOIN.matcher(text);
        return question.find() && text.substring(question.end()).isBlank();
    }

    /**
     * The words after an inviting question within one sentence ("Nog niet aangemeld? Dat kan nog via …", a question
     * too short to stand as a sentence of its own), when they say how; else empty.
     */
    static Optional<Line> answer(Line sentence) {
        Matcher question = ASKS_TO_JOIN.matcher(sentence.text());
        if (!question.find()) {
            return Optional.empty();
        }
        Line rest = sentence.sub(question.end(), sentence.text().length()).trimmed();
        return how(rest.text()) ? Optional.of(rest) : Optional.empty();
    }

    /**
     * Where a list of ways starts after the registration line before {@code next}: at {@code next} when that line
     * ends with a colon, one further when the line wraps onto a short one that does ("… met het aantal / personen:");
     * else 0.
     */
    static int listFrom(List<Line> leaves, int next, String region) {
        String line = leaves.get(next - 1).text().strip();
        if (line.endsWith(":")) {
            return next;
        }
        boolean wraps = !line.matches("(?s).*[.!?]$") && next < leaves.size() && !listed(leaves.get(next), region)
                && leaves.get(next).text().strip().endsWith(":") && leaves.get(next).text().length() < 60;
        return wraps ? next + 1 : 0;
    }

    /** A short line that gives an address or a number, as in a list of ways to register. */
    static boolean listed(Line line, String region) {
        String text = line.text();
        return text.length() < 80 && (ContactReader.EMAIL.matcher(text).find() || text.contains("http")
                || !Phones.find(text, region).isEmpty());
    }

    /**
     * A page's menu ("Programme · Tickets · Venue · Code of conduct"): a line of two or more links with nothing but
     * separators between them, or a breadcrumb trail with a link. Its "Tickets" is a way through the page, not a
     * registration channel.
     */
    static boolean navigation(Line line, List<LinkRef> links) {
        String rest = line.text();
        int count = 0;
        for (LinkRef link : links) {
            if (within(line, link.words())) {
                rest = rest.replace(link.words().words(), " ");
                // "[Register now](…) · [Add to calendar](#) · [Share](#)": a page's buttons make no menu
                count += BUTTON.matcher(link.words().words()).matches() ? 0 : 1;
            }
        }
        // a breadcrumb trail ("[ticketbox](…) › Events › Business"): the way to the page, not a way to register
        return count >= 2 && !rest.matches("(?s).*\\p{L}.*") || count >= 1 && TRAIL.matcher(line.text())
                .find();
    }

    /** What a page's button does with the page: add it to a calendar, share it, print it. */
    private static final java.util.regex.Pattern BUTTON = java.util.regex.Pattern.compile("(?iu)\\W*(?:add to "
            + "(?:(?:my |your )?calendar|outlook|google calendar)|toevoegen aan (?:mijn |je |uw )?agenda|in (?:je|uw) "
            + "agenda|share|delen|deel|print|afdrukken|save|opslaan)\\W*");

    /** A breadcrumb trail, its steps set apart by arrows: "Home › Agenda › Lezingen", "Events » Business » X". */
    private static final java.util.regex.Pattern TRAIL = java.util.regex.Pattern.compile("^[^›»>]{1,50}(?:\\s[›»>]\\s"
            + "[^›»>]{1,50}){2,}$");

    /** Whether {@code words} lie within {@code line}. */
    static boolean within(Line line, Source words) {
        Source whole = line.source();
        return words.start() >= whole.start() && words.end() <= whole.end();
    }

    /**
     * A line that opens with a day outside the event's, as a newsletter's list of other outings does ("- zondag 16
     * mei, 14.00 uur: excursie … Aanmelden via …"): its registration is that outing's, not the event's.
     */
    static boolean anotherDay(Line line, Function<DateReader.DateMention, Optional<LocalDate>> resolve,
            Reading reading) {
        List<DateReader.DateMention> dates = DateReader.dates(line.text());
        if (dates.isEmpty() || dates.get(0).start() > 4 || reading.start == null || reading.end == null) {
            return false;
        }
        Optional<LocalDate> day = resolve.apply(dates.get(0));
        LocalDate first = reading.start.value().toLocalDate();
        LocalDate last = reading.end.value().toLocalDate();
        boolean previous = reading.previousStart.filter(p -> day.equals(Optional.of(p.value().toLocalDate())))
                .isPresent();
        return day.isPresent() && !previous && (day.get().isBefore(first) || day.get().isAfter(last));
    }
}
