package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.agendum.model.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Local times and zones survive JSON exactly, and the instants they stand for are the ones the zone rules give,
 * including across daylight-saving changes, half-hour and southern-hemisphere zones; times that name no single
 * instant are refused by a validating read with their pointer.
 */
@DisplayName("Time-zone edges through JSON")
class TimeZoneEdgesTest {

    private static final AgendumJson PLAIN = AgendumJson.create();
    private static final AgendumJson VALIDATING = AgendumJson.builder().validate(Locale.ENGLISH).build();

    private static Event in(String zone, String start, String end) {
        return TestEvents.minimal().toBuilder().zone(ZoneId.of(zone))
                .time(LocalDateTime.parse(start), LocalDateTime.parse(end)).build();
    }

    private static Event roundTrip(Event event) {
        Event read = VALIDATING.readEvent(PLAIN.writeEvent(event));
        assertThat(read).isEqualTo(event);
        return read;
    }

    @ParameterizedTest(name = "{0} {1}–{2} is {3}–{4}")
    @CsvSource({
        "Europe/Amsterdam,    2021-01-15T14:00, 2021-01-15T15:00, 2021-01-15T13:00:00Z, 2021-01-15T14:00:00Z",
        "Europe/Amsterdam,    2021-04-02T10:00, 2021-04-02T12:00, 2021-04-02T08:00:00Z, 2021-04-02T10:00:00Z",
        "Europe/Amsterdam,    2021-03-28T01:30, 2021-03-28T03:30, 2021-03-28T00:30:00Z, 2021-03-28T01:30:00Z",
        "Europe/Amsterdam,    2021-10-31T01:30, 2021-10-31T03:30, 2021-10-30T23:30:00Z, 2021-10-31T02:30:00Z",
        "America/New_York,    2021-11-07T00:30, 2021-11-07T03:00, 2021-11-07T04:30:00Z, 2021-11-07T08:00:00Z",
        "Asia/Kolkata,        2021-04-02T10:00, 2021-04-02T12:00, 2021-04-02T04:30:00Z, 2021-04-02T06:30:00Z",
        "Australia/Lord_Howe, 2021-04-04T01:00, 2021-04-04T03:00, 2021-04-03T14:00:00Z, 2021-04-03T16:30:00Z",
        "Australia/Lord_Howe, 2021-07-01T10:00, 2021-07-01T11:00, 2021-06-30T23:30:00Z, 2021-07-01T00:30:00Z"
    })
    void keepsLocalTimesAndZoneExactly(String zone, String start, String end, String startUtc, String endUtc) {
        Event read = roundTrip(in(zone, start, end));
        assertThat(read.zone()).isEqualTo(ZoneId.of(zone));
        assertThat(read.startAt().toInstant()).isEqualTo(Instant.parse(startUtc));
        assertThat(read.endAt().toInstant()).isEqualTo(Instant.parse(endUtc));
    }

    @Test
    @DisplayName("writes the zone and local times as given, never shifted to UTC")
    void writesLocalTimes() {
        String json = PLAIN.writeEvent(in("Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00"));
        assertThat(json).contains("\"zone\": \"Asia/Kolkata\"", "\"start\": \"2021-04-02T10:00\"")
                .doesNotContain("04:30");
    }

    @Test
    @DisplayName("refuses a start in Amsterdam's spring-forward gap, at its pointer")
    void springForwardGap() {
        String json = PLAIN.writeEvent(in("Europe/Amsterdam", "2021-03-28T02:30", "2021-03-28T04:00"));
        assertThatExceptionOfType(AgendumJsonException.class).isThrownBy(() -> VALIDATING.readEvent(json))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/event/start");
                    assertThat(p.message()).contains("2021-03-28T02:30 does not exist");
                }));
        assertThat(PLAIN.readEvent(json).start()).isEqualTo(LocalDateTime.parse("2021-03-28T02:30"));
    }

    @Test
    @DisplayName("refuses an end in Amsterdam's autumn overlap, at its pointer")
    void autumnOverlap() {
        String json = PLAIN.writeEvent(in("Europe/Amsterdam", "2021-10-31T01:00", "2021-10-31T02:30"));
        assertThatExceptionOfType(AgendumJsonException.class).isThrownBy(() -> VALIDATING.readEvent(json))
                .satisfies(e -> assertThat(e.problems()).extracting(AgendumJsonException.Problem::pointer)
                        .containsExactly("/event/end"));
    }

    @Test
    @DisplayName("keeps an all-day and a multi-day event as dates")
    void allDayAndMultiDay() {
        Event allDay = roundTrip(TestEvents.minimal().toBuilder()
                .allDay(LocalDate.parse("2021-04-02"), LocalDate.parse("2021-04-02")).build());
        assertThat(allDay.allDay()).isTrue();
        assertThat(allDay.end()).isEqualTo(LocalDateTime.parse("2021-04-03T00:00"));
        Event multiDay = roundTrip(in("Europe/Amsterdam", "2021-03-27T09:00", "2021-03-29T17:00"));
        assertThat(java.time.Duration.between(multiDay.startAt(), multiDay.endAt())).hasHours(55);
    }
}
