package dev.agendum.model;

import static dev.agendum.model.Fixtures.DUTCH;
import static dev.agendum.model.Fixtures.END;
import static dev.agendum.model.Fixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event")
class EventTest {

    @Test
    @DisplayName("derives its instants from local times and its zone")
    void instants() {
        Event event = Fixtures.seminar().build();
        assertThat(event.startAt().toInstant()).isEqualTo(Instant.parse("2021-01-15T13:00:00Z"));
        assertThat(event.endAt().toInstant()).isEqualTo(Instant.parse("2021-01-15T14:00:00Z"));
        assertThat(event.language()).isEqualTo(DUTCH);
    }

    @Test
    @DisplayName("cannot end before it starts")
    void endBeforeStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.seminar().time(END, START).build())
                .withMessageContaining("before its start");
    }

    @Test
    @DisplayName("an all-day event runs from midnight of the first day to midnight after the last")
    void allDay() {
        Event event = Fixtures.seminar().allDay(LocalDate.of(2021, 4, 2), LocalDate.of(2021, 4, 3))
                .programme(Programme.empty()).registration(Registration.optional().build()).build();
        assertThat(event.allDay()).isTrue();
        assertThat(event.start()).isEqualTo(LocalDateTime.parse("2021-04-02T00:00"));
        assertThat(event.end()).isEqualTo(LocalDateTime.parse("2021-04-04T00:00"));
    }

    @Test
    @DisplayName("locations must fit the attendance mode")
    void attendance() {
        Venue venue = Venue.of(Fixtures.nl("Zaal"), PostalAddress.of("Straat 1", "1234 AB", "Den Haag", "NL"));
        assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.seminar()
                .attendance(AttendanceMode.ONLINE, java.util.Optional.of(venue), java.util.Optional.empty()).build());
        Event hybrid = Fixtures.seminar().hybrid(venue, OnlineLocation.of(JoinLink.afterRegistration())).build();
        assertThat(hybrid.attendanceMode()).isEqualTo(AttendanceMode.HYBRID);
    }

    @Test
    @DisplayName("keeps a previous start only when it was rescheduled or postponed")
    void previousStart() {
        Event moved = Fixtures.seminar().rescheduledFrom(START.minusDays(7)).build();
        assertThat(moved.status()).isEqualTo(EventStatus.RESCHEDULED);
        assertThat(moved.previousStart()).contains(START.minusDays(7));
        assertThatIllegalArgumentException().isThrownBy(() -> moved.toBuilder().status(EventStatus.CANCELLED).build())
                .withMessageContaining("previous start");
    }

    @Test
    @DisplayName("the builder names a missing required part")
    void missingParts() {
        assertThatNullPointerException().isThrownBy(() -> Event.builder("x").build()).withMessage("title");
        assertThatNullPointerException()
                .isThrownBy(() -> Fixtures.seminar().revision(null).build()).withMessage("revision");
    }

    @Test
    @DisplayName("collections are copied and unmodifiable")
    void immutableCollections() {
        List<Person> people = new ArrayList<>(List.of(Fixtures.MODERATOR));
        Event event = Fixtures.seminar().build();
        Event copy = new Event(event.id(), event.language(), event.title(), event.description(), event.zone(),
                event.start(), event.end(), false, event.attendanceMode(), event.venue(), event.online(),
                event.status(), event.previousStart(), event.organisers(), people, List.of(), Programme.empty(),
                event.registration(), List.of(), event.links(), event.image(), event.categories(), event.revision());
        people.clear();
        assertThat(copy.people()).hasSize(1);
        assertThatThrownBy(() -> copy.people().add(Fixtures.SPOKESPERSON))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("names the position of a null element in a list")
    void nullElement() {
        List<Person> people = new ArrayList<>();
        people.add(null);
        assertThatNullPointerException().isThrownBy(() -> Fixtures.seminar().person(people.toArray(Person[]::new))
                .build()).withMessage("people[2] is null");
    }

    @Test
    @DisplayName("finds participations by person, on the event and on items, in order")
    void appearancesOfPerson() {
        Event event = Fixtures.seminar().build();
        List<Appearance> ruben = event.appearancesOf("ruben-maes");
        assertThat(ruben).hasSize(2);
        assertThat(ruben.get(0).item()).isEmpty();
        assertThat(ruben.get(1).item()).map(ProgrammeItem::id).contains("welkom");
    }

    @Test
    @DisplayName("finds participations by role")
    void appearancesAsRole() {
        Event event = Fixtures.seminar().build();
        assertThat(event.appearancesAs(RoleType.SPOKESPERSON)).singleElement()
                .satisfies(a -> assertThat(a.participation().affiliations().get(0).describe(DUTCH))
                        .isEqualTo("woordvoerder, PBL"));
        assertThat(event.appearancesAs(RoleType.PANELLIST)).isEmpty();
        assertThat(event.person("mieke-berkers")).map(Person::phone).contains(java.util.Optional.of("+31 6 25068171"));
    }

    @Test
    @DisplayName("toBuilder makes an equal copy")
    void toBuilderRoundTrip() {
        Event event = Fixtures.seminar().build();
        assertThat(event.toBuilder().build()).isEqualTo(event).hasSameHashCodeAs(event);
        assertThat(event.toBuilder().title(Fixtures.nl("Ander")).build()).isNotEqualTo(event);
    }

    @Test
    @DisplayName("role and kind labels exist in English and Dutch, custom ones carry their own")
    void labels() {
        assertThat(Role.of(RoleType.PANELLIST).label(DUTCH)).isEqualTo("Panellid");
        assertThat(Role.of(RoleType.PANELLIST).label(Locale.ENGLISH)).isEqualTo("Panellist");
        assertThat(Role.of(RoleType.SPOKESPERSON).label(DUTCH)).isEqualTo("Woordvoerder");
        assertThat(Role.custom(Fixtures.nl("Tafelheer")).label(Locale.ENGLISH)).isEqualTo("Tafelheer");
        assertThat(ItemKind.CLOSING.label(DUTCH)).isEqualTo("Afsluiting");
        assertThatIllegalArgumentException().isThrownBy(() -> new Role(RoleType.CUSTOM, java.util.Optional.empty()));
    }

    @Test
    @DisplayName("every code round-trips to its constant")
    void codes() {
        assertThat(RoleType.PANEL_LEADER.code()).isEqualTo("panel-leader");
        assertThat(Coded.fromCode(RoleType.class, "panel-leader")).contains(RoleType.PANEL_LEADER);
        assertThat(Coded.fromCode(EventStatus.class, "moved-online")).contains(EventStatus.MOVED_ONLINE);
        assertThat(Coded.fromCode(EventStatus.class, "MOVED_ONLINE")).isEmpty();
        for (ItemKind kind : ItemKind.values()) {
            assertThat(Coded.fromCode(ItemKind.class, kind.code())).contains(kind);
        }
    }

    @Test
    @DisplayName("affiliations need a position or an organisation, and describe themselves")
    void affiliations() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Affiliation(java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(Affiliation.position(Fixtures.nl("Programmamanager")).describe(DUTCH))
                .isEqualTo("Programmamanager");
        assertThat(Affiliation.at(Fixtures.PBL).describe(DUTCH)).isEqualTo("PBL");
    }

    @Test
    @DisplayName("a contact is a listed person or a desk, not both")
    void contacts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact(Contact.Role.PRESS,
                java.util.Optional.of("x"), java.util.Optional.empty(), java.util.Optional.of("a@b.nl"),
                java.util.Optional.empty()));
        assertThat(Contact.desk(Contact.Role.INFORMATION, Fixtures.nl("VB"), "info@bestuurskunde.nl").email())
                .contains("info@bestuurskunde.nl");
    }

    @Test
    @DisplayName("a join link has a URL exactly when it is known")
    void joinLinks() {
        assertThat(JoinLink.toFollow().url()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(
                () -> new JoinLink(JoinLink.Status.KNOWN, java.util.Optional.empty()));
    }
}
