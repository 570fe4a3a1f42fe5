package dev.agendum.json;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Programme;
import tools.jackson.core.JsonGenerator;

/**
 * The event object of the canonical format. Field names are the record components of {@link Event} and its parts,
 * in component order, so that a validator's property path maps mechanically onto a JSON Pointer.
 */
final class EventMapping {

    static final ObjectSpec<Event> SPEC = ObjectSpec.of(EventMapping::build)
            .required("id", Scalars::text)
            .required("language", Scalars::languageTag)
            .required("title", Texts::read)
            .optional("description", Texts::read)
            .required("zone", Scalars::zone)
            .required("start", Scalars::localDateTime)
            .required("end", Scalars::localDateTime)
            .required("allDay", JsonInput::bool)
            .required("attendanceMode", Scalars.code(AttendanceMode.class))
            .optional("venue", PlaceMapping.VENUE)
            .optional("online", PlaceMapping.ONLINE)
            .required("status", Scalars.code(EventStatus.class))
            .optional("previousStart", Scalars::localDateTime)
            .optional("organisers", in -> in.list(PeopleMapping.ORGANISATION, in.limits().maxListLength(), "organisers"))
            .optional("people", in -> in.list(PeopleMapping.PERSON, in.limits().maxPeoplePerEvent(), "people"))
            .optional("participations", in -> in.list(PeopleMapping.PARTICIPATION, in.limits().maxListLength(),
                    "participations"))
            .optional("programme", ProgrammeMapping.PROGRAMME)
            .optional("registration", RegistrationMapping.REGISTRATION)
            .optional("contacts", in -> in.list(DetailMapping.CONTACT, in.limits().maxListLength(), "contacts"))
            .optional("links", in -> in.list(DetailMapping.LINK, in.limits().maxListLength(), "links"))
            .optional("image", DetailMapping.IMAGE)
            .optional("categories", in -> in.list(Texts::read, in.limits().maxListLength(), "categories"))
            .required("revision", DetailMapping.REVISION);

    /** Reads one event, counting its programme items afresh. */
    static final ValueReader<Event> READER = in -> {
        in.startEvent();
        return SPEC.read(in);
    };

    private EventMapping() {
    }

    private static Event build(Values v) {
        return new Event(v.get("id"), v.get("language"), v.get("title"), v.optional("description"), v.get("zone"),
                v.get("start"), v.get("end"), v.get("allDay"), v.get("attendanceMode"), v.optional("venue"),
                v.optional("online"), v.get("status"), v.optional("previousStart"), v.list("organisers"),
                v.list("people"), v.list("participations"), v.<Programme>optional("programme").orElse(Programme.empty()),
                v.optional("registration"), v.list("contacts"), v.list("links"), v.optional("image"),
                v.list("categories"), v.get("revision"));
    }

    static void write(JsonGenerator out, Event event) {
        out.writeStartObject();
        Out.string(out, "id", event.id());
        Out.string(out, "language", event.language().toLanguageTag());
        Out.text(out, "title", event.title());
        Out.optional(out, "description", event.description(), Out.TEXT);
        Out.string(out, "zone", event.zone().getId());
        Out.value(out, "start", event.start(), Out.TIME);
        Out.value(out, "end", event.end(), Out.TIME);
        out.writeBooleanProperty("allDay", event.allDay());
        Out.code(out, "attendanceMode", event.attendanceMode());
        Out.optional(out, "venue", event.venue(), PlaceMapping::writeVenue);
        Out.optional(out, "online", event.online(), PlaceMapping::writeOnline);
        Out.code(out, "status", event.status());
        Out.optional(out, "previousStart", event.previousStart(), Out.TIME);
        Out.list(out, "organisers", event.organisers(), PeopleMapping::writeOrganisation);
        Out.list(out, "people", event.people(), PeopleMapping::writePerson);
        Out.list(out, "participations", event.participations(), PeopleMapping::writeParticipation);
        if (!event.programme().items().isEmpty()) {
            Out.value(out, "programme", event.programme(), ProgrammeMapping::writeProgramme);
        }
        Out.optional(out, "registration", event.registration(), RegistrationMapping::writeRegistration);
        Out.list(out, "contacts", event.contacts(), DetailMapping::writeContact);
        Out.list(out, "links", event.links(), DetailMapping::writeLink);
        Out.optional(out, "image", event.image(), DetailMapping::writeImage);
        Out.list(out, "categories", event.categories(), Out.TEXT);
        Out.value(out, "revision", event.revision(), DetailMapping::writeRevision);
        out.writeEndObject();
    }
}
