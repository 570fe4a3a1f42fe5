package dev.agendum.model;

import static dev.agendum.model.Fixtures.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Registration")
class RegistrationTest {

    /** 09:00 Amsterdam on 1 January 2021 is 08:00 UTC (winter time, UTC+1). */
    private static final LocalDateTime OPENS = LocalDateTime.parse("2021-01-01T09:00");
    private static final Instant OPENS_INSTANT = Instant.parse("2021-01-01T08:00:00Z");
    private static final LocalDateTime CLOSES = LocalDateTime.parse("2021-01-15T12:00");
    private static final Instant CLOSES_INSTANT = Instant.parse("2021-01-15T11:00:00Z");
    private static final Instant DURING = Instant.parse("2021-01-10T12:00:00Z");

    private static Registration.Builder window() {
        return Registration.required(RegistrationChannel.email("info@bestuurskunde.nl")).opens(OPENS).closes(CLOSES);
    }

    @Nested
    @DisplayName("window")
    class Window {

        @Test
        @DisplayName("opens at its opening instant, not a nanosecond before")
        void opensInclusive() {
            Registration registration = window().build();
            assertThat(registration.isOpenAt(OPENS_INSTANT.minusNanos(1), AMSTERDAM)).isFalse();
            assertThat(registration.isOpenAt(OPENS_INSTANT, AMSTERDAM)).isTrue();
        }

        @Test
        @DisplayName("is closed at its closing instant, open a nanosecond before")
        void closesExclusive() {
            Registration registration = window().build();
            assertThat(registration.isOpenAt(CLOSES_INSTANT.minusNanos(1), AMSTERDAM)).isTrue();
            assertThat(registration.isOpenAt(CLOSES_INSTANT, AMSTERDAM)).isFalse();
        }

        @Test
        @DisplayName("reads local opening times in the zone it is given")
        void zoneMatters() {
            Registration registration = window().build();
            Instant nineUtc = Instant.parse("2021-01-01T08:30:00Z");
            assertThat(registration.isOpenAt(nineUtc, AMSTERDAM)).isTrue();
            assertThat(registration.isOpenAt(nineUtc, java.time.ZoneId.of("America/New_York"))).isFalse();
        }

        @Test
        @DisplayName("without opening or closing time is always open")
        void unbounded() {
            Registration registration = Registration.required(RegistrationChannel.linkFollows()).build();
            assertThat(registration.isOpenAt(Instant.EPOCH, AMSTERDAM)).isTrue();
        }

        @Test
        @DisplayName("cannot close before it opens")
        void closesBeforeOpens() {
            assertThatIllegalArgumentException().isThrownBy(() -> window().closes(OPENS.minusMinutes(1)).build())
                    .withMessageContaining("before it opens");
        }
    }

    @Nested
    @DisplayName("the next registration")
    class Next {

        @ParameterizedTest(name = "with {0} taken of 100 places and a waiting list of 2: {1}")
        @CsvSource({"0, ACCEPTED", "99, ACCEPTED", "100, WAITLISTED", "101, WAITLISTED", "102, FULL", "500, FULL"})
        void capacityBoundaries(int taken, RegistrationOutcome expected) {
            Registration registration = window().capacity(Capacity.withWaitingList(100, 2)).build();
            assertThat(registration.outcomeOfNext(taken, DURING, AMSTERDAM)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "with {0} taken of 100 places and no waiting list: {1}")
        @CsvSource({"99, ACCEPTED", "100, FULL", "101, FULL"})
        void withoutWaitingList(int taken, RegistrationOutcome expected) {
            Registration registration = window().capacity(Capacity.of(100)).build();
            assertThat(registration.outcomeOfNext(taken, DURING, AMSTERDAM)).isEqualTo(expected);
        }

        @Test
        @DisplayName("goes on an unlimited waiting list however many are waiting")
        void unlimitedWaitingList() {
            Registration registration = window().capacity(Capacity.withWaitingList(10)).build();
            assertThat(registration.outcomeOfNext(10_000, DURING, AMSTERDAM)).isEqualTo(RegistrationOutcome.WAITLISTED);
        }

        @Test
        @DisplayName("awaits approval when the organiser approves registrations")
        void approval() {
            Registration registration = window().approvalRequired(true).capacity(Capacity.of(5)).build();
            assertThat(registration.outcomeOfNext(4, DURING, AMSTERDAM)).isEqualTo(RegistrationOutcome.PENDING_APPROVAL);
            assertThat(registration.outcomeOfNext(5, DURING, AMSTERDAM)).isEqualTo(RegistrationOutcome.FULL);
        }

        @Test
        @DisplayName("is refused before the window opens and after it closes")
        void outsideWindow() {
            Registration registration = window().build();
            assertThat(registration.outcomeOfNext(0, OPENS_INSTANT.minusSeconds(1), AMSTERDAM))
                    .isEqualTo(RegistrationOutcome.NOT_YET_OPEN);
            assertThat(registration.outcomeOfNext(0, CLOSES_INSTANT, AMSTERDAM)).isEqualTo(RegistrationOutcome.CLOSED);
        }

        @Test
        @DisplayName("is not needed when registration is optional")
        void optional() {
            Registration registration = Registration.optional(RegistrationChannel.email("a@example.org")).build();
            assertThat(registration.outcomeOfNext(0, DURING, AMSTERDAM)).isEqualTo(RegistrationOutcome.NOT_REQUIRED);
        }

        @Test
        @DisplayName("refuses a negative count")
        void negative() {
            assertThatIllegalArgumentException().isThrownBy(() -> window().build().outcomeOfNext(-1, DURING, AMSTERDAM));
        }
    }

    @Nested
    @DisplayName("on an event")
    class OnEvent {

        @Test
        @DisplayName("closes when the event ends, even without a closing time")
        void closesAtEventEnd() {
            Event event = Fixtures.seminar()
                    .registration(Registration.required(RegistrationChannel.linkFollows()).build()).build();
            Instant end = Instant.parse("2021-01-15T14:00:00Z");
            assertThat(event.isRegistrationOpenAt(end.minusNanos(1))).isTrue();
            assertThat(event.isRegistrationOpenAt(end)).isFalse();
            assertThat(event.outcomeOfNextRegistration(0, end)).isEqualTo(RegistrationOutcome.CLOSED);
        }

        @Test
        @DisplayName("without a registration, none is needed and none is open")
        void noRegistration() {
            Event event = Fixtures.seminar().build().toBuilder().build();
            Event without = new Event(event.id(), event.language(), event.title(), event.description(), event.zone(),
                    event.start(), event.end(), false, event.attendanceMode(), event.venue(), event.online(),
                    event.status(), event.previousStart(), event.organisers(), event.people(), event.participations(),
                    event.programme(), java.util.Optional.empty(), event.contacts(), event.links(), event.image(),
                    event.categories(), event.revision());
            assertThat(without.isRegistrationOpenAt(DURING)).isFalse();
            assertThat(without.outcomeOfNextRegistration(0, DURING)).isEqualTo(RegistrationOutcome.NOT_REQUIRED);
        }
    }

    @Test
    @DisplayName("channels carry an address exactly when their type needs one")
    void channelInvariants() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationChannel(
                RegistrationChannel.Type.EMAIL, java.util.Optional.empty(), java.util.Optional.empty()))
                .withMessage("a channel of type 'email' needs an address");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationChannel(
                RegistrationChannel.Type.LINK_FOLLOWS, java.util.Optional.of("x"), java.util.Optional.empty()))
                .withMessage("a channel of type 'link-follows' takes no address");
        assertThat(RegistrationChannel.webWithoutAddress(Fixtures.nl("Klik hier")).address()).isEmpty();
    }

    @Test
    @DisplayName("fees compare by value and know when they are free")
    void fees() {
        assertThat(Fee.of("10.0", "EUR")).isEqualTo(Fee.of("10.00", "EUR")).hasSameHashCodeAs(Fee.of("10", "EUR"));
        assertThat(Fee.of("0.00", "EUR").costsNothing()).isTrue();
        assertThat(Fee.of("100", "EUR").amount().toPlainString()).isEqualTo("100");
        assertThatIllegalArgumentException().isThrownBy(() -> Fee.of("-1", "EUR"));
    }

    @Nested
    @DisplayName("requirement and purpose")
    class RequirementAndPurpose {

        @Test
        @DisplayName("knows required, optional and not stated apart; only required answers with places")
        void requirement() {
            RegistrationChannel form = RegistrationChannel.web("https://example.org/aanmelden");
            assertThat(Registration.required(form).build().requirement()).isEqualTo(Registration.Requirement.REQUIRED);
            assertThat(Registration.optional(form).build().required()).isFalse();
            Registration unstated = Registration.notStated(form).build();
            assertThat(unstated.requirement()).isEqualTo(Registration.Requirement.NOT_STATED);
            assertThat(unstated.outcomeOfNext(0, DURING, AMSTERDAM)).isEqualTo(RegistrationOutcome.NOT_REQUIRED);
        }

        @Test
        @DisplayName("a channel is for registering unless said to be for questions")
        void purpose() {
            RegistrationChannel mail = RegistrationChannel.email("aanmelden@example.org");
            assertThat(mail.purpose()).isEqualTo(RegistrationChannel.Purpose.REGISTRATION);
            RegistrationChannel questions = mail.withPurpose(RegistrationChannel.Purpose.INFORMATION);
            assertThat(questions.purpose()).isEqualTo(RegistrationChannel.Purpose.INFORMATION);
            assertThat(questions.withLabel(Fixtures.nl("Vragen")).purpose())
                    .isEqualTo(RegistrationChannel.Purpose.INFORMATION);
            assertThat(questions.purpose().code()).isEqualTo("information");
        }
    }
}
