package dev.agendum.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.agendum.examples.Announcements;
import dev.agendum.ical.FeedAssertions;
import dev.agendum.ical.FeedReader;
import dev.agendum.ical.FeedWriter;
import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Organisation;
import dev.agendum.model.Person;
import dev.agendum.validation.EventValidator;
import dev.agendum.validation.Violation;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values put into the title, the description, a person's name and the organiser's name (an ORGANIZER CN
 * parameter) of a real announcement. Each is either refused by validation with a located message, or carried
 * exactly through JSON and iCalendar: never silently altered, never able to add a line, property or component.
 */
@DisplayName("Injection table")
class InjectionTableTest {

    private static final EventValidator VALIDATOR = EventValidator.create();
    private static final AgendumJson JSON = AgendumJson.create();
    private static final Set<String> EVENT_PROPERTIES = Set.of("UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND",
            "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "ORGANIZER", "CONTACT", "STATUS", "CATEGORIES", "CONFERENCE",
            "IMAGE");

    /** Whether a value must be refused, and why, or accepted and kept exactly. */
    enum Expect { KEPT, REFUSED }

    static Stream<Arguments> hostileValues() {
        String longAccented = "Café één naïef ".repeat(700);
        String longEmoji = "\uD83C\uDF89\uD83D\uDC4D\uD83C\uDFFD".repeat(2_000);
        return Stream.of(
                row("bare CR", "Titel\rX-INJECTED:1", Expect.REFUSED),
                row("bare LF", "Titel\nX-INJECTED:1", Expect.REFUSED),
                row("CRLF", "Titel\r\nX-INJECTED:1", Expect.REFUSED),
                row("CRLF then BEGIN:VEVENT", "x\r\nBEGIN:VEVENT\r\nSUMMARY:evil\r\nEND:VEVENT", Expect.REFUSED),
                row("CRLF then ATTACH", "x\r\nATTACH:https://evil.example/x", Expect.REFUSED),
                row("LF then END:VCALENDAR", "x\nEND:VCALENDAR", Expect.REFUSED),
                row("NUL", "a\u0000b", Expect.REFUSED),
                row("BEL", "a\u0007b", Expect.REFUSED),
                row("ESC sequence", "a\u001b[31mred", Expect.REFUSED),
                row("DEL", "a\u007fb", Expect.REFUSED),
                row("NEL (C1 control)", "a\u0085b", Expect.REFUSED),
                row("backslash before CRLF", "end\\\r\nATTACH:x", Expect.REFUSED),
                row("backslash before LF", "end\\\nATTACH:x", Expect.REFUSED),
                row("unpaired surrogate", "a\uD83Cb", Expect.REFUSED),
                row("11 000 accented characters", longAccented, Expect.REFUSED),
                row("double quotes", "\"Leren\" samenwerken", Expect.KEPT),
                row("colon", "Maes: Ruben", Expect.KEPT),
                row("semicolon", "Maes; Ruben", Expect.KEPT),
                row("comma", "Maes, Ruben", Expect.KEPT),
                row("all delimiters", "a\"b;c:d,e", Expect.KEPT),
                row("caret", "^caret^ ^n ^'", Expect.KEPT),
                row("lone backslash", "C:\\agenda\\", Expect.KEPT),
                row("literal backslash-n", "line\\nnot a break", Expect.KEPT),
                row("property lookalike", "BEGIN:VCALENDAR END:VEVENT ATTACH:x", Expect.KEPT),
                row("right-to-left", "שלום עולם \u202Eabc\u202C", Expect.KEPT),
                row("combining characters", "e\u0301".repeat(200), Expect.KEPT),
                row("emoji at fold boundaries", "x" + "\uD83C\uDF89".repeat(120), Expect.KEPT),
                row("line separator U+2028", "a\u2028b", Expect.KEPT),
                row("HTML", "<script>alert(1)</script> & </script>", Expect.KEPT),
                row("template lookalikes", "{max} ${1+1} #{x} {dev.agendum.identifier}", Expect.KEPT),
                row("6 000 emoji in a one-line title", longEmoji, Expect.REFUSED));
    }

    private static Arguments row(String name, String value, Expect expect) {
        return Arguments.of(name, value, expect);
    }

    /** The meeting with {@code value} as title, description, a panellist's name and the organiser's name. */
    private static Event carrying(String value) {
        Event e = Announcements.samenwerkenAlsEenOverheid();
        LocalizedText text = LocalizedText.of("nl", value);
        List<Person> people = e.people().stream()
                .map(p -> p.id().equals("peggy-hurkmans") ? Person.of(p.id(), value) : p).toList();
        Organisation organiser = new Organisation(text, Optional.of("VB"), Optional.empty());
        return new Event(e.id(), e.language(), text, Optional.of(text), e.zone(), e.start(), e.end(), e.allDay(),
                e.attendanceMode(), e.venue(), e.online(), e.status(), e.previousStart(), List.of(organiser), people,
                e.participations(), e.programme(), e.registration(), e.contacts(), e.links(), e.image(),
                e.categories(), e.revision());
    }

    @ParameterizedTest(name = "a description of {0} is kept exactly")
    @MethodSource("longTexts")
    void longDescriptionsKept(String name, String value) throws Exception {
        Event event = Announcements.lerenSamenwerkenAanOpgaven().toBuilder()
                .description(LocalizedText.of("nl", value)).build();
        assertThat(VALIDATOR.validate(event)).isEmpty();
        assertThat(JSON.readEvent(JSON.writeEvent(event))).isEqualTo(event);
        String feed = FeedWriter.create().write(List.of(event));
        assertSafe(feed);
        assertThat(parse(feed).getComponents(Component.VEVENT).get(0).getProperty(Property.DESCRIPTION)
                .orElseThrow().getValue()).startsWith(value + "\n\n");
    }

    static Stream<Arguments> longTexts() {
        return Stream.of(Arguments.of("10 000 accented characters", "Café één naïef ".repeat(667).strip()),
                Arguments.of("10 000 emoji", "\uD83C\uDF89".repeat(10_000)),
                Arguments.of("emoji after every odd offset", "x" + "é\uD83D\uDC4D\uD83C\uDFFD".repeat(2_500)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("hostileValues")
    void refusedWithAMessageOrKeptExactly(String name, String value, Expect expect) throws Exception {
        Event event = carrying(value);
        List<Violation> violations = VALIDATOR.validate(event);
        if (expect == Expect.REFUSED) {
            assertThat(violations).as("violations").isNotEmpty()
                    .allSatisfy(v -> assertThat(v.message()).isNotBlank().doesNotContain(value))
                    .extracting(Violation::path).contains("title");
            assertWriterRefusesOrStaysSafe(event);
            return;
        }
        assertThat(violations).isEmpty();
        assertThat(JSON.readEvent(JSON.writeEvent(event))).isEqualTo(event);
        String feed = FeedWriter.create().write(List.of(event));
        assertSafe(feed);
        Component vevent = parse(feed).getComponents(Component.VEVENT).get(0);
        assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(value);
        // ical4j 4.4.0 misreads an escaped backslash followed by an escaped line break, so the description is
        // checked against RFC 5545's own unescaping rule.
        assertThat(FeedAssertions.unescape(FeedAssertions.rawValue(feed, "DESCRIPTION"))).startsWith(value + "\n\n");
        assertThat(vevent.getProperties().stream().map(Property::getName)
                        .filter(property -> !property.startsWith("X-AGENDUM-")).collect(Collectors.toSet()))
                .isSubsetOf(EVENT_PROPERTIES);
        assertThat(FeedReader.create().read(feed).events()).as("read back by Agendum").containsExactly(event);
    }

    private static void assertWriterRefusesOrStaysSafe(Event event) throws Exception {
        String feed;
        try {
            feed = FeedWriter.create().write(List.of(event));
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).as("the refusal names the property").containsAnyOf("SUMMARY",
                    "DESCRIPTION", "ORGANIZER", "PARTICIPANT");
            return;
        }
        assertSafe(feed);
    }

    /** One VEVENT, no CR or LF but line ends, every line within 75 octets and whole UTF-8. */
    private static void assertSafe(String feed) throws Exception {
        FeedAssertions.assertLinesWithin75Octets(feed);
        Calendar calendar = parse(feed);
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
        assertThat(calendar.getComponents(Component.VEVENT).get(0).getProperties().stream()
                .map(Property::getName)).doesNotContain("ATTACH", "X-INJECTED");
    }

    private static Calendar parse(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed));
    }
}
