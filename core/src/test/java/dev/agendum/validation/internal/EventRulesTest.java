package dev.agendum.validation.internal;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.item;
import static dev.agendum.model.Fixtures.nl;
import static dev.agendum.validation.internal.RuleTesting.violations;
import static dev.agendum.validation.internal.RuleTesting.withProgramme;
import static dev.agendum.validation.internal.RuleTesting.withRegistration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Fixtures;
import dev.agendum.model.Image;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import dev.agendum.validation.Limits;
import dev.agendum.validation.Violation;
import java.net.URI;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@link EventRules} of {@code EventValidator}, through its public entry. */
@DisplayName("EventValidator, per-value rules: text, lengths and formats")
class EventRulesTest {

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

    /**
     * Every per-value rule, one broken value at a time, at the path of its field: the walk reaches every type and
     * field the rules name, as the constraint mapping it replaced did.
     */
    @Nested
    @DisplayName("reports each field's rule at the field's path")
    class EveryField {

        private static final String BAD = "a\u0007b";
        private static final URI FTP = URI.create("ftp://example.org/");
        private static final URI PAGE = URI.create("https://example.org/");
        private static final PostalAddress ADDRESS = PostalAddress.of("Straat 1", "1234 AB", "Utrecht", "NL");

        static Stream<Arguments> fields() {
            String text = "dev.agendum.text.control-character";
            String link = "dev.agendum.format.web-link";
            Participation moderator = Participation.of(Fixtures.MODERATOR.id(), RoleType.MODERATOR);
            return Stream.of(
                    field("title", text, Fixtures.seminar().title(nl(BAD))),
                    field("description", text, Fixtures.seminar().description(nl(BAD))),
                    field("organisers[1].name", text, Fixtures.seminar().organiser(Organisation.of(nl(BAD)))),
                    field("organisers[1].abbreviation", text,
                            Fixtures.seminar().organiser(Organisation.of(nl("X"), BAD))),
                    field("organisers[1].link", link,
                            Fixtures.seminar().organiser(Organisation.of(nl("X")).withLink(FTP))),
                    field("people[2].name", text, Fixtures.seminar().person(Person.of("x", BAD))),
                    field("people[2].honorific", text,
                            Fixtures.seminar().person(Person.of("x", "X").withHonorific(BAD))),
                    field("people[2].link", link, Fixtures.seminar().person(Person.of("x", "X").withLink(FTP))),
                    field("participations[2].role.customLabel", text, Fixtures.seminar()
                            .participation(Participation.of(Fixtures.MODERATOR.id(), Role.custom(nl(BAD))))),
                    field("participations[2].affiliations[0].position", text, Fixtures.seminar()
                            .participation(Participation.of(Fixtures.MODERATOR.id(), RoleType.HOST,
                                    Affiliation.position(nl(BAD))))),
                    field("participations[2].affiliations[0].organisation.link", link, Fixtures.seminar()
                            .participation(Participation.of(Fixtures.MODERATOR.id(), RoleType.HOST,
                                    Affiliation.at(Organisation.of(nl("X")).withLink(FTP))))),
                    field("participations[2].affiliations", "dev.agendum.list.too-long", Fixtures.seminar()
                            .participation(Participation.of(Fixtures.MODERATOR.id(), RoleType.HOST,
                                    IntStream.rangeClosed(0, Limits.AFFILIATIONS)
                                            .mapToObj(i -> Affiliation.position(nl("p" + i)))
                                            .toArray(Affiliation[]::new)))),
                    field("programme.items[0].kindLabel", text, withProgramme(
                            ProgrammeItem.builder("a", at("14:00"), ItemKind.OTHER, nl("Iets")).kindLabel(nl(BAD))
                                    .build())),
                    field("programme.items[0].title", text, withProgramme(
                            ProgrammeItem.builder("a", at("14:00"), ItemKind.TALK, nl(BAD)).build())),
                    field("programme.items[0].description", text, withProgramme(
                            item("a", "14:00", ItemKind.TALK).toBuilder().description(nl(BAD)).build())),
                    field("programme.items[0].track", text, withProgramme(
                            item("a", "14:00", ItemKind.TALK).toBuilder().track(BAD).build())),
                    field("programme.items[0].room", text, withProgramme(
                            item("a", "14:00", ItemKind.TALK).toBuilder().room(BAD).build())),
                    field("programme.items[0].participations[0].role.customLabel", text, withProgramme(
                            item("a", "14:00", ItemKind.TALK).toBuilder().participation(
                                    Participation.of(moderator.personId(), Role.custom(nl(BAD)))).build())),
                    field("programme.items[0].children[0].id", "dev.agendum.identifier", withProgramme(
                            item("a", "14:00", ItemKind.PANEL).toBuilder().end(at("14:30"))
                                    .child(item("-b", "14:10", ItemKind.TALK)).build())),
                    field("contacts[1].name", text, Fixtures.seminar()
                            .contact(Contact.desk(Contact.Role.INFORMATION, nl(BAD), "info@pbl.nl"))),
                    field("contacts[1].email", "dev.agendum.format.email", Fixtures.seminar()
                            .contact(Contact.desk(Contact.Role.INFORMATION, nl("Balie"), "info"))),
                    field("links[1].title", text,
                            Fixtures.seminar().link(Link.of(Link.Relation.INFORMATION, nl(BAD), PAGE))),
                    field("links[1].url", link,
                            Fixtures.seminar().link(Link.of(Link.Relation.INFORMATION, nl("Info"), FTP))),
                    field("image.description", text, Fixtures.seminar().image(Image.of(nl(BAD), PAGE))),
                    field("image.url", link, Fixtures.seminar().image(Image.of(nl("Zaal"), FTP))),
                    field("categories[0]", text, Fixtures.seminar().category(nl(BAD))),
                    field("venue.name", text, hybrid(Venue.of(nl(BAD), ADDRESS))),
                    field("venue.address.street", text,
                            hybrid(Venue.of(nl("Zaal"), PostalAddress.of(BAD, "1234 AB", "Utrecht", "NL")))),
                    field("venue.address.postalCode", text,
                            hybrid(Venue.of(nl("Zaal"), PostalAddress.of("Straat 1", BAD, "Utrecht", "NL")))),
                    field("venue.address.locality", text,
                            hybrid(Venue.of(nl("Zaal"), PostalAddress.of("Straat 1", "1234 AB", BAD, "NL")))),
                    field("registration.channels[0].label", text, withRegistration(Registration.required(
                            RegistrationChannel.web("https://www.pbl.nl/aanmelden").withLabel(nl(BAD))))),
                    field("registration.audience", text, withRegistration(Registration.required(
                            RegistrationChannel.web("https://www.pbl.nl/aanmelden")).audience(nl(BAD)))),
                    field("registration.note", text, withRegistration(Registration.required(
                            RegistrationChannel.web("https://www.pbl.nl/aanmelden")).note(nl(BAD)))),
                    field("organisers", "dev.agendum.list.too-long", Fixtures.seminar().organiser(
                            IntStream.range(0, Limits.LIST).mapToObj(i -> Organisation.of(nl("o" + i)))
                                    .toArray(Organisation[]::new))),
                    field("title", "dev.agendum.text.too-many-languages", Fixtures.seminar().title(
                            IntStream.range(0, Limits.LANGUAGES).mapToObj(i -> "x" + (char) ('a' + i))
                                    .reduce(nl("Titel"), (t, language) -> t.with(Locale.forLanguageTag(language),
                                            "T"), (a, b) -> a))));
        }

        private static Arguments field(String path, String code, Event.Builder event) {
            return Arguments.of(path, code, event);
        }

        private static Event.Builder hybrid(Venue venue) {
            return Fixtures.seminar().hybrid(venue, OnlineLocation.of(JoinLink.toFollow()));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("fields")
        void reported(String path, String code, Event.Builder event) {
            assertThat(violations(event)).extracting(Violation::path, Violation::code)
                    .containsExactly(tuple(path, code));
        }
    }
}
