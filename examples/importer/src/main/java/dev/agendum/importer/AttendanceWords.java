package dev.agendum.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say how an event is attended (online, hybrid), and the uses of "online" that say nothing of it: a
 * way to register ("online aanmelden"), a document put on the web ("the full programme … is now online"), a denial
 * ("geen livestream").
 */
final class AttendanceWords {

    /** "Wie niet kan komen, kijkt live mee via …", "or watch it live at …": the event is followed from afar too. */
    private static final String WATCH_LIVE = "kijk\\p{L}* live mee|live mee(?:te)?kijk\\p{L}*|watch (?:it |along )?live";
    /** The words of taking part from afar: "online", "webinar", "livestream", "via Teams". */
    static final Pattern ONLINE = Pattern.compile("(?iu)(?<![\\p{L}-])(" + WATCH_LIVE + "|online|webinar"
            + "|livestream|live stream|zoom|microsoft teams|via teams|webex|virtueel|virtual|digitale bijeenkomst"
            + "|live te volgen|we stream|streamen we|(?:live )?gestreamd|remotely (?:over|via|on|through)"
            + "|live uitgezonden|streamed live|followed live)(?![\\p{L}])");
    private static final Pattern NOT_ONLINE = Pattern.compile("(?iu)(online\\s+(?:aanmelden|inschrijven|registreren"
            + "|registration|register|via|tickets?|kaarten|kaartjes|booking|ticketing|sales|shop)"
            + "|(?:" + RegistrationReader.SIGN_UP + ")\\s+(?:kan\\s+)?online"
            // "Book online at …", "koop je kaarten online": buying a ticket, not watching
            + "|(?:book|buy|order|reserve|bestel|koop|reserveer)(?:\\s+(?:your|je|uw))?(?:\\s+(?:tickets?|seats?"
            + "|places?|kaarten|kaartjes))?\\s+online"
            // "Refunds to cards used online", "make a donation online", "online betalen": money, not attending
            + "|(?:donation|donate|doneer|pay|paid|payment|betaal|betalen|cards?)(?:\\s+[\\p{L}]+){0,2}\\s+online"
            + "|online\\s+(?:payment|donation|betaling|betalen|doneren|shop|store|winkel)"
            // "u kunt ook online reageren", "de plannen staan ook online": taking part in a consultation, or reading
            + "|online\\s+(?:reageren|reageer|reactie|inspreken|bekijken|inzien|in te zien|te bekijken|te lezen"
            + "|respond|comment|react)|(?:staan|staat|vindt u|vind je)\\s+(?:[\\p{L}\\d]+\\s+){0,4}?(?:ook\\s+)?online)");
    /** Ways of working or things that are hybrid, not an event: "Hybrid rotas, an ageing workforce, …". */
    private static final String NOT_HYBRID_EVENT = "(?!\\s+(?:rotas?|working|work|workers|cars?|vehicles?|models?"
            + "|cloud|werken|auto'?s))";
    /** The words of taking part either way: "hybride", "online en op locatie", "also streamed online". */
    static final Pattern HYBRID = Pattern.compile("(?iu)(?<![\\p{L}])(hybride" + NOT_HYBRID_EVENT + "|hybrid"
            + NOT_HYBRID_EVENT + "|online en op locatie|op locatie en "
            + "online|fysiek en online|in person (?:and|or) online|online (?:and|or) in person|ook online te volgen"
            + "|also (?:be followed|available|streamed) online|livestream|live stream|of online|or online"
            + "|en online|and online|ook online|online deelnemen is (?:ook )?mogelijk|also online|join online|can also join"
            // "Kan ik ook thuis meekijken? … wordt live uitgezonden", "ook live te volgen via …"
            + "|live uitgezonden|thuis mee(?:te)?kijk\\p{L}*|online mee te kijken|ook live te volgen|watch from home"
            + "|also be followed live|streamed live"
            // "Kunt u er niet bij zijn? De avond is live te volgen via …", "We stream all talks live", "or remotely
            // over Microsoft Teams"
            + "|live te volgen|(?:ook )?te volgen via|live (?:mee )?te kijken|we stream|streamen we|wordt (?:live )?gestreamd"
            + "|live gestreamd|is streamed|are streamed|remotely (?:over|via|on|through)|op afstand (?:via|over)"
            + "|" + WATCH_LIVE
            // an online evening also shown in a hall: "kom naar de raadzaal, waar we de avond op groot scherm tonen"
            + "|op (?:een |het )?groot scherm|on (?:a |the )?big screen"
            // "kom naar het Auditorium … of kijk mee via Teams", "Inloop online en in de zaal"
            + "|(?:of|or) (?:kijk|volg|doe|join|watch)(?:\\s+\\p{L}+)?(?:\\s+mee)? via (?:microsoft )?"
            + "(?:teams|zoom|webex"
            + "|de livestream|the livestream)|online (?:en|of) in de zaal|in de zaal (?:en|of) online)");
    /**
     * What is put on the web for reading, said to be online: "The full programme for …, the International" over
     * "Conference on …, is now online", "de presentaties staan online". The sentence may open on the line before.
     */
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)(?<![\\p{L}])(?:programme|program|programma"
            + "|agenda|slides|recording|recordings|opname|opnames|verslag|presentaties|presentations|photos|foto's"
            + "|stukken|papers|abstracts)(?![\\p{L}])[^.!?]*\\s(?:is|are|staat|staan)\\s+(?:now\\s+|nu\\s+)?"
            + "(?:ook\\s+|also\\s+)?$");

    private static final Pattern DENIED = Pattern.compile("(?iu)(?<![\\p{L}])(?:no|not|geen|niet|without|zonder)"
            + "(?:\\s+\\p{L}+)?\\s+$");

    private AttendanceWords() {
    }

    /** "there is no livestream", "geen livestream", "niet online te volgen": a way of attending the text denies. */
    static boolean denied(String text, int at) {
        return DENIED.matcher(text.substring(Math.max(0, at - 24), at)).find();
    }

    /**
     * Whether the word of attending at {@code at} on leaf {@code index} is no way of taking part: a way to register
     * online, or a document that is online to read.
     */
    static boolean notAttending(List<Line> leaves, int index, int at) {
        String text = leaves.get(index).text();
        Matcher not = NOT_ONLINE.matcher(text);
        while (not.find()) {
            if (not.start() <= at && at < not.end()) {
                return true;
            }
        }
        String before = (index > 0 ? HardWraps.openSentence(leaves.get(index - 1)) + " " : "") + text.substring(0, at);
        return PUBLISHED.matcher(before).find();
    }
}
