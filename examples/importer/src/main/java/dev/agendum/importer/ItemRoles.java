package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The role a person named on a programme item holds there: a role word written beside the name first, else what
 * the cue before the name says ("geleid door", "hosted by", "door" in an interview), else what the item's kind
 * implies (a panel's members, a keynote's speaker), else a role the text gives the person elsewhere, else speaker.
 * Every role that is not written is an assumption that says why.
 */
final class ItemRoles {

    private final Roles roles;

    ItemRoles(Roles roles) {
        this.roles = roles;
    }

    /** Returns the participation of {@code named} on an item of {@code kind}, named after {@code how} at {@code cue}. */
    /** "your host for the day", "onze gastvrouw": a host named in what the person is, after the name. */
    static final java.util.regex.Pattern YOUR_HOST = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])"
            + "(?:your|our|uw|onze|jullie|the|de)\\s+(?:host|hostess|gastheer|gastvrouw|presentator|presentatrice|mc)"
            + "(?![\\p{L}])");

    /** The participation of {@code named} in the role a word of the text ({@code word}) gives; it is recorded. */
    Found.Participation as(PeopleReader.Named named, RoleType role, Source word) {
        Found.Participation given = new Found.Participation(named.person().id(), role, word, named.affiliations());
        roles.add(given);
        return given;
    }

    Found.Participation participation(PeopleReader.Named named, ItemKind kind, String how, Source cue) {
        String id = named.person().id();
        if (named.role().isPresent()) {
            Found.Participation explicit = new Found.Participation(id, named.role().get(), named.roleSource().get(),
                    named.affiliations());
            roles.add(explicit);
            return explicit;
        }
        Optional<Source> hosts = named.affiliations().stream().flatMap(a -> a.positionSource().stream())
                .filter(p -> YOUR_HOST.matcher(p.words()).find()).findFirst();
        if (hosts.isPresent()) {
            // "Welcome from Rachel Moorcroft, programme director and your host for the day"
            Found.Participation host = new Found.Participation(id, RoleType.HOST, Assumption.from("host: \""
                    + hosts.get().words() + "\" after the name", hosts.get()), named.affiliations());
            roles.add(host);
            return host;
        }
        Optional<Found.Participation> leader = leaderBefore(named, kind);
        if (leader.isPresent()) {
            roles.add(leader.get());
            return leader.get();
        }
        named.listRole().ifPresent(role -> roles.add(new Found.Participation(id, role, named.listRoleSource().get(),
                named.affiliations())));
        RoleType role;
        String reason;
        boolean leaderWord = named.listRole().filter(r -> r == RoleType.CHAIR || r == RoleType.MODERATOR
                || r == RoleType.HOST).isPresent();
        // "Gespreksleider Anouk Brouwer" on a line under a panel: the leader's word outranks the panel's members
        if (named.listRole().filter(r -> r == RoleType.CUSTOM).isPresent()) {
            // "onder leiding van dirigent X", "met bariton Y": a performer's word says more than the cue before it
            return new Found.Participation(id, RoleType.CUSTOM, named.listRoleSource().get(), named.affiliations());
        } else if ((isLeader(how) || how.equals("listed") || kind == ItemKind.PANEL) && leaderWord
                || how.isEmpty() && named.listRole().isPresent()) {
            // "Paneldiscussie met A, B en C; moderator: D": a leader's word before a name on a panel is D's role
            // a role word written before the name ("Moderator: Tariq Aziz") outranks what the item's kind suggests
            return new Found.Participation(id, named.listRole().get(), named.listRoleSource().get(),
                    named.affiliations());
        } else if (SIGNS.matcher(how).matches()) {
            // "Vanaf 21.00 uur signeert Jaap Terlingen zijn boek": who signs the book at a signing wrote it
            role = RoleType.AUTHOR;
            reason = "author: signs their book, named after \"" + how + "\"";
        } else if (how.matches("onder begeleiding van|begeleid door|guided by")) {
            // "een speurtocht onder begeleiding van boswachter X": who goes along with the group, a role of its own
            return new Found.Participation(id, RoleType.CUSTOM, cue, named.affiliations());
        } else if (isLeader(how)) {
            // "a panel moderated by X" has X as its moderator; "led by", "onder leiding van" as its leader
            role = kind == ItemKind.PANEL && !how.matches("moderated by|gemodereerd door") ? RoleType.PANEL_LEADER
                    : how.equals("chaired by") ? RoleType.CHAIR : RoleType.MODERATOR;
            reason = "leads the item: named after \"" + how + "\"";
        } else if (how.matches("hosted by|gepresenteerd door|presented by") && named.listRole().isPresent()) {
            // "presented by its authors, Dr. A and Dr. B": the role word written says who they are
            return new Found.Participation(id, named.listRole().get(), named.listRoleSource().get(),
                    named.affiliations());
        } else if (how.equals("presented by") && kind != ItemKind.WELCOME && kind != ItemKind.OPENING
                || how.equals("gepresenteerd door") && kind == ItemKind.TALK) {
            // "Case studies …, presented by Dr. A and Dr. B", "Jaarverslag, gepresenteerd door X": those who present
            // a talk or a report speak (a ceremony or an evening "gepresenteerd door" someone has them as its host)
            role = RoleType.SPEAKER;
            reason = "speaker: presents the item, named after \"" + how + "\"";
        } else if (how.matches("hosted by|gepresenteerd door|presented by")) {
            role = RoleType.HOST;
            reason = "hosts the item: named after \"" + how + "\"";
        } else if (kind == ItemKind.INTERVIEW) {
            role = how.matches("door|by") || ItemReader.INTERVIEWS.matcher(how).matches() ? RoleType.INTERVIEWER
                    : RoleType.INTERVIEWEE;
            reason = (role == RoleType.INTERVIEWER ? "interviewer" : "interviewed") + ": named after an interview's \""
                    + how + "\"";
        } else if (kind == ItemKind.PANEL && !how.matches("door|by")) {
            role = RoleType.PANELLIST;
            reason = how.equals("listed") ? "panellist: listed under the panel"
                    : "panellist: named on a panel" + (how.isEmpty() ? "" : " after \"" + how + "\"");
        } else if (kind == ItemKind.KEYNOTE) {
            role = RoleType.KEYNOTE_SPEAKER;
            reason = "keynote speaker: named on a keynote";
        } else if (named.listRole().isPresent()) {
            return new Found.Participation(id, named.listRole().get(), named.listRoleSource().get(),
                    named.affiliations());
        } else if (roles.leading(id).isPresent()
                && (kind == ItemKind.WELCOME || kind == ItemKind.CLOSING || kind == ItemKind.OPENING)) {
            role = roles.leading(id).get().role();
            reason = "role " + role.code() + " carried over from where the text gives it";
        } else {
            role = RoleType.SPEAKER;
            reason = "speaker: named on the item" + (how.isEmpty() || how.equals("listed") ? "" : " after \"" + how + "\"");
        }
        return new Found.Participation(id, role, Assumption.from(reason, cue), named.affiliations());
    }

    /**
     * "voorzitter", "club chair": a chair's word alone, or after a word that is not the event's part (a conference,
     * a session, a day), names the chair of a body, a position held ("with club chair Maarten Blok").
     */
    private static final Pattern BODY_CHAIR = Pattern.compile("(?iu)(?:(?!(?:conference|congress|session|day"
            + "|evening|event|symposium)\\s)\\p{L}+\\s+)?(?:voorzitter|chair|chairperson|chairman|chairwoman)");

    /**
     * "Closing by conference chair Hanne de Boer", "Welkom door dagvoorzitter X": who opens, welcomes or closes
     * under a leader's word for the event written right before the name does so in that role.
     */
    private static Optional<Found.Participation> leaderBefore(PeopleReader.Named named, ItemKind kind) {
        if (kind != ItemKind.WELCOME && kind != ItemKind.OPENING && kind != ItemKind.CLOSING
                || named.affiliations().isEmpty()) {
            return Optional.empty();
        }
        Found.Affiliation first = named.affiliations().get(0);
        Optional<Source> position = first.positionSource().filter(p -> p.end() <= named.person().source().start());
        Optional<RoleType> role = position.filter(p -> !BODY_CHAIR.matcher(p.words()).matches())
                .flatMap(p -> Lexicon.role(p.words())).filter(r -> r == RoleType.CHAIR || r == RoleType.MODERATOR
                || r == RoleType.HOST);
        return role.map(r -> new Found.Participation(named.person().id(), r, position.get(), named.affiliations()));
    }

    /** A signing's verb: "signeert", "signs". */
    static final Pattern SIGNS = Pattern.compile("(?iu)signeert|signeren|signs");

    static final Pattern TABLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:tafelgesprek(?:ken)?|rondetafel"
            + "(?:gesprek)?|round ?tables?|forum)(?![\\p{L}])");

    /**
     * "Tafelgesprek: … gespreksleider D met A en B", "Round table with A, B and C": the people at a round table or
     * forum sit at the table, so each of two or more whose role the text did not write is a panellist rather than
     * a speaker.
     */
    static void discussants(Source word, List<Found.Participation> participations) {
        List<Found.Participation> assumed = participations.stream().filter(p -> p.role() == RoleType.SPEAKER
                && p.roleBasis() instanceof Assumption).toList();
        if (assumed.size() < 2) {
            return;
        }
        for (Found.Participation speaker : assumed) {
            participations.set(participations.indexOf(speaker), new Found.Participation(speaker.personId(),
                    RoleType.PANELLIST, Assumption.from("panellist: one of those named at a \"" + word.words()
                    + "\"", word), speaker.affiliations()));
        }
    }

    static boolean isLeader(String how) {
        return how.matches("geleid door|onder leiding van|o\\.l\\.v\\.|led by|gemodereerd door|moderated by|chaired by");
    }
}
