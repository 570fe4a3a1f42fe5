package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People named with the work they wrote ({@link EventPeopleReader}): "Noor Vos (auteur van ‘De brug’)". */
final class AuthorsOf {

    private AuthorsOf() {
    }

    /** "auteur van ‘De brug’", "author of The Tide": a position that names the work the person wrote. */
    private static final Pattern AUTHOR_OF = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:auteur|author) (?:van|of)(?![\\p{L}])");

    /**
     * A name and what its bearer writes or reads of their own: "Lotte Vanderhaegen leest uit Zoutkorrels", "… debuteerde
     * vorig jaar met de bundel …", "Jens Claeys schrijft al twintig jaar gedichten", "Ama Boateng reads from her new
     * novel". Group 1 is where the name may start: the capitalised words right before the verb.
     */
    private static final Pattern WRITES = Pattern.compile("(?u)(\\p{Lu}[\\p{L}'’-]+(?:\\s(?:van|de|der|den|ten|ter|te"
            + "|\\p{Lu}[\\p{L}'’-]+))+)\\s+((?iu:leest (?:voor )?uit|reads from"
            + "|debuteerde (?:\\p{L}+ ){0,3}?met (?:de|het|een) (?:bundel|dichtbundel|roman|verhalenbundel|boek)"
            + "|debuted (?:\\p{L}+ ){0,3}?with|schrijft (?:\\p{L}+ ){0,4}?"
            + "(?:gedichten|romans|boeken|verhalen|poëzie)|writes (?:\\p{L}+ ){0,4}?(?:poems|poetry|novels|books|stories)))"
            + "(?![\\p{L}])");

    /** Makes the person a line names before a writer's verb an author on the event. */
    private static void writes(Reading reading, Line line) {
        Matcher writes = WRITES.matcher(line.text());
        while (writes.find()) {
            int from = writes.start(1);
            if (!NameFinder.startsAt(line, from)) {
                continue;
            }
            PeopleReader.Result result = PeopleReader.read(line, from, reading.people, reading.organisations);
            if (!result.people().isEmpty()) {
                PeopleReader.Named named = result.people().get(0);
                reading.roles.add(new Found.Participation(named.person().id(), RoleType.AUTHOR,
                        line.source(writes.start(2), writes.end(2)), named.affiliations()));
            }
        }
    }

    /**
     * "Noor Vos (auteur van ‘De brug’)", a speaker card read as one line, or "A. Smith, author of The Tide": a line
     * that names one person whose position is the author of a work makes the person an author on the event.
     */
    static void read(Reading reading, Line line) {
        writes(reading, line);
        Matcher of = AUTHOR_OF.matcher(line.text());
        if (!of.find() || !NameFinder.startsAt(line, 0)) {
            return;
        }
        // tried on a scratch list first: a line whose one person holds no author's position records nobody
        PeopleReader.Result probe = PeopleReader.read(line, 0, new People(), reading.organisations);
        if (probe.people().size() != 1
                || probe.people().get(0).positionRole().filter(r -> r == RoleType.AUTHOR).isEmpty()) {
            return;
        }
        PeopleReader.Named named = PeopleReader.read(line, 0, reading.people, reading.organisations).people().get(0);
        reading.roles.add(new Found.Participation(named.person().id(), RoleType.AUTHOR,
                line.source(of.start(), of.end()), named.affiliations()));
    }
}
