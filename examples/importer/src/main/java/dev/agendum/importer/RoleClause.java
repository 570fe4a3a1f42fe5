package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role a person's name is followed by, past the affiliation: a role word in brackets ("Femke Dijkman, Head of
 * Communications (host)") or a clause ("Dr. Joost Verhagen (Utrecht University), who chairs the lecture", "…, die
 * het symposium voorzit").
 */
final class RoleClause {

    /** The role read, the words that say it ({@code from} to {@code to}), and where reading goes on. */
    record Clause(RoleType role, int from, int to, int end) {
    }

    /** ", who chairs the lecture", ", die het gesprek leidt": a clause after the name that gives the role. */
    private static final Pattern WHO_LEADS = Pattern.compile("(?iu)\\s*,\\s*(?:who|die)\\s+((?:will\\s+)?(?:chairs?"
            + "|moderates?|hosts?)|(?:het gesprek|de avond|de middag|de dag|het symposium|het congres|de bijeenkomst"
            + "|de vergadering|de sessie|het debat)\\s+(?:leidt|voorzit|presenteert|modereert))(?![\\p{L}])");
    /**
     * " will be our MC for the night", " is die avond je gastvrouw", " is onze gespreksleider": the name, then what
     * the person will be at the event (group 1 the clause's start, group 2 the role word).
     */
    private static final Pattern WILL_BE = Pattern.compile("(?iu)^\\s*,?\\s*((?:will be|is|wordt|zal)\\s+(?:(?:die avond"
            + "|vanavond|that evening|on the night|again|once again|ook|weer)\\s+)?(?:our|your|je|jullie|uw|onze?)\\s+)"
            + "(\\p{L}[\\p{L}è-]*)(?![\\p{L}])");
    /** A part taken in the event after a position and "en": "… en voorzitter van de avond", "… and chair". */
    private static final Pattern ALSO_ROLE = Pattern.compile("(?iu)\\s(?:en|and|&)\\s+((?:dag)?voorzitter|chair"
            + "|moderator|gespreksleider|host|gastheer|gastvrouw)(?:\\s+(?:van|of|voor|for)\\s+(?:de|the|deze|this)\\s+"
            + "(?:avond|middag|dag|ochtend|evening|day|afternoon|morning|bijeenkomst|meeting))?\\s*\\.?$");

    /**
     * The part in the event that ends a person's positions from {@code from} to {@code to} ("raadslid en voorzitter
     * van de avond", "lector Digitale Zorg en dagvoorzitter"): the role, its words, and where the positions end.
     */
    static Optional<Clause> alsoRole(String text, int from, int to) {
        Matcher also = ALSO_ROLE.matcher(text).region(from, to);
        Optional<RoleType> role = also.find() ? Lexicon.role(also.group(1)) : Optional.empty();
        return role.map(r -> new Clause(r, also.start(1), also.end(), also.start()));
    }

    /**
     * ", will take the chair", " opens the session and chairs the morning", " zit als voorzitter de vergadering voor":
     * the person chairs the meeting, said in the sentence after the name (group 1 the words that say it).
     */
    private static final Pattern TAKES_THE_CHAIR = Pattern.compile("(?iu)^[^.;:]{0,40}?(?<![\\p{L}])((?:will )?take"
            + "s? the chair|chairs the (?:meeting|morning|evening|afternoon|session|day|debate|discussion)"
            + "|zit (?:als voorzitter )?de (?:vergadering|avond|bijeenkomst|middag) voor)(?![\\p{L}])");
    /** " (host)", " (moderator)": a role word in brackets after a person's affiliation. */
    private static final Pattern ROLE_NOTE = Pattern.compile("(?u)^\\s*\\(([\\p{L} ]{3,30})\\)");

    private RoleClause() {
    }

    /**
     * Returns the role written at {@code pos} of {@code text}, after a name and its affiliation: a role word in
     * brackets (only {@code afterAffiliation}: right after the name, brackets hold the affiliation), else a clause.
     */
    static Optional<Clause> after(String text, int pos, boolean afterAffiliation) {
        Matcher note = ROLE_NOTE.matcher(text.substring(pos));
        Optional<RoleType> noted = afterAffiliation && note.lookingAt() ? Lexicon.role(note.group(1).strip())
                : Optional.empty();
        if (noted.isPresent()) {
            return Optional.of(new Clause(noted.get(), pos + note.start(1), pos + note.end(1), pos + note.end()));
        }
        Matcher be = WILL_BE.matcher(text.substring(pos));
        Optional<RoleType> named = be.lookingAt() ? Lexicon.role(be.group(2)) : Optional.empty();
        if (named.isPresent()) {
            return Optional.of(new Clause(named.get(), pos + be.start(1), pos + be.end(2), pos + be.end()));
        }
        Matcher chairs = TAKES_THE_CHAIR.matcher(text.substring(pos));
        if (chairs.lookingAt()) {
            return Optional.of(new Clause(RoleType.CHAIR, pos + chairs.start(1), pos + chairs.end(1), pos));
        }
        Matcher who = WHO_LEADS.matcher(text.substring(pos));
        if (!who.lookingAt()) {
            return Optional.empty();
        }
        String clause = who.group(1).toLowerCase(Locale.ROOT);
        RoleType role = clause.contains("chair") || clause.endsWith("voorzit") ? RoleType.CHAIR
                : clause.contains("host") || clause.endsWith("presenteert") ? RoleType.HOST : RoleType.MODERATOR;
        return Optional.of(new Clause(role, pos + who.start(1), pos + who.end(1), pos));
    }
}
