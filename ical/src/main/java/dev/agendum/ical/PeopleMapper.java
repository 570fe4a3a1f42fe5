package dev.agendum.ical;

import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Organisation;
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
     * ORGANIZER needs a calendar address, and METHOD:PUBLISH requires an organizer (RFC 5546): the first
     * organiser's name as CN with the first e-mail address among the contacts. Without any address there is no
     * ORGANIZER (a CN alone is not valid); the organisers are still named in DESCRIPTION.
     */
    static void organizer(ContentLineWriter lines, Event event, Locale language) {
        Optional<String> email = Optional.empty();
        for (Contact contact : event.contacts()) {
            email = email.or(() -> contactEmail(event, contact));
        }
        if (email.isEmpty()) {
            return;
        }
        ContentLineWriter line = lines.start("ORGANIZER");
        if (!event.organisers().isEmpty()) {
            line.portableParam("CN", event.organisers().get(0).name().get(language));
        }
        line.mailto(email.get());
    }

    /** Writes one CONTACT per contact, readable: "Vereniging voor Bestuurskunde, info@… (informatie)". */
    static void contacts(ContentLineWriter lines, Event event, Locale language) {
        for (Contact contact : event.contacts()) {
            lines.start("CONTACT").param("LANGUAGE", language.toLanguageTag())
                    .text(DescriptionText.ContactText.of(event, contact, language));
        }
    }

    private static Optional<String> contactEmail(Event event, Contact contact) {
        return contact.email().or(() -> contact.personId().flatMap(event::person).flatMap(Person::email));
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
