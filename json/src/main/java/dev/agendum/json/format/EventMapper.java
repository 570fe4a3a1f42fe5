package dev.agendum.json.format;

import static dev.agendum.json.format.Codecs.NON_BLANK;
import static dev.agendum.json.format.TextCodec.TEXT;
import static dev.agendum.json.format.TimeCodecs.LOCAL_DATE_TIME;

import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.schema.SchemaBuilder;
import dev.agendum.model.AttendanceMode;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Programme;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event object of the canonical format. Field names are the record components of {@link Event} and its parts,
 * in component order, so that a validator's property path maps mechanically onto a JSON Pointer.
 */
public final class EventMapper {

    /** The event's language, noted as soon as it is read: its texts default to it. */
    private static final Codec<Locale> LANGUAGE = new Codec<>() {
        @Override
        public Locale read(JsonInput in) {
            Locale language = Codecs.LANGUAGE_TAG.read(in);
            in.eventLanguage(language);
            return language;
        }

        @Override
        public void write(JsonGenerator out, Locale value) {
            Codecs.LANGUAGE_TAG.write(out, value);
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
            return Codecs.LANGUAGE_TAG.schema(schemas);
        }

        @Override
        public String describe() {
            return Codecs.LANGUAGE_TAG.describe();
        }
    };

    /** The event object: every field of {@link Event}, in component order. */
    public static final Shape<Event> EVENT = Shape.of("event", Event.class)
            .beforeRead(JsonInput::startEvent)
            .afterRead(TextCodec::settle)
            .marksContext()
            .required("id", Event::id, NON_BLANK)
            .required("language", Event::language, LANGUAGE)
            .required("title", Event::title, TEXT)
            .optional("description", Event::description, TEXT)
            .required("zone", Event::zone, Codecs.ZONE)
            .required("start", Event::start, LOCAL_DATE_TIME)
            .required("end", Event::end, LOCAL_DATE_TIME).note("not before the start")
            .required("allDay", Event::allDay, Codecs.BOOLEAN)
            .required("attendanceMode", Event::attendanceMode, Codecs.code(AttendanceMode.class, "attendanceMode"))
            .optional("venue", Event::venue, PlaceMapper.VENUE).note("not for an online event")
            .optional("online", Event::online, PlaceMapper.ONLINE).note("not for an in-person event")
            .required("status", Event::status, Codecs.code(EventStatus.class, "eventStatus"))
            .optional("previousStart", Event::previousStart, LOCAL_DATE_TIME)
            .note("only when the status is postponed or rescheduled")
            .list("organisers", Event::organisers,
                    Codecs.list(PeopleMapper.ORGANISATION, ReadLimits::maxListLength, "organisers"))
            .list("people", Event::people, Codecs.list(PeopleMapper.PERSON, ReadLimits::maxPeoplePerEvent, "people"))
            .list("participations", Event::participations,
                    Codecs.list(PeopleMapper.PARTICIPATION, ReadLimits::maxListLength, "participations"))
            .defaulted("programme", Event::programme, ProgrammeMapper.PROGRAMME, Programme.empty(),
                    programme -> programme.items().isEmpty())
            .note("left out when it has no items")
            .optional("registration", Event::registration, RegistrationMapper.REGISTRATION)
            .list("contacts", Event::contacts, Codecs.list(DetailMapper.CONTACT, ReadLimits::maxListLength, "contacts"))
            .list("links", Event::links, Codecs.list(DetailMapper.LINK, ReadLimits::maxListLength, "links"))
            .optional("image", Event::image, DetailMapper.IMAGE)
            .list("categories", Event::categories, Codecs.list(TEXT, ReadLimits::maxListLength, "categories"))
            .required("revision", Event::revision, DetailMapper.REVISION)
            .rule("{\"if\": {\"properties\": {\"attendanceMode\": {\"const\": \"in-person\"}}}, \"then\": {\"not\": "
                    + "{\"required\": [\"online\"]}}}")
            .rule("{\"if\": {\"properties\": {\"attendanceMode\": {\"const\": \"online\"}}}, \"then\": {\"not\": "
                    + "{\"required\": [\"venue\"]}}}")
            .rule("{\"if\": {\"required\": [\"previousStart\"]}, \"then\": {\"properties\": {\"status\": {\"enum\": "
                    + "[\"postponed\", \"rescheduled\"]}}}}")
            .build();

    private EventMapper() {
    }
}
