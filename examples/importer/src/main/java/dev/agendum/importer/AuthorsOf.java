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
     * "Noor Vos (auteur van ‘De brug’)", a speaker card read as one line, or "A. Smith, author of The Tide": a line
     * that names one person whose position is the author of a work makes the person an author on the event.
     */
    static void read(Reading reading, Line line) {
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
