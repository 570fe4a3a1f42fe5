package dev.agendum.validation.internal;

import static dev.agendum.model.Fixtures.item;
import static dev.agendum.model.Fixtures.nl;
import static dev.agendum.validation.internal.RuleTesting.violations;
import static dev.agendum.validation.internal.RuleTesting.withProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Fixtures;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RoleType;
import dev.agendum.validation.Violation;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ReferenceRules} of {@code EventValidator}, through its public entry. */
@DisplayName("EventValidator, reference rules: people, participations and contacts")
class ReferenceRulesTest {

    @Test
    @DisplayName("reports a participation of a person who is not listed, on the event and on an item")
    void unknownPerson() {
        ProgrammeItem welcome = item("a", "14:00", ItemKind.WELCOME).toBuilder()
                .participation(Participation.of("ghost", RoleType.SPEAKER)).build();
        Event.Builder event = withProgramme(welcome).participation(Participation.of("nobody", RoleType.CHAIR));
        assertThat(violations(event)).extracting(Violation::path).containsExactly(
                "participations[2].personId", "programme.items[0].participations[0].personId");
    }

    @Test
    @DisplayName("reports a repeated person id")
    void duplicatePerson() {
        assertThat(violations(Fixtures.seminar().person(Person.of("ruben-maes", "Ander"))))
                .extracting(Violation::path).containsExactly("people[2].id");
    }

    @Test
    @DisplayName("reports a contact who is not listed, and a desk that cannot be reached")
    void contacts() {
        Contact unreachable = new Contact(Contact.Role.INFORMATION, Optional.empty(), Optional.of(nl("Balie")),
                Optional.empty(), Optional.empty());
        assertThat(violations(Fixtures.seminar()
                .contact(Contact.person(Contact.Role.PRESS, "ghost"), unreachable)))
                .extracting(Violation::path, Violation::code).containsExactly(
                        tuple("contacts[1].personId", "dev.agendum.contact.unknown-person"),
                        tuple("contacts[2].name", "dev.agendum.contact.unreachable"));
    }
}
