package dev.agendum.ical;

import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Person;
import dev.agendum.model.RoleType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What of an event a feed publishes. A person's e-mail address and phone number are public only where the
 * announcement makes them so: for the event's contacts (a {@link Contact} naming the person, or a participation in
 * the {@link RoleType#CONTACT} role). Everyone else's are left out unless the writer is told to publish personal
 * details. Desks' addresses are always public; a join link sent after registration has no address in the model,
 * so none can be written. Every mapper writes the published event, and a lossless feed reads back equal to it.
 */
final class Publication {

    private Publication() {
    }

    /** Returns {@code event} as the feed publishes it: itself when nothing is left out. */
    static Event of(Event event, boolean personalDetails) {
        if (personalDetails) {
            return event;
        }
        Person[] people = null;
        for (int i = 0; i < event.people().size(); i++) {
            Person person = event.people().get(i);
            if ((person.email().isPresent() || person.phone().isPresent()) && !isContact(event, person.id())) {
                people = people == null ? event.people().toArray(new Person[0]) : people;
                people[i] = new Person(person.id(), person.name(), person.honorific(), Optional.empty(),
                        Optional.empty(), person.link());
            }
        }
        // An immutable list, so that the event's constructor keeps it instead of copying it again.
        return people == null ? event : withPeople(event, List.of(people));
    }

    /**
     * Whether the person with {@code id} is one of the event's contacts, as {@link #publicContacts} says, asked
     * without building the set: a feed asks it for every person of every event.
     */
    private static boolean isContact(Event event, String id) {
        for (Contact contact : event.contacts()) {
            if (contact.personId().isPresent() && contact.personId().get().equals(id)) {
                return true;
            }
        }
        return Appearances.first(event, p -> p.role().type() == RoleType.CONTACT && p.personId().equals(id)) != null;
    }

    /** The ids of the people whose e-mail address and phone number the announcement publishes. */
    static Set<String> publicContacts(Event event) {
        Set<String> ids = new HashSet<>();
        event.contacts().forEach(c -> c.personId().ifPresent(ids::add));
        Appearances.forEach(event, p -> {
            if (p.role().type() == RoleType.CONTACT) {
                ids.add(p.personId());
            }
        });
        return ids;
    }

    private static Event withPeople(Event e, List<Person> people) {
        return new Event(e.id(), e.language(), e.title(), e.description(), e.zone(), e.start(), e.end(), e.allDay(),
                e.attendanceMode(), e.venue(), e.online(), e.status(), e.previousStart(), e.organisers(), people,
                e.participations(), e.programme(), e.registration(), e.contacts(), e.links(), e.image(),
                e.categories(), e.revision());
    }
}
