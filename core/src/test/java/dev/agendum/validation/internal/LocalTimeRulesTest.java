package dev.agendum.validation.internal;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.item;
import static dev.agendum.model.Fixtures.nl;
import static dev.agendum.validation.internal.RuleTesting.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Event;
import dev.agendum.model.Fixtures;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.validation.Violation;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@link LocalTimeRules} of {@code EventValidator}, through its public entry. */
@DisplayName("EventValidator, local-time rules: daylight-saving gaps and overlaps, years a feed can hold")
class LocalTimeRulesTest {

    private final ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");

    private Event.Builder on(String start, String end) {
        return Fixtures.seminar().time(LocalDateTime.parse(start), LocalDateTime.parse(end))
                .programme(Programme.empty()).registration(Registration.optional().build());
    }

    @Test
    @DisplayName("reports a start in the spring-forward gap (02:30 on 28 March 2021 never happens)")
    void gap() {
        assertThat(violations(on("2021-03-28T02:30", "2021-03-28T04:00")))
                .extracting(Violation::path, Violation::message).containsExactly(tuple("start",
                        "2021-03-28T02:30 does not exist in the event's time zone: "
                                + "the clocks skip it when daylight saving time starts"));
    }

    @Test
    @DisplayName("reports an end in the autumn overlap (02:30 on 31 October 2021 happens twice)")
    void overlap() {
        assertThat(violations(on("2021-10-31T01:00", "2021-10-31T02:30")))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("end", "dev.agendum.time.ambiguous"));
    }

    @Test
    @DisplayName("accepts an event across a daylight-saving change, times on either side")
    void acrossChange() {
        assertThat(violations(on("2021-03-28T01:00", "2021-03-28T04:00"))).isEmpty();
        assertThat(amsterdam.getRules().getValidOffsets(LocalDateTime.parse("2021-03-28T04:00"))).hasSize(1);
    }

    @Test
    @DisplayName("reports a programme item and a registration time in a gap")
    void itemAndRegistration() {
        Event.Builder event = on("2021-03-28T01:00", "2021-03-28T04:00")
                .programme(Programme.of(ProgrammeItem.builder("a", LocalDateTime.parse("2021-03-28T02:15"),
                        ItemKind.TALK, nl("Nacht")).build()))
                .registration(Registration.required(RegistrationChannel.linkFollows())
                        .closes(LocalDateTime.parse("2021-03-28T02:00")).build());
        assertThat(violations(event)).extracting(Violation::path)
                .containsExactly("programme.items[0].start", "registration.closes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+10000-01-15T14:00, +10000-01-15T15:00", "-0001-01-15T14:00, -0001-01-15T15:00",
            "0000-01-15T14:00, 0000-01-15T15:00"})
    @DisplayName("reports years outside 0001-9999, which a feed cannot hold, at each time's path")
    void yearsOutOfRange(String start, String end) {
        assertThat(violations(on(start, end))).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactlyInAnyOrder(tuple("start", "dev.agendum.time.year-out-of-range", start
                                + " is outside the years 0001 to 9999 that calendar feeds can hold"),
                        tuple("end", "dev.agendum.time.year-out-of-range", end
                                + " is outside the years 0001 to 9999 that calendar feeds can hold"));
    }

    @Test
    @DisplayName("reports a year out of range in an item, a registration and an all-day event, and accepts 0001 and 9999")
    void yearsEverywhere() {
        Event.Builder event = on("9999-12-31T10:00", "9999-12-31T12:00")
                .programme(Programme.of(ProgrammeItem.builder("a", LocalDateTime.parse("9999-12-31T10:00"),
                        ItemKind.TALK, nl("Laatste")).build()));
        assertThat(violations(event)).isEmpty();
        assertThat(violations(on("0001-01-01T10:00", "0001-01-01T12:00"))).isEmpty();
        Event.Builder late = on("9999-12-31T10:00", "9999-12-31T12:00")
                .registration(Registration.optional().opens(LocalDateTime.parse("-0001-01-01T00:00")).build());
        assertThat(violations(late)).extracting(Violation::path).containsExactly("registration.opens");
        Event.Builder allDay = Fixtures.seminar().allDay(java.time.LocalDate.of(10000, 1, 1),
                java.time.LocalDate.of(10000, 1, 1)).programme(Programme.empty())
                .registration(Registration.optional().build());
        assertThat(violations(allDay)).extracting(Violation::path).contains("start", "end");
    }

    @Test
    @DisplayName("does not check midnight of an all-day event, which is a date")
    void allDay() {
        Event.Builder event = Fixtures.seminar().zone(ZoneId.of("America/Santiago"))
                .allDay(java.time.LocalDate.of(2021, 9, 5), java.time.LocalDate.of(2021, 9, 5))
                .programme(Programme.empty()).registration(Registration.optional().build());
        assertThat(violations(event)).isEmpty();
    }
}
