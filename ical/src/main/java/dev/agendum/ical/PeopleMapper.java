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
        Organisation first = event.organisers().get(0);
        if (organiser != first && !(equal(organiser.name(), first.name())
                && organiser.abbreviation().equals(first.abbreviation()) && organiser.link().equals(first.link()))) {
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
        boolean[] found = {false};
        desk.values().forEach((language, n) -> found[0] |= organiser.name().values().containsValue(n)
                || organiser.abbreviation().filter(n::equals).isPresent());
        return found[0];
    }

    /** Whether two organisations are one: equal, or the same name, or the same abbreviation. */
    private static boolean same(Organisation a, Organisation b) {
        // Equal organisations have equal names, so the name decides.
        return a == b || equal(a.name(), b.name())
                || (a.abbreviation().isPresent() && a.abbreviation().equals(b.abbreviation()));
    }

    /**
     * Whether two texts are equal, as {@link LocalizedText#equals} says, asked through {@code Map.forEach} and
     * {@code get}: {@code Map.equals} and {@code values()} make a map cache a view of itself, and on a collection
     * of events that has lived through a few collections those views, young objects referenced from old ones,
     * made every young collection scan thousands of cards (measured: 20 000 cards, 50–170 ms a pause, for a
     * 10 000-event feed). Comparisons here and in {@link #names} leave the events untouched.
     */
    static boolean equal(LocalizedText a, LocalizedText b) {
        if (a == b) {
            return true;
        }
        if (!a.defaultLanguage().equals(b.defaultLanguage()) || a.values().size() != b.values().size()) {
            return false;
        }
        boolean[] same = {true};
        a.values().forEach((language, value) -> same[0] &= value.equals(b.values().get(language)));
        return same[0];
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
