package dev.agendum.importer;

import dev.agendum.model.LocalizedText;
import dev.agendum.model.RegistrationChannel;
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
            + "|at the (?:front |information )?desk)(?![\\p{L}])");

    private final Reading reading;

    DeskReader(Reading reading) {
        this.reading = reading;
    }

    void read() {
        for (Line line : reading.document.leaves()) {
            Matcher desk = DESK.matcher(line.text());
            if (desk.find()) {
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
