package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two ways an item names its people that {@link ItemReader}'s cues do not: a plain-text table's people column
 * ("Keynote: …      A, CEO, B") and an interview's "A, CEO of B, interviewed by C" or "A in gesprek met C".
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
}
