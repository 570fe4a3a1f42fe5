package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An item's "in conversation with" / "in gesprek met": the people after the cue ask, those the item names otherwise
 * (read as speakers) answer. "Reading, followed by Nadia Kershaw in conversation with Owen Pryce"; "two parents, A and
 * B, tell how …, in conversation with C"; "Lotte Vercammen in gesprek met journaliste Ilse Van Hoorebeke". With no one
 * else named ("Part two: in conversation with Miriam Achterberg") the people after the cue are the guests asked; who
 * "gaat in gesprek met" others leads the talk and asks.
 *
 * @param after the people the item names after the cue
 * @param cue   the cue's words
 * @param at    where the cue starts in the item's words
 */
record Conversation(List<PeopleReader.Named> after, Source cue, int at) {

    private static final Pattern CUE = Pattern.compile("in conversation with|in gesprek met");
    /** "X gaat (in de foyer) in gesprek met", "X goes into conversation with": the subject leads the talk. */
    private static final Pattern GOES_INTO = Pattern.compile("(?iu)(?<![\\p{L}])(?:gaat|gaan|goes|go)"
            + "(?:\\s+[^\\s,.;:]+){0,7}\\s*$");

    /** "Severn FM presenter Tom Ashworth in conversation with …": a broadcaster's word before the one who asks. */
    private static final Pattern ASKS = Pattern.compile("(?iu)(?<![\\p{L}])(?:presenter|presentator|presentatrice"
            + "|journalist|journaliste|broadcaster|radiomaker|programmamaker|interviewer)\\s+(?:\\p{Lu}[\\p{L}'’-]*"
            + "\\s*){1,4}$");

    /** Whether an item's people cue, lower case, is a conversation's. */
    static boolean cue(String how) {
        return CUE.matcher(how).matches();
    }

    /**
     * Sets the roles of the conversation's people in {@code participations}, the item's people read so far: the
     * name right before the cue when no one else is named, then who asks and who answers.
     */
    void settle(Line words, List<Found.Participation> participations, People people, Organisations organisations) {
        if (participations.isEmpty()) {
            // the words of the clause before the cue, past a verb and a position ("gaat dramaturg X in de foyer")
            String text = words.text();
            int from = Math.max(Math.max(text.lastIndexOf("– ", at), text.lastIndexOf(": ", at)),
                    text.lastIndexOf(", ", at));
            from = from < 0 ? 0 : from + 2;
            for (int skipped = 0; skipped < 2 && from < at && !NameProbe.startsWithName(words, from)
                    && Character.isLowerCase(text.charAt(from)); skipped++) {
                from = ItemCues.skipSpace(text, NameFinder.wordEndIn(text, from));
            }
            if (from < at && NameProbe.startsWithName(words, from)) {
                for (PeopleReader.Named named : PeopleReader.read(words, from, people, organisations).people()) {
                    participations.add(new Found.Participation(named.person().id(), RoleType.SPEAKER,
                            Assumption.from("named before the conversation", cue), named.affiliations()));
                }
            }
        }
        // "dramaturg X gaat in gesprek met A en B": who goes into the conversation leads it, and asks
        // and so does a presenter or a journalist named before the cue, whose word made them the host
        boolean asks = ASKS.matcher(words.text().substring(0, at)).find();
        boolean leads = asks || GOES_INTO.matcher(words.text().substring(0, at)).find();
        RoleType others = leads ? RoleType.INTERVIEWER : RoleType.INTERVIEWEE;
        boolean asked = false;
        for (int i = 0; i < participations.size(); i++) {
            Found.Participation other = participations.get(i);
            if (other.role() == RoleType.SPEAKER && other.roleBasis() instanceof Assumption
                    || asks && other.role() == RoleType.HOST) {
                participations.set(i, new Found.Participation(other.personId(), others,
                        Assumption.from(others.code() + ": in conversation with the people named after \""
                                + cue.words() + "\"", cue), other.affiliations()));
                asked = true;
            }
        }
        RoleType role = asked && !leads ? RoleType.INTERVIEWER : RoleType.INTERVIEWEE;
        for (PeopleReader.Named named : after) {
            participations.add(new Found.Participation(named.person().id(), role, Assumption.from(role.code()
                    + ": named after \"" + cue.words() + "\"" + (asked ? "" : ", with no one else named"), cue),
                    named.affiliations()));
        }
    }
}
