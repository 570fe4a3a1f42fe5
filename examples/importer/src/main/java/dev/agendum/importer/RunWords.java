package dev.agendum.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small words of a run of people that say how to read what stands around the names ({@link PeopleReader}):
 * determiners and possessives before a position ("our director, X", "onze voorzitter X", "our Chaplain, the
 * Revd X"), words that say a list names only some ("onder anderen"), a cue's preposition said again ("van A en
 * van B"), a municipality's part.
 */
final class RunWords {

    /** Words before a name that say nothing of the person: "Welcome by your host, Joris Lamberts". */
    private static final Set<String> DETERMINERS = Set.of("your", "our", "onze", "uw", "jullie", "je", "its", "their",
            "his", "her", "zijn", "haar", "hun");
    private static final Set<String> COPULAS = Set.of("is", "was", "wordt", "zijn");
    /** The possessives of a body: "onze voorzitter", "our chair" name who chairs the club, not the event. */
    private static final Set<String> POSSESSIVES = Set.of("our", "onze", "ons", "their", "hun", "its", "zijn");
    /** The words for who chairs a body; after a possessive they are the position held. */
    private static final Set<String> BODY_CHAIRS = Set.of("voorzitter", "chair", "chairperson", "chairman",
            "chairwoman");
    /** "onder anderen", "among others": words before the people a list names, saying it names only some. */
    private static final Pattern AMONG = Pattern.compile("(?iu)^(?:onder (?:anderen|andere)|o\\.a\\.|among others"
            + "|amongst others|including)[,]?\\s+");
    /** The prepositions a cue ends with, said again after a joiner: "van A en van B", "by A and by B". */
    private static final Set<String> REPEATED = Set.of("van", "door", "by", "of", "from");
    private static final Pattern JOINED = Pattern.compile("(?iu)(?:^|\\s)(?:en|and|&)\\s*$");
    /** "gemeente Zwolle", "City of Leeds": an affiliation's part that names a municipality. */
    private static final Pattern MUNICIPALITY = Pattern.compile("(?iu)^\\s*(?:gemeente|municipality|city of)\\s");

    private RunWords() {
    }

    /** Tells whether {@code lower} is a determiner that says nothing of the person after it. */
    static boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower);
    }

    /** Tells whether {@code lower} is a copula ("gespreksleider is journalist X"). */
    static boolean isCopula(String lower) {
        return COPULAS.contains(lower);
    }

    /**
     * Tells whether the role word {@code word} at {@code pos} names a position held rather than a role: who chairs a
     * body ("onze voorzitter"), a trade after "door" ("door trainer X").
     */
    static boolean heldPosition(String text, int pos, String word) {
        return BODY_CHAIRS.contains(word) && POSSESSIVES.contains(wordBefore(text, pos))
                || TRADES.contains(word) && GIVEN_BY.contains(wordBefore(text, pos));
    }

    /**
     * Who leads a session by trade: "met trainer X" leads the walk, but "door trainer X" gives the talk, the trade
     * then the position held.
     */
    private static final Set<String> TRADES = Set.of("trainer", "trainers");
    private static final Set<String> GIVEN_BY = Set.of("door", "by");

    /** Tells whether the word before {@code pos} is a determiner ("our", "uw", "jullie"). */
    static boolean afterDeterminer(String text, int pos) {
        return DETERMINERS.contains(wordBefore(text, pos));
    }

    /** Returns where the names go on after "onder anderen" or "among others" at {@code pos}; -1 when none stands. */
    static int among(String text, int pos) {
        Matcher among = AMONG.matcher(text.substring(pos));
        return among.lookingAt() ? pos + among.end() : -1;
    }

    /** Tells whether {@code lower}, at {@code pos} after a joiner, is a cue's preposition said again. */
    static boolean repeatsCue(String text, int pos, String lower) {
        return REPEATED.contains(lower) && JOINED.matcher(text.substring(0, pos)).find();
    }

    /** Tells whether an affiliation's {@code part} names a municipality ("gemeente Zwolle"). */
    static boolean namesMunicipality(String part) {
        return MUNICIPALITY.matcher(part).lookingAt();
    }

    /**
     * "our Chaplain, the Revd Tom Ashcroft", "the exhibition's curator, Jonah Reid", "door de voorzitter, Henk Jansen": a
     * determiner, the position held and a comma before the name; or the writer's "me, " before their own.
     */
    private static final Pattern APPOSITIVE = Pattern.compile("(?iu)(?:(?:our|your|their|onze|uw|hun|the|de|het)\\s+"
            + "(?:\\p{L}+['’]s\\s+)?\\p{L}+(?:\\s+\\p{L}+)?"
            // "our host for the evening, X", "our MC for both days, X": what the role is for
            + "(?:\\s+(?:for|of|van|voor)\\s+(?:the|this|both|de|het|deze|beide)\\s+\\p{L}+)?"
            // "chaired by me, Helen Marsh": the writer, named after the comma
            + "|me|mij|myself|mijzelf),\\s+(?:the\\s+)?");

    /** Where the people after a cue at {@code from} start: after an appositive's position, if one comes first. */
    static int appositive(Line line, int from) {
        Matcher appositive = APPOSITIVE.matcher(line.text()).region(from, line.text().length());
        return appositive.lookingAt() && NameFinder.startsAt(line, appositive.end()) ? appositive.end() : from;
    }

    private static String wordBefore(String text, int pos) {
        String before = text.substring(0, pos).stripTrailing();
        return before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** A cue's words, or a verb's participle ("interviewed", "gemodereerd"), among the words before a name. */
    private static final Pattern CUED = Pattern.compile("(?iu)(?<![\\p{L}])(?:by|door|met|with|\\p{L}+ed|ge\\p{L}+d)"
            + "(?![\\p{L}])");

    /** Whether {@code words}, before a name, hold a cue's word or a participle: "interviewed by", "gemodereerd door". */
    static boolean cued(String words) {
        return CUED.matcher(words).find();
    }

    /** Whether a list's comma or its "and"/"en" comes right before {@code pos} in {@code text}. */
    static boolean afterListSeparator(String text, int pos) {
        String before = text.substring(0, pos).stripTrailing();
        return before.endsWith(",") || before.matches("(?s).*\\s(?:and|en|&)");
    }
}
