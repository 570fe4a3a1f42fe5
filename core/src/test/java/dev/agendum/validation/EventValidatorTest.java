package dev.agendum.validation;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.item;
import static dev.agendum.model.Fixtures.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Capacity;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Fixtures;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("EventValidator")
class EventValidatorTest {

    private static final EventValidator VALIDATOR = EventValidator.create();

    private static List<Violation> violations(Event.Builder event) {
        return VALIDATOR.validate(event.build());
    }

    private static Event.Builder withProgramme(ProgrammeItem... items) {
        return Fixtures.seminar().programme(Programme.of(items));
    }

    private static Event.Builder withRegistration(Registration.Builder registration) {
        return Fixtures.seminar().registration(registration.build());
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
    @DisplayName("programme")
    class ProgrammeRules {

        @Test
        @DisplayName("reports an item that starts before the event")
        void startsBeforeEvent() {
            assertThat(violations(withProgramme(item("a", "13:59", ItemKind.WELCOME))))
                    .extracting(Violation::path, Violation::code, Violation::message)
                    .containsExactly(tuple("programme.items[0].start", "dev.agendum.programme.starts-before-event",
                            "starts before the event starts at 2021-01-15T14:00"));
        }

        @Test
        @DisplayName("reports an item that starts after the event, but accepts a closing at its end")
        void startsAfterEvent() {
            assertThat(violations(withProgramme(item("a", "15:01", ItemKind.CLOSING))))
                    .extracting(Violation::code).containsExactly("dev.agendum.programme.starts-after-event");
            assertThat(violations(withProgramme(item("a", "15:00", ItemKind.CLOSING)))).isEmpty();
        }

        @Test
        @DisplayName("reports an announced end after the event's end")
        void endsAfterEvent() {
            ProgrammeItem late = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("15:30")).build();
            assertThat(violations(withProgramme(late))).extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("programme.items[0].end", "dev.agendum.programme.ends-after-event"));
        }

        @Test
        @DisplayName("reports items listed out of time order")
        void outOfOrder() {
            assertThat(violations(withProgramme(item("a", "14:30", ItemKind.TALK), item("b", "14:10", ItemKind.TALK))))
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("programme.items[1].start", "dev.agendum.programme.out-of-order"));
        }

        @Test
        @DisplayName("reports a child outside its parent, with the child's path")
        void childOutsideParent() {
            ProgrammeItem panel = item("panel", "14:15", ItemKind.PANEL).toBuilder().end(at("14:45"))
                    .child(item("q", "14:50", ItemKind.QUESTIONS)).build();
            assertThat(violations(withProgramme(panel))).extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("programme.items[0].children[0].start",
                            "dev.agendum.programme.starts-after-parent"));
        }

        @Test
        @DisplayName("reports overlapping items in one lane")
        void overlap() {
            ProgrammeItem talk = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("14:30")).build();
            assertThat(violations(withProgramme(talk, item("b", "14:15", ItemKind.TALK))))
                    .extracting(Violation::path, Violation::message)
                    .containsExactly(tuple("programme.items[1].start", "overlaps the item from 2021-01-15T14:00 "
                            + "to 2021-01-15T14:30; only items in different tracks may run at the same time"));
        }

        @Test
        @DisplayName("accepts overlapping items in different tracks")
        void parallelTracks() {
            ProgrammeItem a = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("14:30")).track("A").build();
            ProgrammeItem b = item("b", "14:15", ItemKind.TALK).toBuilder().track("B").build();
            assertThat(violations(withProgramme(a, b))).isEmpty();
        }

        @Test
        @DisplayName("reports a repeated item id")
        void duplicateItemId() {
            assertThat(violations(withProgramme(item("a", "14:00", ItemKind.TALK), item("a", "14:30", ItemKind.TALK))))
                    .extracting(Violation::path).containsExactly("programme.items[1].id");
        }

        @Test
        @DisplayName("reports more items than the limit, at the limit none")
        void tooManyItems() {
            ProgrammeItem[] atLimit = IntStream.range(0, Limits.PROGRAMME_ITEMS)
                    .mapToObj(i -> item("i" + i, "14:00", ItemKind.TALK).toBuilder().track("t" + i).build())
                    .toArray(ProgrammeItem[]::new);
            assertThat(violations(withProgramme(atLimit))).isEmpty();
            ProgrammeItem[] overLimit = java.util.Arrays.copyOf(atLimit, atLimit.length + 1);
            overLimit[atLimit.length] = item("extra", "14:00", ItemKind.TALK).toBuilder().track("x").build();
            assertThat(violations(withProgramme(overLimit))).extracting(Violation::path, Violation::message)
                    .containsExactly(tuple("programme.items", "has 201 programme items, more than the 200 allowed"));
        }
    }

    @Nested
    @DisplayName("references")
    class References {

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

    @Nested
    @DisplayName("registration")
    class RegistrationRules {

        private Registration.Builder required() {
            return Registration.required(RegistrationChannel.email("info@bestuurskunde.nl"));
        }

        @Test
        @DisplayName("reports closing after the event ends, and accepts closing at its end")
        void closesAfterEvent() {
            assertThat(violations(withRegistration(required().closes(at("15:01")))))
                    .extracting(Violation::path).containsExactly("registration.closes");
            assertThat(violations(withRegistration(required().closes(at("15:00"))))).isEmpty();
        }

        @Test
        @DisplayName("reports opening at or after the event's end")
        void opensAfterEvent() {
            assertThat(violations(withRegistration(required().opens(at("15:00")))))
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("registration.opens", "dev.agendum.registration.opens-after-event"));
        }

        @Test
        @DisplayName("reports a window that closes as it opens")
        void emptyWindow() {
            assertThat(violations(withRegistration(required().opens(at("12:00")).closes(at("12:00")))))
                    .extracting(Violation::code).containsExactly("dev.agendum.registration.empty-window");
        }

        @Test
        @DisplayName("reports a required registration without any channel")
        void noChannel() {
            Registration none = new Registration(true, List.of(), Optional.empty(), Optional.empty(),
                    Optional.of(Capacity.of(10)), Optional.empty(), Optional.empty(), false, Optional.empty());
            assertThat(violations(Fixtures.seminar().registration(none)))
                    .extracting(Violation::path).containsExactly("registration.channels");
        }

        @Test
        @DisplayName("checks each channel's address in the format of its type")
        void channelAddresses() {
            Event.Builder event = withRegistration(Registration.required(RegistrationChannel.web("javascript:alert(1)"),
                    RegistrationChannel.email("not an address"), RegistrationChannel.phone("06 25068171")));
            assertThat(violations(event)).extracting(Violation::path, Violation::code).containsExactly(
                    tuple("registration.channels[0].address", "dev.agendum.format.web-link"),
                    tuple("registration.channels[1].address", "dev.agendum.format.email"),
                    tuple("registration.channels[2].address", "dev.agendum.format.phone"));
        }
    }

    @Nested
    @DisplayName("local times")
    class LocalTimes {

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

    @Nested
    @DisplayName("text and formats")
    class TextAndFormats {

        @ParameterizedTest(name = "refuses a title with U+{0}")
        @ValueSource(ints = {0x00, 0x07, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0xfdd0, 0xffff})
        void controlCharacters(int codePoint) {
            String title = "Titel" + Character.toString(codePoint) + "BEGIN:VEVENT";
            assertThat(violations(Fixtures.seminar().title(nl(title)))).extracting(Violation::path)
                    .containsExactly("title");
        }

        @Test
        @DisplayName("accepts line breaks and tabs in a description but not carriage returns")
        void multiline() {
            assertThat(violations(Fixtures.seminar().description(nl("Eén\n\n\tTwee")))).isEmpty();
            assertThat(violations(Fixtures.seminar().description(nl("Eén\r\nTwee"))))
                    .extracting(Violation::code).containsExactly("dev.agendum.text.carriage-return");
        }

        @Test
        @DisplayName("accepts right-to-left, combining characters and emoji as they are")
        void unicode() {
            assertThat(violations(Fixtures.seminar().title(nl("שלום café\u0301 \uD83C\uDF89 \u202Eabc")))).isEmpty();
        }

        @Test
        @DisplayName("refuses an unpaired surrogate")
        void surrogate() {
            assertThat(violations(Fixtures.seminar().title(nl("bad \uD83C end")))).extracting(Violation::code)
                    .containsExactly("dev.agendum.text.unpaired-surrogate");
        }

        @Test
        @DisplayName("counts lengths in code points, at the limit and one over")
        void lengths() {
            String atLimit = "\uD83C\uDF89".repeat(Limits.LINE_TEXT);
            assertThat(violations(Fixtures.seminar().title(nl(atLimit)))).isEmpty();
            assertThat(violations(Fixtures.seminar().title(nl(atLimit + "x"))))
                    .extracting(Violation::message).containsExactly("is longer than 500 characters");
        }

        @Test
        @DisplayName("checks every language of a text, not only the default")
        void everyLanguage() {
            LocalizedText title = nl("Titel").with(Locale.ENGLISH, "Title\nInjected");
            assertThat(violations(Fixtures.seminar().title(title))).extracting(Violation::path)
                    .containsExactly("title");
        }

        @ParameterizedTest(name = "refuses the link {0}")
        @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "/relative",
                "ftp://example.org/", "https:opaque"})
        void badLinks(String link) {
            Event.Builder event = Fixtures.seminar()
                    .online(OnlineLocation.of(JoinLink.known(URI.create(link))));
            assertThat(violations(event)).extracting(Violation::path).containsExactly("online.joinLink.url");
        }

        @Test
        @DisplayName("accepts https and http links")
        void goodLinks() {
            assertThat(violations(Fixtures.seminar()
                    .online(OnlineLocation.of(JoinLink.known(URI.create("https://zoom.us/j/123?pwd=x")))))).isEmpty();
            assertThat(violations(Fixtures.seminar()
                    .online(OnlineLocation.of(JoinLink.known(URI.create("http://example.org/live")))))).isEmpty();
        }

        @ParameterizedTest(name = "refuses the e-mail address \"{0}\"")
        @ValueSource(strings = {"mieke", "mieke@", "@pbl.nl", "mieke@pbl", "mieke berkers@pbl.nl",
                "mieke@pbl.nl\r\nBcc: x@y.nl", "\"quoted\"@pbl.nl"})
        void badEmails(String email) {
            assertThat(violations(Fixtures.seminar().person(Person.of("x", "X").withEmail(email))))
                    .extracting(Violation::path).containsExactly("people[2].email");
        }

        @ParameterizedTest(name = "refuses the phone number \"{0}\"")
        @ValueSource(strings = {"06 25068171", "+31", "+31 6 2506817a", "+0 6 25068171", "tel:+31625068171"})
        void badPhones(String phone) {
            assertThat(violations(Fixtures.seminar().person(Person.of("x", "X").withPhone(phone))))
                    .extracting(Violation::path).containsExactly("people[2].phone");
        }

        @ParameterizedTest(name = "refuses the id \"{0}\"")
        @ValueSource(strings = {"-leading", "with space", "semi;colon", "new\nline"})
        void badIds(String id) {
            assertThat(violations(Fixtures.seminar().person(Person.of(id, "X"))))
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("people[2].id", "dev.agendum.identifier"));
        }

        @ParameterizedTest(name = "accepts the id \"{0}\"")
        @ValueSource(strings = {"a", "9", "anne-de-vries", "item_2.b", "Z-9_z.0"})
        void goodIds(String id) {
            assertThat(violations(Fixtures.seminar().person(Person.of(id, "X")))).isEmpty();
        }

        @Test
        @DisplayName("refuses an id longer than 128 characters, and accepts one of 128")
        void idLength() {
            assertThat(violations(Fixtures.seminar().person(Person.of("a".repeat(128), "X")))).isEmpty();
            assertThat(violations(Fixtures.seminar().person(Person.of("a".repeat(129), "X"))))
                    .extracting(Violation::path).containsExactly("people[2].id");
        }

        @ParameterizedTest(name = "refuses the country \"{0}\" and accepts NL")
        @ValueSource(strings = {"nl", "NLD", "N", "Nl", "N1", "ÑL"})
        void countries(String country) {
            assertThat(violations(Fixtures.seminar().hybrid(Venue.of(nl("Zaal"), PostalAddress.of("Straat 1",
                    "1234 AB", "Utrecht", country)), OnlineLocation.of(JoinLink.toFollow()))))
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("venue.address.country", "dev.agendum.format.country"));
            assertThat(violations(Fixtures.seminar().hybrid(Venue.of(nl("Zaal"), PostalAddress.of("Straat 1",
                    "1234 AB", "Utrecht", "NL")), OnlineLocation.of(JoinLink.toFollow())))).isEmpty();
        }
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
