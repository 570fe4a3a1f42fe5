package dev.agendum.ical;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import java.util.Locale;
import java.util.Optional;

/**
 * The organisers, people and contacts of an event: ORGANIZER (RFC 5545 section 3.8.4.3) and CONTACT (section
 * 3.8.4.2) for calendar apps, and X-AGENDUM-ORGANISER, X-AGENDUM-PERSON and X-AGENDUM-CONTACT with what those
 * cannot hold (abbreviations, links, honorifics, phone numbers, a contact's role and whether it is a person).
 */
final class PeopleMapper {

    private PeopleMapper() {
    }

    /**
     * ORGANIZER (RFC 5545 section 3.8.4.3): the first organiser that has an address of its own, its name as CN. An
     * organisation's address is that of an information or registration desk bearing its name or abbreviation (the
     * first organiser, who leads, also has the desks that name no organiser), else that of a person named as a contact who is there for it (a
     * participation affiliated with it). A person's address is never the organiser's otherwise, nor a press
     * desk's. RFC 5545 allows one ORGANIZER, and a CN alone is invalid: every organiser is also named in
     * DESCRIPTION.
     */
    static void organizer(ContentLineWriter lines, Event event, Locale language) {
        for (Organisation organiser : event.organisers()) {
            Optional<String> address = address(event, organiser);
            if (address.isPresent()) {
                lines.start("ORGANIZER").portableParam("CN", organiser.name().get(language)).mailto(address.get());
                return;
            }
        }
    }

    /** The e-mail address that belongs to {@code organiser}, if the event gives one. */
    static Optional<String> address(Event event, Organisation organiser) {
        for (Contact contact : event.contacts()) {
            if (contact.role() != Contact.Role.PRESS && contact.email().isPresent() && deskOf(event, contact, organiser)) {
                return contact.email();
            }
        }
        for (Contact contact : event.contacts()) {
            Optional<Person> person = contact.personId().flatMap(event::person);
            if (person.flatMap(Person::email).isPresent() && affiliated(event, person.get().id(), organiser)) {
                return person.get().email();
            }
        }
        return Optional.empty();
    }

    /** Whether a participation of the person, on the event or an item, is affiliated with {@code organiser}. */
    private static boolean affiliated(Event event, String personId, Organisation organiser) {
        return Appearances.first(event, p -> p.personId().equals(personId) && affiliated(p, organiser)) != null;
    }

    private static boolean affiliated(Participation participation, Organisation organiser) {
        for (Affiliation affiliation : participation.affiliations()) {
            if (affiliation.organisation().filter(o -> same(o, organiser)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a desk belongs to {@code organiser}: it bears its name or abbreviation, or it names no organiser and
     * {@code organiser} is the first, who leads.
     */
    private static boolean deskOf(Event event, Contact desk, Organisation organiser) {
        LocalizedText name = desk.name().orElse(null);
        if (name != null && names(name, organiser)) {
            return true;
        }
        if (!organiser.equals(event.organisers().get(0))) {
            return false;
        }
        if (name != null) {
            for (Organisation other : event.organisers()) {
                if (names(name, other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a desk's name is the organisation's name or abbreviation, in any of its languages. */
    private static boolean names(LocalizedText desk, Organisation organiser) {
        // Loops, not streams: every event asks this of every desk for every organiser.
        for (String n : desk.values().values()) {
            if (organiser.name().values().containsValue(n) || organiser.abbreviation().filter(n::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Organisation a, Organisation b) {
        return a.equals(b) || a.name().equals(b.name())
                || (a.abbreviation().isPresent() && a.abbreviation().equals(b.abbreviation()));
    }

    /**
     * Writes one CONTACT per contact, readable: "Vereniging voor Bestuurskunde, info@… (informatie)", as the
     * event's DESCRIPTION lists them.
     */
    static void contacts(ContentLineWriter lines, DescriptionText texts) {
        for (Contact contact : texts.event().contacts()) {
            lines.start("CONTACT").param("LANGUAGE", texts.tag()).text(texts.contact(contact));
        }
    }

    /** Writes X-AGENDUM-ORGANISER, X-AGENDUM-PERSON and X-AGENDUM-CONTACT, one per value, in order. */
    static void carry(ContentLineWriter lines, Event event) {
        for (Organisation organiser : event.organisers()) {
            lines.start("X-AGENDUM-ORGANISER");
            organisation(lines, "name", organiser);
            lines.endFields();
        }
        for (Person person : event.people()) {
            lines.start("X-AGENDUM-PERSON").field("id", person.id()).field("name", person.name());
            Fields.optional(lines, "honorific", person.honorific());
            Fields.optional(lines, "email", person.email());
            Fields.optional(lines, "phone", person.phone());
            Fields.optional(lines, "link", person.link());
            lines.endFields();
        }
        for (Contact contact : event.contacts()) {
            lines.start("X-AGENDUM-CONTACT").field("role", contact.role().code());
            Fields.optional(lines, "person", contact.personId());
            Fields.optionalText(lines, "name", contact.name());
            Fields.optional(lines, "email", contact.email());
            Fields.optional(lines, "phone", contact.phone());
            lines.endFields();
        }
    }

    /** Writes an organisation's fields, its name under {@code nameKey}. */
    static void organisation(ContentLineWriter lines, String nameKey, Organisation organisation) {
        Fields.text(lines, nameKey, organisation.name());
        Fields.optional(lines, "abbreviation", organisation.abbreviation());
        Fields.optional(lines, "link", organisation.link());
    }

    /** Reads an organisation whose name is under {@code nameKey}. */
    static Organisation organisation(Fields fields, String nameKey) {
        return new Organisation(fields.requiredText(nameKey), fields.one("abbreviation"), fields.uri("link"));
    }

    /** Reads X-AGENDUM-PERSON. */
    static Person person(Fields fields) {
        return new Person(fields.required("id"), fields.required("name"), fields.one("honorific"),
                fields.one("email"), fields.one("phone"), fields.uri("link"));
    }

    /** Reads X-AGENDUM-CONTACT. */
    static Contact contact(Fields fields) {
        return new Contact(fields.code("role", Contact.Role.class), fields.one("person"), fields.text("name"),
                fields.one("email"), fields.one("phone"));
    }
}
