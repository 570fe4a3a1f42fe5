package dev.agendum.ical;

import static dev.agendum.ical.TestEvents.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.RoleType;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * E-mail addresses become RFC 6068 {@code mailto:} URIs: RFC 5322 allows {@code # % & / = ? ^ ` { | }} in a local
 * part, which a URI must percent-encode; written raw, ical4j refused the whole feed (regression: issue 15).
 */
@DisplayName("mailto URIs")
class MailtoTest {

    /** Addresses the validator accepts, each with characters a URI must encode. */
    static final List<String> ADDRESSES = List.of("x{|}~&#$%*+/=?^``@b.cd", "o'hara+tag@example.org",
            "100%@b.cd", "a.b-c_d@sub.example.nl", "!#$&'*+-/=?^_`{|}~@x.org", "%41@b.cd");

    /** An event whose desk (the ORGANIZER) and only participant share {@code address}. */
    static Event withAddress(String address) {
        return TestEvents.in("mail", "Europe/Amsterdam", "2021-04-02T10:00", "2021-04-02T12:00").toBuilder()
                .organiser(TestEvents.VB)
                .person(Person.of("p", "Pim").withEmail(address))
                .participation(Participation.of("p", RoleType.SPEAKER))
                .contact(Contact.desk(Contact.Role.INFORMATION, nl("VB"), address))
                .build();
    }

    private static String mailto(String address) {
        StringWriter out = new StringWriter();
        ContentLineWriter line = new ContentLineWriter(out);
        line.start("ORGANIZER").mailto(address);
        return out.toString();
    }

    @Test
    @DisplayName("percent-encodes what RFC 6068 does not let stand, keeps letters, digits and -._~!$'()*+ and the @")
    void encoding() {
        assertThat(mailto("x{|}~&#$%*+/=?^``@b.cd"))
                .isEqualTo("ORGANIZER:mailto:x%7B%7C%7D~%26%23$%25*+%2F%3D%3F%5E%60%60@b.cd\r\n");
        assertThat(mailto("info@bestuurskunde.nl")).isEqualTo("ORGANIZER:mailto:info@bestuurskunde.nl\r\n");
        assertThat(mailto("é@b.cd")).isEqualTo("ORGANIZER:mailto:%C3%A9@b.cd\r\n");
        assertThatIllegalArgumentException().isThrownBy(() -> mailto("a\r\nX:y@b.cd")).withMessageContaining("ORGANIZER");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x{|}~&#$%*+/=?^``@b.cd", "o'hara+tag@example.org", "100%@b.cd", "%41@b.cd"})
    @DisplayName("every address the validator accepts gives a feed ical4j and FeedReader read, in both modes")
    void ical4jReads(String address) throws Exception {
        Event event = withAddress(address);
        assertThat(EventValidatorHolder.VALIDATOR.validate(event, Locale.ENGLISH)).isEmpty();
        String feed = FeedWriter.builder().publishPersonalDetails(true).build().write(List.of(event));
        assertThat(FeedWriterTest.parse(feed).getComponents("VEVENT")).hasSize(1);
        assertThat(FeedReader.create().read(feed).events()).containsExactly(event);
        Event foreign = FeedReader.create().read(FeedWriter.builder().lossless(false).publishPersonalDetails(true)
                .build().write(List.of(event)))
                .events().get(0);
        assertThat(foreign.people()).extracting(p -> p.email().orElse("")).contains(address);
    }

    @Test
    @DisplayName("ical.js, python icalendar, vobject and libical read a feed of every such address")
    void independentParsers() throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < ADDRESSES.size(); i++) {
            Event e = withAddress(ADDRESSES.get(i));
            events.add(new Event("mail-" + i, e.language(), e.title(), e.description(), e.zone(), e.start(), e.end(),
                    e.allDay(), e.attendanceMode(), e.venue(), e.online(), e.status(), e.previousStart(),
                    e.organisers(), e.people(), e.participations(), e.programme(), e.registration(), e.contacts(),
                    e.links(), e.image(), e.categories(), e.revision()));
        }
        Path dir = Files.createDirectories(Path.of("target", "independent-parsers"));
        Path feed = Files.writeString(dir.resolve("addresses.ics"),
                FeedWriter.builder().publishPersonalDetails(true).build().write(events), StandardCharsets.UTF_8);
        assertThat(IndependentParsers.icalJs(feed)).hasSize(ADDRESSES.size());
        assertThat(IndependentParsers.pythonIcalendar(feed)).hasSize(ADDRESSES.size());
        assertThat(IndependentParsers.vobject(feed)).hasSize(ADDRESSES.size());
        assertThat(IndependentParsers.libical(feed)).hasSize(ADDRESSES.size());
    }

    /** The validator, built once for the class: a cold build costs most of a second. */
    private static final class EventValidatorHolder {
        static final dev.agendum.validation.EventValidator VALIDATOR = dev.agendum.validation.EventValidator.create();
    }
}
