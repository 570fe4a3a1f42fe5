package dev.agendum.validation.internal;

import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * References inside an event: people and programme items have unique ids, and every participation and contact
 * refers to a listed person.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    static void check(Event event, Reporter reporter) {
        Set<String> people = new HashSet<>();
        List<Person> listed = event.people();
        for (int i = 0; i < listed.size(); i++) {
            if (!people.add(listed.get(i).id())) {
                reporter.report("people.duplicate-id", Where.at("people", i).then("id"));
            }
        }
        checkParticipations(event.participations(), Where.at("participations", 0), people, reporter);
        Set<String> itemIds = new HashSet<>();
        ItemPaths.walk(event.programme(), (item, at) -> {
            if (!itemIds.add(item.id())) {
                reporter.report("programme.duplicate-id", at.then("id"));
            }
            checkParticipations(item.participations(), at.then("participations", 0), people, reporter);
        });
        checkContacts(event.contacts(), people, reporter);
    }

    /** {@code first} is the path of the first participation; the others differ only in the index. */
    private static void checkParticipations(List<Participation> participations, Where first, Set<String> people,
                                            Reporter reporter) {
        for (int i = 0; i < participations.size(); i++) {
            if (!people.contains(participations.get(i).personId())) {
                reporter.report("participation.unknown-person", first.withLastIndex(i).then("personId"));
            }
        }
    }

    private static void checkContacts(List<Contact> contacts, Set<String> people, Reporter reporter) {
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            Where at = Where.at("contacts", i);
            contact.personId().filter(id -> !people.contains(id)).ifPresent(id ->
                    reporter.report("contact.unknown-person", at.then("personId")));
            if (contact.personId().isEmpty() && contact.email().isEmpty() && contact.phone().isEmpty()) {
                reporter.report("contact.unreachable", at.then("name"));
            }
        }
    }
}
