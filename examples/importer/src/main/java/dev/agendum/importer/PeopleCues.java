package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues in a sentence that bring the people after them, each with the role it gives ({@link EventPeopleReader}):
 * a role word before its copula ("Dagvoorzitter is …"), a participle and its "by" ("chaired by", "geleid door"), a
 * speaker's verb ("spreekt", "talks by"), a keynote's, an interview's, a speaker or the panellists named as such.
 */
final class PeopleCues {

    private PeopleCues() {
    }

    /**
     * The cues. Group 1 is a role word, group 2 a participle, group 3 a speaker's verb, group 4 a keynote's words,
     * group 5 "our speaker is", group 6 "interviewed by", group 7 "the panellists are", group 8 "a play by".
     */
    static final Pattern CUE = Pattern.compile("(?iu)(?<![\\p{L}])(?:(dagvoorzitter|moderator|gastvrouw|gastheer"
            + "|woordvoerder|persvoorlichter|press officer|spokesperson"
            // "Voorzitter van de vergadering is burgemeester X. Griffier is Y.": who chairs the meeting, who clerks it
            + "|voorzitter(?=\\s+(?:van|tijdens)\\s+de\\s+(?:vergadering|avond|bijeenkomst|middag|ochtend|dag)\\s)"
            + "|griffier(?=\\s+(?:is|was|wordt)\\s)"
            + "|gespreksleider|presentator|hosts|host|chair"
            // "Interviewer van dienst is …", "Our quizmaster for the evening is …", "Ceremoniemeester van het hele
            // weekend is …": who holds the evening's one part
            + "|interviewer|quizmaster|ceremoniemeester|presentatrice|dirigent|conductor)(?:(?:\\s+(?:op|tijdens|van|voor"
            + "|during|for|of|on)(?:\\s+\\p{L}+){1,3})?\\s+(?:is|was|wordt|will be))?|(chaired|moderated|hosted"
            + "|presented|led|geleid|gemodereerd|gepresenteerd|voorgezeten|onder leiding van"
            // "De avond wordt aan elkaar gepraat door X", "compered by X": who links the evening's parts hosts it
            + "|aan elkaar gepraat|compered|compèred"
            // "De cyclus wordt begeleid door X, trainer en coach": who guides a course through
            + "|begeleid|facilitated|conducted|gedirigeerd|o\\.l\\.v\\."
            // "Directed by Kit Harrow and performed by Ruth Adeyemi", "geregisseerd door", "gespeeld door"
            + "|directed|performed|geregisseerd|gespeeld)(?:\\s+(?:by|door))?|(spreekt|spreken"
            + "|speaks|vertelt|vertellen|presenteert|presents|(?:presentaties?|lezingen?|inleidingen?) van|(?:lectures?|talks?"
            + "|presentations?) by|(?:wordt|worden) (?:gegeven|verzorgd) door|(?:is|are) (?:given|taught) by"
            + "|toegelicht door|explained by"
            + "|a response from|een reactie van|aanvaardt|oratie van|inaugural lecture by)"
            + "|(keynote (?:by|door|van))|((?:(?:our|onze|the|de) |(?:(?<=^)|(?<=[.!?]\\s)))(?:guest )?(?:speaker"
            + "|(?:gast)?spreker)(?:\\s+(?:this year"
            + "|tonight|today|dit jaar|vanavond|vandaag))?\\s+(?:is|will be|wordt)(?:\\s+the)?)"
            + "|((?:interviewed|geïnterviewd) (?:by|door))"
            // "The panellists are ecologist Dr A (…), sheep farmer B and Dr C": the panel named in a sentence
            + "|((?:the|our|de|onze) (?:panellists|panelists|panel members|panelleden) (?:are|will be|zijn))"
            // "a funny, bruising two-hander by Maeve Donnelly", "een nieuw toneelstuk van X": who wrote the play
            + "|((?:play|two-hander|monologue|musical|toneelstuk|theaterstuk|monoloog) (?:written )?(?:by|van|door)))"
            + "(?:\\s+|\\s*$)");

    /** A choir or a band just before a leading cue: "het koor o.l.v.", "the orchestra, led by". */
    private static final Pattern MUSIC_BEFORE = Pattern.compile("(?iu)(?:koor|orkest|ensemble|harmonie|fanfare|band"
            + "|choir|orchestra|kapel)(?:\\s+\\p{Lu}[\\p{L}-]*)*,?\\s+$");

    /** "a closing panel chaired by X": the one who leads a panel. */
    private static final Pattern PANEL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:panel|paneldiscussie"
            + "|panelgesprek)\\s+$");

    /**
     * The role the cue {@code cue}, found in {@code text}, gives the people after it: a participle of leading after a
     * panel's name leads the panel ("a closing panel chaired by X"); "chaired" chairs, "hosted" and "presented" host,
     * "begeleid" and "facilitated" guide (a role of its own), "led" and "moderated" moderate.
     */
    static RoleType role(Matcher cue, String text) {
        boolean panel = cue.group(2) != null && !cue.group(2).matches("(?iu)moderated|gemodereerd")
                && PANEL_BEFORE.matcher(text.substring(0, cue.start())).find();
        if (cue.group(4) != null) {
            return RoleType.KEYNOTE_SPEAKER;
        }
        if (panel) {
            return RoleType.PANEL_LEADER;
        }
        if (cue.group(8) != null) {
            return RoleType.AUTHOR;
        }
        if (cue.group(7) != null) {
            return RoleType.PANELLIST;
        }
        if (cue.group(6) != null) {
            return RoleType.INTERVIEWER;
        }
        if (cue.group(5) != null || cue.group(3) != null) {
            return RoleType.SPEAKER;
        }
        if (cue.group(1) != null) {
            return Lexicon.role(cue.group(1)).orElse(RoleType.MODERATOR);
        }
        String participle = cue.group(2).toLowerCase(Locale.ROOT);
        return participle.matches("chaired|voorgezeten") ? RoleType.CHAIR
                : participle.matches("begeleid|facilitated|conducted|gedirigeerd|directed|performed|geregisseerd"
                        + "|gespeeld") ? RoleType.CUSTOM
                // "het Leuvens Oecumenisch Koor o.l.v. X", "the choir, led by X": who leads the music conducts it
                : participle.matches("onder leiding van|o\\.l\\.v\\.|led") && MUSIC_BEFORE.matcher(text.substring(0,
                        cue.start())).find() ? RoleType.CUSTOM
                : participle.matches("hosted|presented|gepresenteerd|aan elkaar gepraat|compered|compèred")
                ? RoleType.HOST : RoleType.MODERATOR;
    }
}
