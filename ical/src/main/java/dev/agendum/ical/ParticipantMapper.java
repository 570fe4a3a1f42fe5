package dev.agendum.ical;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import dev.agendum.model.ScheduledItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One RFC 9073 PARTICIPANT component per participation (section 7.1): PARTICIPANT-TYPE from the role (the RFC's
 * own values where it has one, an X- name where it has none), CALENDAR-ADDRESS when the person's e-mail address is
 * published (see {@link Publication}),
 * and the name, role and affiliations readable in SUMMARY (and the item in DESCRIPTION). X-AGENDUM-PARTICIPATION
 * (person, role, custom label, item) and one X-AGENDUM-AFFILIATION per affiliation carry it exactly.
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
            case CHAIR -> "X-CHAIR";
            case HOST -> "X-HOST";
            case MODERATOR -> "X-MODERATOR";
            case INTERVIEWER -> "X-INTERVIEWER";
            case INTERVIEWEE -> "X-INTERVIEWEE";
            case AUTHOR -> "X-AUTHOR";
            case PANEL_LEADER -> "X-PANEL-LEADER";
            case PANELLIST -> "X-PANELLIST";
            case CUSTOM -> "X-CUSTOM";
        };
    }

    /**
     * Writes the participant, with the event's texts in the feed's language; {@code item} is the programme item it
     * belongs to, if any. Its UID is {@code p<number>.<parent>}: the {@code number}th participant of the VEVENT
     * whose UID is {@code parent}.
     */
    static void write(ContentLineWriter lines, DescriptionText texts, Participation participation,
                      Optional<ScheduledItem> item, int number, String parent, FeedOptions options) {
        lines.begin("PARTICIPANT");
        lines.start("UID").text("p", number, ".", parent);
        lines.start("PARTICIPANT-TYPE").value(participantType(participation.role().type()));
        Optional<String> email = texts.event().person(participation.personId()).flatMap(Person::email);
        if (email.isPresent()) {
            lines.start("CALENDAR-ADDRESS").mailto(email.get());
        }
        lines.start("SUMMARY").param("LANGUAGE", texts.tag()).text(texts.person(participation));
        if (item.isPresent()) {
            lines.start("DESCRIPTION").param("LANGUAGE", texts.tag()).text(texts.item(item.get()));
        }
        if (options.lossless()) {
            carry(lines, participation, item);
        }
        lines.end("PARTICIPANT");
    }

    private static void carry(ContentLineWriter lines, Participation participation, Optional<ScheduledItem> item) {
        lines.start("X-AGENDUM-PARTICIPATION").field("person", participation.personId())
                .field("role", participation.role().type().code());
        Fields.optionalText(lines, "role-label", participation.role().customLabel());
        if (item.isPresent()) {
            lines.field("item", item.get().item().id());
        }
        lines.endFields();
        for (Affiliation affiliation : participation.affiliations()) {
            lines.start("X-AGENDUM-AFFILIATION");
            Fields.optionalText(lines, "position", affiliation.position());
            affiliation.organisation().ifPresent(o -> PeopleMapper.organisation(lines, "organisation", o));
            lines.endFields();
        }
    }

    /**
     * Reads a PARTICIPANT Agendum wrote: the item it belongs to (empty for the whole event) and the participation.
     */
    static Map.Entry<Optional<String>, Participation> read(Scanned participant) {
        Fields fields = Fields.parse(participant.text("X-AGENDUM-PARTICIPATION").orElseThrow());
        RoleType type = fields.code("role", RoleType.class);
        List<Affiliation> affiliations = new ArrayList<>();
        for (ContentLine line : participant.all("X-AGENDUM-AFFILIATION")) {
            Fields affiliation = Fields.parse(line.text());
            affiliations.add(new Affiliation(affiliation.text("position"), affiliation.text("organisation")
                    .map(name -> PeopleMapper.organisation(affiliation, "organisation"))));
        }
        Participation participation = new Participation(fields.required("person"),
                new Role(type, fields.text("role-label")), affiliations);
        return Map.entry(fields.one("item"), participation);
    }
}
