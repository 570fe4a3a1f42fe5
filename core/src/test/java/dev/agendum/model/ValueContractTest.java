package dev.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The equals/hashCode contract of the value types: two separately built equal values are equal and hash alike,
 * a value differing in one part is not equal, and nothing equals null or another type.
 */
@DisplayName("Value types")
class ValueContractTest {

    static Stream<Arguments> values() {
        return Stream.of(
                contract("LocalizedText", () -> Fixtures.nl("Welkom"), () -> Fixtures.nl("Afsluiting")),
                contract("Organisation", () -> Organisation.of(Fixtures.nl("Planbureau voor de Leefomgeving"), "PBL"),
                        () -> Fixtures.PBL.withLink(URI.create("https://www.pbl.nl"))),
                contract("Person", () -> Person.of("a", "A").withEmail("a@example.org"),
                        () -> Person.of("a", "A").withEmail("b@example.org")),
                contract("Affiliation", () -> Affiliation.of(Fixtures.nl("voorzitter"), Fixtures.PBL),
                        () -> Affiliation.at(Fixtures.PBL)),
                contract("Participation", () -> Participation.of("a", RoleType.SPEAKER, Affiliation.at(Fixtures.PBL)),
                        () -> Participation.of("a", RoleType.PANELLIST, Affiliation.at(Fixtures.PBL))),
                contract("Role", () -> Role.custom(Fixtures.nl("Tafelheer")), () -> Role.of(RoleType.HOST)),
                contract("ProgrammeItem", () -> Fixtures.item("a", "14:00", ItemKind.TALK),
                        () -> Fixtures.item("a", "14:01", ItemKind.TALK)),
                contract("Registration", () -> Registration.required(RegistrationChannel.linkFollows()).build(),
                        () -> Registration.optional(RegistrationChannel.linkFollows()).build()),
                contract("Capacity", () -> Capacity.withWaitingList(10, 2), () -> Capacity.withWaitingList(10)),
                contract("Fee", () -> Fee.of("12.50", "EUR"), () -> Fee.of("12.50", "USD")),
                contract("OnlineLocation", () -> OnlineLocation.of(JoinLink.toFollow(), ConferenceFeature.CHAT),
                        () -> OnlineLocation.of(JoinLink.toFollow(), ConferenceFeature.VIDEO)),
                contract("Revision", () -> Revision.of(1, Instant.EPOCH), () -> Revision.of(2, Instant.EPOCH)),
                contract("Event", () -> Fixtures.seminar().build(),
                        () -> Fixtures.seminar().revision(Revision.of(1, Fixtures.PUBLISHED)).build()));
    }

    private static Arguments contract(String name, Supplier<?> value, Supplier<?> different) {
        return Arguments.of(name, value, different);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equalityContract(String name, Supplier<?> value, Supplier<?> different) {
        Object a = value.get();
        Object b = value.get();
        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(b).isEqualTo(a);
        assertThat(a).isNotEqualTo(different.get()).isNotEqualTo(null).isNotEqualTo(name);
    }
}
