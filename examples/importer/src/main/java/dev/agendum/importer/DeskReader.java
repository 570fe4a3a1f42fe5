package dev.agendum.importer;

import dev.agendum.model.LocalizedText;
import dev.agendum.model.RegistrationChannel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads registration in person: "U koopt ze aan de balie van de bibliotheek", "Aan de kassa betaal je € 12",
 * "Day ticket at the door € 45", "reserveren kan online of aan de infobalie". A desk, till or door where a
 * place or ticket is had is a channel of its own, beside the web, e-mail and phone channels {@link
 * RegistrationReader} reads. Only a desk of the event's place counts: "telefonisch bij de kassa" is a phone.
 */
final class DeskReader {

    private static final Pattern DESK = Pattern.compile("(?iu)(?<![\\p{L}])(?:aan de \\p{L}*(?:balie|kassa)"
            // "aan de museumkassa te koop", "aan de uitleenbalie of telefonisch", "aan de kerkdeur vanaf 19.15 uur"
            + "|aan de \\p{L}*deur|at the door|on the door|at the box office|at the ticket desk"
            + "|at the (?:front |information )?desk|sold at the (?:\\p{Lu}[\\p{L}'’]+ ){1,3}(?:front )?desk"
            // "Kom langs bij de kassa", "meld je aan bij de informatiebalie", "call in to the box office"
            + "|(?:kom langs|koop|kopen|meld je aan|meldt u aan|aanmelden|inschrijven|reserveren|kaarten)"
            + "(?:\\s+[\\p{L}]+){0,3}?\\s+bij de \\p{L}*(?:balie|kassa)|call in (?:to|at) the (?:box office|desk)"
            + "|pay at the door"
            // "You can also buy in person from the box office", "pay on the night" (not a fee paid "ter plaatse"
            // by people who came registered)
            + "|(?:buy|book|tickets?)(?:\\s+\\p{L}+){0,2}?\\s+in person|pay on the (?:night|day)"
            // "enter on the day at the registration tent", "buy one on the night", "free tickets from the front desk
            // on the day", "given out at the pavilion door", "Dag-inschrijving aan de tent"
            // ("… when you register, or typed into the chat on the night": another clause's night)
            + "|(?:enter|buy|bought|tickets?|entries|register|wristbands?)(?:(?!,\\s*or\\s)[^.;]){0,50}?"
            + "\\bon the (?:day|night)"
            // "Day tickets will be sold at the gate", "tickets are also on sale at the festival office", "places …
            // handed out at the Welcome Desk", "Zijn er nog kaarten over, dan zijn die op de avond zelf te koop"
            + "|(?:tickets?|places|passes|kaarten)(?:(?!,\\s*or\\s)[^.;]){0,60}?\\bat the (?:[\\p{L}'’]+ ){0,3}?"
            + "(?:desk|office|gate|entrance)|(?:kaarten|tickets)[^.;]{0,60}?op de (?:avond|dag|middag) zelf"
            + "|at the registration (?:tent|desk)|from the front desk|at the \\p{L}+ door|aan de (?:inschrijvings)?tent"
            + "|dag-?inschrijving|na-?inschrijving|ter plaatse (?:inschrijven|kaarten)"
            + "|(?:kaarten|tickets) (?:zijn )?(?:ook )?(?:te koop )?aan de (?:kerk|zaal|ingang))(?![\\p{L}])");

    /** A word that denies what the desk's words say. */
    private static final Pattern DENIED = Pattern.compile("(?iu)(?<![\\p{L}])(?:no|not|geen|niet|only|alleen)"
            + "(?![\\p{L}])");

    private final Reading reading;

    DeskReader(Reading reading) {
        this.reading = reading;
    }

    void read() {
        List<Line> leaves = reading.document.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            // "… or pay at" / "the door on the night": a plain text's way in person read over its wrap
            Line line = HardWraps.withNext(reading.document, leaves, i);
            Matcher desk = DESK.matcher(line.text());
            // "Tickets are sold online only: there is no ticket desk on the night" denies the desk it names
            if (desk.find() && !DENIED.matcher(desk.group()).find()) {
                Source where = line.source(desk.start(), desk.end());
                RegistrationChannel channel = RegistrationChannel.inPerson(LocalizedText.of(reading.language.value(),
                        where.words()));
                if (reading.channels.stream().noneMatch(c -> c.channel().type() == RegistrationChannel.Type.IN_PERSON)) {
                    reading.channels.add(new Reading.Channel(channel, where));
                }
                return;
            }
        }
    }
}
