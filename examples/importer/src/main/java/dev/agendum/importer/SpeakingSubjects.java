package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People who speak as a sentence's subject: "Architect Bram Hulsbosch (Bureau Groenwerk) zou onderweg vertellen hoe
 * …", "Dr. Ann Lee will talk about …", "A en B vertellen". Each becomes a speaker, unless the text gives them a role
 * already ("Aan tafel zitten A en B, die vertellen …"), whose card then says what they hold.
 */
final class SpeakingSubjects {

    /** A speaker's verb after the subject, a few words between: "zou onderweg vertellen", "will talk". */
    static final Pattern SPEAKS = Pattern.compile("(?iu)^\\s*(?:\\p{Ll}+\\s+){0,3}?(?:vertelt|vertellen"
            + "|spreekt|spreken|presenteert|presenteren|geeft een (?:lezing|presentatie|inleiding)"
            + "|geven (?:de|een) (?:voorstelling|presentatie|lezing|toelichting|inleiding)|houdt een (?:lezing"
            + "|presentatie|inleiding)|geeft\\s+(?:[\\p{L}\\p{N}.]+\\s+){0,8}?een\\s+(?:\\p{Ll}+\\s+)?(?:"
            + ItemPeople.TALKS + ")|legt uit|talks?|speaks?|presents?|explains?|gives a (?:talk|lecture"
            + "|presentation)|licht\\s+(?:[\\p{L}\\p{N}.,-]+\\s+){0,8}?toe|laat\\s+(?:[\\p{L}\\p{N}.,-]+\\s+){0,6}?zien)"
            + "(?![\\p{L}])");

    /** A speaker's verb in the plural, for several subjects: "vertellen", "geven de voorstelling", "present". */
    private static final Pattern PLURAL = Pattern.compile("(?iu)^\\s*(?:\\p{Ll}+\\s+){0,3}?(?:vertellen|spreken"
            + "|presenteren|geven|houden|leggen|lichten|laten|talk|speak|present|explain|give)(?![\\p{L}])");

    private final Reading reading;
    private final Described described;
    private final Predicate<String> holdsARole;

    /**
     * Reads into {@code reading}'s roles; {@code described} keeps the cards of those who hold a role already.
     *
     * @param holdsARole tells whether a person, by id, holds a role on the event or an item already
     */
    SpeakingSubjects(Reading reading, Described described, Predicate<String> holdsARole) {
        this.reading = reading;
        this.described = described;
        this.holdsARole = holdsARole;
    }

    /**
     * "Architect Bram Hulsbosch (Bureau Groenwerk) zou onderweg vertellen hoe …", "Dr. Ann Lee will talk about …":
     * a sentence whose subject is a person, maybe after the position held, and whose verb is a speaker's.
     */
    void read(Line line) {
        String text = line.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ".!?".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length()
                    && text.charAt(i + 1) == ' ' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                subject(line, start);
                welcomed(line, start, i);
                start = Math.min(text.length(), i + 2);
            }
        }
    }

    private void subject(Line line, int start) {
        String text = line.text();
        int from = start;
        if (!NameFinder.startsAt(line, from)) {
            int space = text.indexOf(' ', from);
            // the position held, capitalised as the sentence's first word: "Architect Bram Hulsbosch …", also of
            // several words before a known given name: "Schepen van Mobiliteit Wouter De Clercq …"
            int given = from < text.length() && Character.isUpperCase(text.charAt(from))
                    ? NameProbe.givenNameAfter(line, from, 4) : -1;
            if (space > 0 && Character.isUpperCase(text.charAt(from)) && NameFinder.startsAt(line, space + 1)) {
                from = space + 1;
            } else if (given > from) {
                from = given;
            } else {
                return;
            }
        }
        // tried on a scratch list first: a sentence that is not a speaker's records nobody
        // several subjects speak with a plural verb: "A en B vertellen", "A and B present"
        PeopleReader.Result probe = PeopleReader.read(line, from, new People(), reading.organisations);
        String rest = text.substring(Math.min(probe.rest(), text.length()));
        if (probe.people().isEmpty() || !SPEAKS.matcher(rest).lookingAt()
                || probe.people().size() > 1 && !PLURAL.matcher(rest).lookingAt()) {
            return;
        }
        PeopleReader.Result result = PeopleReader.read(line, from, reading.people, reading.organisations);
        Source verb = line.source(result.rest(), result.rest() + SPEAKS.matcher(text.substring(result.rest()))
                .results().findFirst().map(m -> m.end()).orElse(0));
        for (PeopleReader.Named named : result.people()) {
            if (named.role().isEmpty() && holdsARole.test(named.person().id())) {
                // "Aan tafel zitten A en B, die vertellen …": one the text gives a role already is no speaker too
                described.describe(named);
                continue;
            }
            reading.roles.add(new Found.Participation(named.person().id(), named.role().orElse(RoleType.SPEAKER),
                    named.role().isPresent() ? named.roleSource().get() : Assumption.from("speaker: the sentence's "
                            + "subject, who speaks", verb), named.affiliations()));
        }
    }

    /** A welcome before a name: "is delighted to welcome", "verwelkomen we". */
    private static final Pattern WELCOME = Pattern.compile("(?iu)(?<![\\p{L}])(?:welcome|welcomes|verwelkomen"
            + "|verwelkomt)\\s+(?:we\\s+)?");
    /** What the one welcomed comes to do, as a speaker: "to deliver this year's O'Malley Lecture", "to give a talk". */
    private static final Pattern TO_SPEAK = Pattern.compile("(?iu)^\\s*,?\\s*(?:to|who will) (?:deliver|give|present)"
            + "(?:\\s+[\\p{L}'’]+){0,4}?\\s+(?:lecture|talk|address|keynote|lezing|presentation|oration)"
            + "(?![\\p{L}])");

    /**
     * "The School is delighted to welcome Professor Aoife Ní Bhriain of the University of St Andrews to deliver this
     * year's O'Malley Lecture": the one welcomed to give the lecture speaks.
     */
    private void welcomed(Line line, int start, int end) {
        String text = line.text();
        Matcher welcome = WELCOME.matcher(text).region(start, Math.min(end, text.length()));
        if (!welcome.find() || !NameFinder.startsAt(line, welcome.end())) {
            return;
        }
        PeopleReader.Result probe = PeopleReader.read(line, welcome.end(), new People(), reading.organisations);
        Matcher speaks = TO_SPEAK.matcher(text.substring(Math.min(probe.rest(), text.length())));
        if (probe.people().size() != 1 || !speaks.lookingAt()) {
            return;
        }
        PeopleReader.Result result = PeopleReader.read(line, welcome.end(), reading.people, reading.organisations);
        Source verb = line.source(result.rest(), result.rest() + speaks.end());
        for (PeopleReader.Named named : result.people()) {
            if (!holdsARole.test(named.person().id())) {
                reading.roles.add(new Found.Participation(named.person().id(), RoleType.SPEAKER,
                        Assumption.from("speaker: welcomed to give the lecture", verb), named.affiliations()));
            }
        }
    }
}
