package dev.agendum.validation;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.item;
import static dev.agendum.model.Fixtures.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Fixtures;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The validator as a whole: languages, ordering, thread-safety; each rule group has its own test in internal. */
@DisplayName("EventValidator")
class EventValidatorTest {

    private static final EventValidator VALIDATOR = EventValidator.create();

    private static List<Violation> violations(Event.Builder event) {
        return VALIDATOR.validate(event.build());
    }

    private static Event.Builder withProgramme(ProgrammeItem... items) {
        return Fixtures.seminar().programme(Programme.of(items));
    }


    @Test
    @DisplayName("says what is wrong in German for de, from the property file alone, and in English for a language "
            + "without one")
    void german() {
        Event event = withProgramme(item("a", "13:59", ItemKind.WELCOME)).build();
        assertThat(VALIDATOR.validate(event, Locale.GERMAN)).extracting(Violation::code, Violation::message)
                .containsExactly(tuple("dev.agendum.programme.starts-before-event",
                        "beginnt vor dem Beginn der Veranstaltung um 2021-01-15T14:00"));
        assertThat(VALIDATOR.validate(event, Locale.ITALIAN)).extracting(Violation::message)
                .containsExactly("starts before the event starts at 2021-01-15T14:00");
    }

    @Test
    @DisplayName("accepts a valid event without violations")
    void valid() {
        assertThat(violations(Fixtures.seminar())).isEmpty();
    }

    @Nested
    @DisplayName("reporting")
    class Reporting {

        private Event.Builder broken() {
            return Fixtures.seminar().title(nl("a\nb")).status(EventStatus.MOVED_ONLINE)
                    .person(Person.of("x", "X").withEmail("nope"))
                    .participation(Participation.of("ghost", RoleType.SPEAKER));
        }

        @Test
        @DisplayName("returns every violation at once, ordered by path")
        void all() {
            Event event = broken().hybrid(Venue.of(nl("Zaal"), PostalAddress.of(
                    "Straat 1", "1234 AB", "Utrecht", "NL")), OnlineLocation.of(JoinLink.toFollow())).build();
            assertThat(VALIDATOR.validate(event)).extracting(Violation::path)
                    .containsExactly("attendanceMode", "participations[2].personId", "people[2].email", "title");
        }

        @Test
        @DisplayName("writes messages in Dutch for nl, German for de, and English for other languages")
        void languages() {
            Event event = broken().build();
            assertThat(VALIDATOR.validate(event, Locale.forLanguageTag("nl-NL")))
                    .extracting(Violation::message).contains("verwijst naar niemand die bij de bijeenkomst staat vermeld");
            assertThat(VALIDATOR.validate(event, Locale.forLanguageTag("de-CH"))).extracting(Violation::message)
                    .contains("verweist auf keine bei der Veranstaltung aufgeführte Person");
            assertThat(VALIDATOR.validate(event, Locale.FRENCH))
                    .extracting(Violation::message).contains("refers to no person listed on the event");
        }

        @Test
        @DisplayName("never lets event text reach a message, even text that looks like a template")
        void noUserTextInMessages() {
            Event event = Fixtures.seminar().title(nl("{dev.agendum.text.too-long} ${1+1} \n"))
                    .person(Person.of("{max}", "X")).build();
            assertThat(VALIDATOR.validate(event)).extracting(Violation::message)
                    .allSatisfy(message -> assertThat(message).doesNotContain("${").doesNotContain("{max}"))
                    .hasSize(2);
        }

        @Test
        @DisplayName("gives the same answers to eight threads at once")
        void threadSafe() throws Exception {
            Event event = broken().build();
            List<Violation> expected = VALIDATOR.validate(event, Locale.forLanguageTag("nl"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<Violation>>> results = IntStream.range(0, 400)
                        .mapToObj(i -> pool.submit(() -> VALIDATOR.validate(event,
                                i % 2 == 0 ? Locale.forLanguageTag("nl") : Locale.ENGLISH)))
                        .toList();
                for (int i = 0; i < results.size(); i += 2) {
                    assertThat(results.get(i).get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
