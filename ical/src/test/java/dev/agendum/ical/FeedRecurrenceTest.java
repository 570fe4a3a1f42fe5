package dev.agendum.ical;

import static dev.agendum.ical.ToleranceFeeds.feed;
import static dev.agendum.ical.ToleranceFeeds.vevent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Event;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How the reader expands recurring events into their occurrences, within a window and a maximum. */
@DisplayName("FeedReader tolerance: recurrence")
class FeedRecurrenceTest {

    private static final FeedReader READER = FeedReader.create();

    @Nested
    @DisplayName("recurrence")
    class Recurring {

        private static final String ZONE = "DTSTART;TZID=Europe/Amsterdam:20211004T120000";

        @Test
        @DisplayName("RRULE, RDATE and EXDATE give the occurrences in the zone, across daylight saving, with stable ids")
        void expands() {
            List<Event> events = READER.read(feed(vevent("lunch", ZONE, "DTEND;TZID=Europe/Amsterdam:20211004T130000",
                    "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=Europe/Amsterdam:20211011T120000",
                    "RDATE;TZID=Europe/Amsterdam:20211225T140000", "SUMMARY:Lunch")))
                    .events();
            assertThat(events).extracting(Event::id).containsExactly("lunch-20211004T100000Z",
                    "lunch-20211018T100000Z", "lunch-20211025T100000Z", "lunch-20211101T110000Z",
                    "lunch-20211225T130000Z");
            assertThat(events).allSatisfy(e -> assertThat(java.time.Duration.between(e.start(), e.end()))
                    .isEqualTo(java.time.Duration.ofHours(1)));
            assertThat(events.get(3).start()).as("the local time kept after the change to winter time")
                    .isEqualTo(LocalDateTime.parse("2021-11-01T12:00"));
        }

        @Test
        @DisplayName("a cancelled override cancels its occurrence")
        void cancelled() {
            List<Event> events = READER.read(feed(vevent("lunch", ZONE, "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Lunch"),
                    vevent("lunch", "RECURRENCE-ID;TZID=Europe/Amsterdam:20211011T120000", ZONE.replace("04T", "11T"),
                            "STATUS:CANCELLED", "SUMMARY:Lunch"))).events();
            assertThat(events).extracting(Event::status).containsExactly(dev.agendum.model.EventStatus.SCHEDULED,
                    dev.agendum.model.EventStatus.CANCELLED, dev.agendum.model.EventStatus.SCHEDULED);
        }

        @Test
        @DisplayName("by default the first 366 days of a series, at most the maximum, with a warning beyond it")
        void bounded() {
            String daily = feed(vevent("daily", ZONE, "RRULE:FREQ=DAILY", "SUMMARY:Elke dag"));
            assertThat(READER.read(daily).events()).hasSize(366);
            FeedContent capped = FeedReader.builder().maxOccurrences(10).build().read(daily);
            assertThat(capped.events()).hasSize(10);
            assertThat(capped.warnings()).extracting(FeedWarning::message).containsExactly(
                    "the series has more than 10 occurrences in the window: the first 10 are read");
        }

        @Test
        @DisplayName("the caller's window chooses the occurrences")
        void window() {
            String daily = feed(vevent("daily", ZONE, "RRULE:FREQ=DAILY", "SUMMARY:Elke dag"));
            List<Event> events = FeedReader.builder().recurrenceWindow(Instant.parse("2022-03-01T00:00:00Z"),
                    Instant.parse("2022-03-03T00:00:00Z")).build().read(daily).events();
            assertThat(events).extracting(Event::id).containsExactly("daily-20220301T110000Z",
                    "daily-20220302T110000Z");
        }

        @Test
        @DisplayName("an RRULE that cannot be computed keeps the first occurrence, with a warning and its line")
        void unreadable() {
            FeedContent content = READER.read(feed(vevent("odd", ZONE, "RRULE:FREQ=SOMETIMES", "SUMMARY:Soms")));
            assertThat(content.events()).hasSize(1);
            assertThat(content.warnings()).extracting(FeedWarning::line, FeedWarning::message).containsExactly(
                    tuple(8, "RRULE \"FREQ=SOMETIMES\" skipped: ical4j cannot compute it"));
        }
    }
}
