package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.RoleType;
import java.util.Locale;

/**
 * One RFC 9073 PARTICIPANT component per participation (section 7.1): PARTICIPANT-TYPE from the role (the RFC's
 * own values where it has one, an X- name where it has none), CALENDAR-ADDRESS when an e-mail address is known,
 * and the name, role and affiliations readable in SUMMARY and DESCRIPTION. X-AGENDUM- properties keep the
 * person's id and the role's code, so that a reader can rebuild the participation exactly.
 */
final class ParticipantMapper {

    private ParticipantMapper() {
    }

    /** Returns the PARTICIPANT-TYPE of a role (RFC 9073 section 6.2). */
    static String participantType(RoleType role) {
        return switch (role) {
            case SPEAKER, KEYNOTE_SPEAKER -> "SPEAKER";
            case CONTACT -> "CONTACT";
            case SPOKESPERSON -> "PUBLICITY-CONTACT";
            case ORGANISER -> "PLANNER-CONTACT";
            default -> "X-" + role.name().replace('_', '-');
        };
    }

    /** Writes the participant; {@code item} is the programme item it belongs to, if any. */
    static void write(ContentLineWriter lines, Event event, Participation participation,
                      java.util.Optional<dev.agendum.model.ScheduledItem> item, String uid, Locale language) {
        lines.begin("PARTICIPANT");
        lines.start("UID").text(uid);
        lines.start("PARTICIPANT-TYPE").value(participantType(participation.role().type()));
        event.person(participation.personId()).flatMap(Person::email).ifPresent(email ->
                lines.start("CALENDAR-ADDRESS").mailto(email));
        String tag = language.toLanguageTag();
        lines.start("SUMMARY").param("LANGUAGE", tag).text(DescriptionText.person(event, participation, language));
        item.ifPresent(s -> lines.start("DESCRIPTION").param("LANGUAGE", tag)
                .text(DescriptionText.times(s) + " " + s.item().title().get(language)));
        lines.start("X-AGENDUM-PERSON").text(participation.personId());
        item.ifPresent(s -> lines.start("X-AGENDUM-ITEM").text(s.item().id()));
        lines.start("X-AGENDUM-ROLE").text(participation.role().type().code());
        lines.end("PARTICIPANT");
    }
}
