package dev.agendum.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of registration that register nobody: a body's legal standing ("a registered charity", "Registered
 * address: …") and a clause that says something needs no registration ("The livestream needs no registration:
 * watch it at …"), whose link is no channel; and a question asked ("Vragen over je aanmelding? Mail …").
 */
final class NotRegistration {

    private NotRegistration() {
    }

    /** "The livestream needs no registration: watch it at …": the link of a sentence that needs none is no channel. */
    private static final Pattern NO_NEED = Pattern.compile("(?iu)(?:needs?|requires?) no (?:registration|ticket)"
            + "|no (?:registration|ticket) (?:is )?(?:needed|required)|without (?:registration|registering)"
            + "|zonder (?:aanmelding|aan te melden|inschrijving)|hoef(?:t)? (?:je|u) (?:je |zich )?niet aan te melden");
    /** The words of a sentence before a clause that says something needs no registration ("… 00. De livestream …"). */
    static Line needed(Line sentence) {
        Matcher none = NO_NEED.matcher(sentence.text());
        if (!none.find()) {
            return sentence;
        }
        int clause = sentence.text().lastIndexOf(". ", none.start());
        return sentence.sub(0, Math.max(0, clause));
    }

    private static final Pattern REGISTERED = Pattern.compile("(?iu)(?<![\\p{L}])(?:ge)?regist(?:ered|reerde?)"
            + "\\s+(?:charity|address|office|company|number|trademark|bij)(?![\\p{L}])");

    /** The text with its words of legal standing blanked out. */
    static String withoutStanding(String text) {
        return REGISTERED.matcher(text).replaceAll(" ");
    }

    /** Questions, not "we vragen je om in te schrijven" (we ask you to register). */
    private static final Pattern QUESTIONS = Pattern.compile("(?iu)((?<!we |wij )vragen|questions|contact)");
    private static final Pattern ASKS = Pattern.compile("(?iu)(aanmelden (?:kan |via |bij |op )|meld (?:je|u) aan"
            + "|(?<!niet )(?:aan te melden|in te schrijven)\\s*:?\\s*(?:via|bij|op)"
            + "|inschrijven (?:kan |via )|register (?:at|here|via|by|on|online)|sign up|deelnemen\\?|registration "
            + "(?:by|via|at))");

    /** "Vragen over je aanmelding? Mail …" asks for questions, not for registrations. */
    static boolean isQuestion(Line sentence) {
        return QUESTIONS.matcher(sentence.text()).find() && !ASKS.matcher(sentence.text()).find();
    }

    /** "Meedoen?", "Deelnemen?", "Join us?", "How to take part": a heading that asks the reader to take part. */
    private static final Pattern JOIN = Pattern.compile("(?iu)^(?:meedoen|deelnemen|meedoen of aanmelden|join us"
            + "|taking part|how to take part|want to join|wil je meedoen|wilt u meedoen"
            // a heading that asks how: "Hoe meld ik me aan?", "How do I register?"
            + "|hoe meld (?:ik|je|u) (?:me|mij|je|zich) aan|hoe (?:kan|kun) (?:ik|je|u) (?:me |mij |je |zich )?"
            + "(?:aanmelden|inschrijven)|how (?:do|can) (?:i|you) (?:register|sign up|book))\\s*[?:]?$");

    static boolean joinHeading(Line line) {
        return JOIN.matcher(line.text().strip()).matches();
    }

    /** A heading or label of its own over how to register: "INSCHRIJVEN", "Aanmelden", "Register", "RSVP by …". */
    private static final Pattern REGISTRATION_HEADING = Pattern.compile("(?iu)^\\W*(?:inschrijven|inschrijving|aanmelden"
            + "|aanmelding|opgeven|registratie|registreren|registration|register|booking|bookings|book your place"
            + "|reserveren|reservering|kaarten|tickets|box office|ticket office|kassa|theaterkassa|ticketbalie"
            + "|(?:kaarten|tickets) (?:bestellen|kopen|reserveren)|rsvp(?:\\s+by\\s+[^.]{3,40})?"
            // "HOW TO BOOK", "Hoe inschrijven?", "How to register"
            + "|how to (?:book|register|sign up|get tickets)|hoe (?:inschrijven|aanmelden|reserveren))\\s*[?:!]?\\W*$");

    /** Whether {@code line} is a heading or label alone over how to register. */
    static boolean registrationHeading(Line line) {
        return line.text().strip().length() <= 50 && REGISTRATION_HEADING.matcher(line.text().strip()).matches();
    }
}
