package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways an item names its people that {@link ItemReader}'s cues do not: a plain-text table's people column
 * ("Keynote: …      A, CEO, B"), an interview's "A, CEO of B, interviewed by C" or "A in gesprek met C", a title
 * that opens with the interviewer ("A interviewt B"), a sentence whose subject speaks ("… X vertelt hoe …") or talks
 * "over" a subject, and a person a role word introduces before the cue or kind word that brings the others.
 */
final class ItemPeople {

    /** The gap between a plain-text table's columns: three spaces or more, or a tab. */
    private static final Pattern COLUMN = Pattern.compile("\\S(?: {3,}|\\t+)(?=\\S)");
    private static final Pattern INTERVIEWED = Pattern.compile("(?iu)\\s*,?\\s*(interviewed by|geïnterviewd door"
            + "|in gesprek met|in conversation with)\\s+");

    private ItemPeople() {
    }

    /**
     * Reads the first person of a people column that opens with a known given name; returns where the title ends
     * and the description starts, or an empty array when no column names one.
     */
    static int[] column(Line words, ItemKind kind, People people, Organisations organisations, ItemRoles itemRoles,
                        List<Found.Participation> participations) {
        String text = words.text();
        for (Matcher column = COLUMN.matcher(text); column.find(); ) {
            int at = column.end();
            if (NameProbe.givenNameAfter(words, at, 0) != at) {
                continue;
            }
            // tried on a scratch list: the column's first person is the item's, and what follows their
            // affiliation ("…, Head of Data, Stroomnet Vlaanderen") is no one
            PeopleReader.Result result = PeopleReader.read(words, at, new People(), organisations);
            if (result.people().isEmpty()) {
                continue;
            }
            PeopleReader.Named named = result.people().get(0);
            Found.Person person = people.named(named.person().name(), named.person().source(),
                    named.person().honorific());
            participations.add(itemRoles.participation(new PeopleReader.Named(person, named.role(), named.roleSource(),
                    named.listRole(), named.listRoleSource(), named.positionRole(), named.affiliations(), named.cue()),
                    kind, "", words.source(at, at)));
            return new int[] {column.start() + 1, result.rest()};
        }
        return new int[0];
    }

    /**
     * "A, CEO of B, interviewed by C", "A in gesprek met C": after the people {@code result} read, the one asked,
     * a cue and then who asks. Records both and returns true when the line reads so.
     */
    static boolean interviewed(Line line, PeopleReader.Result result, People people, Organisations organisations,
                               List<Found.Participation> participations) {
        String text = line.text();
        Matcher interviewed = INTERVIEWED.matcher(text).region(Math.min(result.rest(), text.length()), text.length());
        if (result.people().isEmpty() || !interviewed.lookingAt() || !NameProbe.nameAfter(line, interviewed.end())) {
            return false;
        }
        Source asks = line.source(interviewed.start(1), interviewed.end(1));
        for (PeopleReader.Named named : result.people()) {
            participations.add(new Found.Participation(named.person().id(), RoleType.INTERVIEWEE, Assumption.from(
                    "interviewed: named before \"" + asks.words() + "\"", asks), named.affiliations()));
        }
        for (PeopleReader.Named named : PeopleReader.read(line, interviewed.end(), people, organisations).people()) {
            participations.add(new Found.Participation(named.person().id(), RoleType.INTERVIEWER, Assumption.from(
                    "interviewer: named after \"" + asks.words() + "\"", asks), named.affiliations()));
        }
        return true;
    }

    /**
     * "Hoe verloopt de verbouwing? Uitvoerder Kees van Oort (…) vertelt hoe lang …": a sentence of the item's
     * words whose subject is one person, maybe after the position held, and whose verb is a speaker's.
     */
    static void speakingSubject(Line words, ItemKind kind, People people, Organisations organisations,
                                ItemRoles itemRoles, List<Found.Participation> participations) {
        String text = words.text();
        for (int start = 0; start < text.length(); start = nextSentence(text, start)) {
            if (verbFirst(words, start, kind, people, organisations, itemRoles, participations)) {
                return;
            }
            int from = start;
            if (!NameFinder.startsAt(words, from) && Character.isUpperCase(text.charAt(from))) {
                // the position held, capitalised as the sentence's first word, maybe of a portfolio ("Schepen van
                // Mobiliteit Wouter De Clercq geeft …"): the name starts after at most three words
                int space = from;
                for (int word = 0; word < POSITION_WORDS && !NameFinder.startsAt(words, from); word++) {
                    space = text.indexOf(' ', space + 1);
                    if (space < 0 || space + 1 >= text.length()) {
                        break;
                    }
                    if (NameFinder.startsAt(words, space + 1)) {
                        from = space + 1;
                    }
                }
            }
            if (!NameFinder.startsAt(words, from)) {
                continue;
            }
            PeopleReader.Result probe = PeopleReader.read(words, from, new People(), organisations);
            Matcher verb = SpeakingSubjects.SPEAKS.matcher(text.substring(Math.min(probe.rest(), text.length())));
            if (probe.people().size() == 1 && verb.lookingAt()) {
                PeopleReader.Named named = PeopleReader.read(words, from, people, organisations).people().get(0);
                participations.add(itemRoles.participation(named, kind, "", words.source(probe.rest(),
                        probe.rest() + verb.end())));
                return;
            }
        }
        about(words, kind, people, organisations, itemRoles, participations);
    }

    /** The most words of a position before a speaking subject's name: "Schepen van Mobiliteit". */
    private static final int POSITION_WORDS = 3;

    /** A short label before an item's words: "Uit de praktijk: ". */
    private static final Pattern LABEL = Pattern.compile("(?u)^[^:]{3,40}:\\s+");
    /** " over een jaar werken met …": the subject of a talk, after its speaker. */
    private static final Pattern OVER = Pattern.compile("(?u)^\\s*,?\\s*over\\s+\\p{Ll}");

    /**
     * "Uit de praktijk: wijkverpleegkundige Mariska Dekker (Zorggroep De Venen) over een jaar werken met …": item
     * words (maybe after a short label) that open with one person, maybe after the position held, and then "over"
     * and the subject name who talks about it.
     */
    private static void about(Line words, ItemKind kind, People people, Organisations organisations,
                              ItemRoles itemRoles, List<Found.Participation> participations) {
        String text = words.text();
        Matcher label = LABEL.matcher(text);
        int from = label.lookingAt() ? label.end() : 0;
        if (!NameFinder.startsAt(words, from) && !ItemCues.positionFirst(words, from)) {
            return;
        }
        PeopleReader.Result probe = PeopleReader.read(words, from, new People(), organisations);
        Matcher over = OVER.matcher(text.substring(Math.min(probe.rest(), text.length())));
        if (probe.people().size() != 1 || !over.lookingAt()) {
            return;
        }
        PeopleReader.Named named = PeopleReader.read(words, from, people, organisations).people().get(0);
        participations.add(itemRoles.participation(named, kind, "", words.source(probe.rest(),
                probe.rest() + over.end() - 1)));
    }

    /**
     * "Eerst legt notaris Evelyne Claes (…) uit wat …", "Daarna vertelt X …": a sentence that opens with a word
     * of time and a speaker's verb before its subject, one person (maybe after the position held). A separable
     * verb needs its particle ("legt … uit"), a verb of giving its object ("geeft … een toelichting").
     */
    private static boolean verbFirst(Line words, int start, ItemKind kind, People people, Organisations organisations,
                                     ItemRoles itemRoles, List<Found.Participation> participations) {
        String text = words.text();
        Matcher verb = VERB_FIRST.matcher(text).region(start, text.length());
        if (!verb.lookingAt()) {
            return false;
        }
        int from = NameFinder.startsAt(words, verb.end()) ? verb.end() : NameProbe.givenNameAfter(words, verb.end(), 3);
        if (from < 0) {
            return false;
        }
        PeopleReader.Result probe = PeopleReader.read(words, verb.end(), new People(), organisations);
        int end = nextSentence(text, start);
        String rest = text.substring(Math.min(probe.rest(), end), end);
        String said = verb.group(1).toLowerCase(java.util.Locale.ROOT);
        boolean complete = said.equals("legt") ? rest.matches("(?s).*\\buit\\b.*")
                : said.matches("geeft|houdt") ? GIVES.matcher(rest).find() : true;
        if (probe.people().size() != 1 || !complete) {
            return false;
        }
        PeopleReader.Named named = PeopleReader.read(words, verb.end(), people, organisations).people().get(0);
        participations.add(itemRoles.participation(named, kind, "", words.source(verb.start(1), verb.end(1))));
        return true;
    }

    /** A word of time, then a speaker's verb: "Eerst legt", "Daarna vertelt", "Then speaks". */
    private static final Pattern VERB_FIRST = Pattern.compile("(?iu)(?:eerst|daarna|dan|vervolgens|nadien|next|then"
            + "|first|afterwards)\\s*,?\\s+(legt|vertelt|spreekt|presenteert|geeft|houdt|speaks|presents|talks)\\s+");
    /** The talks a speaker gives or holds, by name ("lezing", "toelichting"): an alternation. */
    static final String TALKS = "lezing|presentatie|inleiding|toelichting|workshop";
    /** What a speaker gives or holds: "een (korte) toelichting", "een lezing". */
    private static final Pattern GIVES = Pattern.compile("(?iu)\\been\\s+(?:\\p{Ll}+\\s+)?(?:" + TALKS + "|uitleg)");

    /** Where the sentence after the one at {@code start} starts ("? ", ". ", "! "), or the text's end. */
    private static int nextSentence(String text, int start) {
        for (int i = start; i + 1 < text.length(); i++) {
            if (".?!".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ' && i > 0
                    && !Character.isDigit(text.charAt(i - 1))) {
                return i + 2;
            }
        }
        return text.length();
    }

    /**
     * "Thijs Vervaet interviewt Noor Sels over …": a title that opens with a name and then an interviewer's verb
     * (the item's kind word, at {@code kindAt}) has that person as the interviewer. Returns true when it does.
     */
    /** An interviewer's verb as a word of its own: "interviews", "interviewt". */
    private static final Pattern INTERVIEW_VERB = Pattern.compile("(?iu)(?<![\\p{L}])interview(?:t|s)(?![\\p{L}])");

    static boolean interviewerFirst(Line words, int kindAt, People people, Organisations organisations,
                                    List<Found.Participation> participations) {
        String text = words.text();
        int verbAt = kindAt;
        String verb = text.substring(kindAt, ItemCues.wordEnd(text, kindAt));
        if (!ItemReader.INTERVIEWS.matcher(verb).matches()) {
            // "Fireside chat: Mark de Haan (Polder Ventures) interviews Esther Kim": the verb after the kind's label
            Matcher later = INTERVIEW_VERB.matcher(text);
            if (!later.find(kindAt)) {
                return false;
            }
            verbAt = later.start();
            verb = later.group();
        }
        int label = text.lastIndexOf(": ", verbAt);
        int from = label < 0 ? 0 : label + 2;
        if (!NameProbe.startsWithName(words, from)) {
            return false;
        }
        Source cue = words.source(verbAt, verbAt + verb.length());
        for (PeopleReader.Named named : PeopleReader.read(words.sub(0, verbAt), from, people, organisations).people()) {
            participations.add(new Found.Participation(named.person().id(), RoleType.INTERVIEWER,
                    Assumption.from("interviewer: the subject of \"" + verb + "\"", cue), named.affiliations()));
        }
        return true;
    }

    /**
     * "In conversation: host Noor Bakker interviews Katarina Lindqvist": a person introduced by a role word before
     * the item's kind word, where others were read after it. In an interview, the one before the word asks.
     */
    static void before(Line words, int kindAt, ItemKind kind, People people, Organisations organisations,
                       ItemRoles itemRoles, List<Found.Participation> participations) {
        OptionalInt introduced = ItemCues.introduced(words.sub(0, kindAt), 0);
        if (introduced.isEmpty() && ItemPeople.interviewerFirst(words, kindAt, people, organisations,
                participations)) {
            return;
        }
        if (introduced.isEmpty()) {
            return;
        }
        Source cue = words.source(kindAt, ItemCues.wordEnd(words.text(), kindAt));
        for (PeopleReader.Named named : PeopleReader.read(words.sub(0, kindAt), introduced.getAsInt(), people,
                organisations).people()) {
            if (participations.stream().noneMatch(p -> p.personId().equals(named.person().id()))) {
                participations.add(itemRoles.participation(named, kind, kind == ItemKind.INTERVIEW ? "door" : "",
                        cue));
            }
        }
    }

    /**
     * A sentence whose subject, right after its time, is a person: "At 1.45 pm Sam Whitfield, founder of Pathways
     * Europe, gives the keynote", "Om 14.00 uur Anna de Vries, onderzoeker bij het RIVM, over …".
     */
    static void subject(Line words, ItemKind kind, People people, Organisations organisations, ItemRoles itemRoles,
                        List<Found.Participation> participations) {
        String text = words.text();
        List<DateReader.TimeMention> times = DateReader.times(text);
        if (times.isEmpty()) {
            return;
        }
        int from = times.get(0).end();
        while (from < text.length() && " ,".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        // "Om 10.20 uur houdt kustonderzoeker prof. dr. Wim de Kok …", "At 3 pm gaan Lotte …": a verb first
        String how = "";
        for (int verbs = 0; verbs < 2 && !NameProbe.startsWithName(words, from) && from < text.length()
                && Character.isLowerCase(text.charAt(from)) && !Lexicon.isNotName(text.substring(from,
                NameFinder.wordEndIn(text, from))); verbs++) {
            // a verb, not a preposition ("om 10.00 uur bij Café De Brug") nor a position word
            String verb = text.substring(from, NameFinder.wordEndIn(text, from));
            // "Om 20.15 uur interviewt X haar …": the subject after an interviewer's verb asks the questions
            how = ItemReader.INTERVIEWS.matcher(verb).matches() || ItemRoles.SIGNS.matcher(verb).matches()
                    ? verb.toLowerCase(Locale.ROOT) : how;
            from = ItemCues.skipSpace(text, NameFinder.wordEndIn(text, from));
        }
        boolean position = from < text.length() && Character.isLowerCase(text.charAt(from))
                && !Lexicon.NOT_NAMES_LOWER.contains(text.substring(from, NameFinder.wordEndIn(text, from)))
                && NameFinder.startsAt(words, ItemCues.skipSpace(text, NameFinder.wordEndIn(text, from)));
        if (!NameProbe.startsWithName(words, from) && !position) {
            return;
        }
        Source cue = words.source(times.get(0).start(), times.get(0).end());
        for (PeopleReader.Named named : PeopleReader.read(words, from, people, organisations).people()) {
            participations.add(itemRoles.participation(named, kind, how, cue));
        }
    }
}
