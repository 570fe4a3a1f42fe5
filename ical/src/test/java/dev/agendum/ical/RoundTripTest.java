package dev.agendum.ical;

import static dev.agendum.ical.TestEvents.nl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Model → feed → model gives back equal events, for every field the model has. */
@DisplayName("Round trip through a feed")
class RoundTripTest {

    private static final FeedReader READER = FeedReader.create();

    private static List<Event> roundTrip(FeedWriter writer, List<Event> events) {
        FeedContent content = READER.read(writer.write(events));
        assertThat(content.warnings()).as("warnings").isEmpty();
        return content.events();
    }

    @Test
    @DisplayName("an event with every field set reads back equal, personal details included when published")
    void everyField() {
        Event complete = TestEvents.complete();
        assertThat(roundTrip(FeedWriter.builder().publishPersonalDetails(true).build(), List.of(complete)))
                .containsExactly(complete);
    }

    @Test
    @DisplayName("by default reads back equal to what the feed publishes: a non-contact's e-mail and phone left out")
    void published() {
        assertThat(roundTrip(FeedWriter.create(), List.of(TestEvents.complete(), TestEvents.hybrid())))
                .containsExactly(TestEvents.completePublished(), TestEvents.hybridPublished());
        assertThat(roundTrip(FeedWriter.builder().withItems(true).uidDomain("events.example.org").build(),
                List.of(TestEvents.complete()))).containsExactly(TestEvents.completePublished());
    }

    @Test
    @DisplayName("reads back equal when the programme items are written as VEVENTs of their own")
    void withItems() {
        Event complete = TestEvents.complete();
        assertThat(roundTrip(FeedWriter.builder().withItems(true).build(), List.of(complete, TestEvents.hybrid())))
                .containsExactly(TestEvents.completePublished(), TestEvents.hybridPublished());
    }

    @Test
    @DisplayName("reads back equal when the feed is written in another language than the event's")
    void otherLanguage() {
        FeedWriter english = FeedWriter.builder().language(Locale.ENGLISH).build();
        assertThat(roundTrip(english, List.of(TestEvents.complete(), TestEvents.hybrid())))
                .containsExactly(TestEvents.completePublished(), TestEvents.hybridPublished());
    }

    @Test
    @DisplayName("an event in one language carries no text twice: SUMMARY and DESCRIPTION give them back")
    void compact() {
        Event hybrid = TestEvents.hybrid();
        String feed = FeedAssertions.unfold(FeedWriter.create().write(List.of(hybrid)));
        assertThat(feed).containsPattern("X-AGENDUM-EVENT:format=2&language=nl&attendance=hybrid&status=scheduled&described=\\d+\r\n")
                .doesNotContain("description=nl:Een sessie");
        assertThat(roundTrip(FeedWriter.create(), List.of(hybrid))).containsExactly(TestEvents.hybridPublished());
    }

    @ParameterizedTest(name = "all-day in {0}")
    @ValueSource(strings = {"Europe/Amsterdam", "Australia/Sydney", "Asia/Kolkata"})
    @DisplayName("an all-day event keeps its zone, which its dates do not name")
    void allDay(String zone) {
        Event event = TestEvents.in(zone, "2021-04-02T10:00", "2021-04-02T12:00").toBuilder()
                .allDay(LocalDate.parse("2021-04-02"), LocalDate.parse("2021-04-04")).build();
        assertThat(roundTrip(FeedWriter.create(), List.of(event))).containsExactly(event);
    }

    @Test
    @DisplayName("a point in time (no DTEND), a multi-day event and events in several zones read back equal, in order")
    void severalEvents() {
        List<Event> events = List.of(
                TestEvents.in("Europe/Amsterdam", "2021-04-02T12:00", "2021-04-02T12:00"),
                TestEvents.in("multi-day", "Europe/Amsterdam", "2021-03-27T09:00", "2021-03-29T17:00"),
                TestEvents.in("Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00"),
                TestEvents.in("Australia/Lord_Howe", "2021-04-04T01:00", "2021-04-04T03:00"),
                TestEvents.in("UTC", "2021-04-04T01:00", "2021-04-04T03:00"));
        assertThat(roundTrip(FeedWriter.create(), events)).containsExactlyElementsOf(events);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a & b = c%d", "x;y,z\\w", "\"quoted\" ^caret^ :colon:", "line\nfeed\n\nand tab\t",
        "%26 %25 %", "&&==", "ends with a backslash\\", "\\n is not a line feed", "emoji 🎉 é ü ß 漢字"})
    @DisplayName("any text in every field reads back exactly: delimiters of iCalendar and of the compact fields")
    void delimiters(String text) {
        Event complete = TestEvents.complete();
        LocalizedText value = nl(text).with(Locale.ENGLISH, text + " (en)");
        Event event = complete.toBuilder().title(value).description(nl(text))
                .person(dev.agendum.model.Person.of("x", text).withHonorific(text))
                .category(nl(text), value)
                .link(dev.agendum.model.Link.withoutAddress(dev.agendum.model.Link.Relation.RECORDING, value))
                .build();
        Event published = TestEvents.withoutDetailsOf(event, "ruben-maes");
        assertThat(roundTrip(FeedWriter.create(), List.of(event))).containsExactly(published);
        assertThat(roundTrip(FeedWriter.builder().withItems(true).language(Locale.ENGLISH).build(), List.of(event)))
                .containsExactly(published);
    }

    @Test
    @DisplayName("fractions of a second in times and in the revision survive, though DTSTART and DTSTAMP hold seconds")
    void fractionsOfSeconds() {
        Event event = TestEvents.in("Europe/Amsterdam", "2021-04-02T10:00:00.5", "2021-04-02T12:00").toBuilder()
                .revision(Revision.of(1, Instant.parse("2021-03-01T00:00:00.123Z"))).build();
        assertThat(roundTrip(FeedWriter.create(), List.of(event))).containsExactly(event);
    }

    @Test
    @DisplayName("never changes a text: CRLF is refused rather than read back as LF (regression: WriterFuzzTest)")
    void crlfRefused() {
        Event event = TestEvents.hybrid().toBuilder().description(nl("Eerste regel\r\nTweede regel")).build();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> FeedWriter.create().write(List.of(event))).withMessageContaining("DESCRIPTION");
        Event trailing = TestEvents.hybrid().toBuilder().description(nl("Laatste regel\r")).build();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .as("a CR ending the description, where the programme's line feed follows")
                .isThrownBy(() -> FeedWriter.create().write(List.of(trailing))).withMessageContaining("U+000D");
    }

    @Test
    @DisplayName("without the X-AGENDUM- properties a feed still reads back its times, title and people by name")
    void notLossless() {
        Event complete = TestEvents.complete();
        String feed = FeedWriter.builder().lossless(false).build().write(List.of(complete));
        assertThat(feed).doesNotContain("X-AGENDUM-");
        Event read = READER.read(feed).events().get(0);
        assertThat(read.startAt()).isEqualTo(complete.startAt());
        assertThat(read.endAt()).isEqualTo(complete.endAt());
        assertThat(read.title().text()).isEqualTo(complete.title().text());
        assertThat(read).isNotEqualTo(complete);
    }

    @Test
    @DisplayName("a changed DESCRIPTION is read whole as the description, with a warning")
    void editedDescription() {
        String feed = FeedAssertions.unfold(FeedWriter.create().write(List.of(TestEvents.hybrid())))
                .replace("DESCRIPTION;LANGUAGE=nl:Een sessie", "DESCRIPTION;LANGUAGE=nl:Bewerkt. Een sessie")
                .replace("Programma:", "Agenda:");
        FeedContent content = READER.read(feed);
        assertThat(content.events().get(0).description().orElseThrow().text()).startsWith("Bewerkt. Een sessie")
                .contains("Agenda:");
        assertThat(content.warnings()).singleElement().extracting(FeedWarning::message).asString()
                .contains("DESCRIPTION is not the", "all of it is read as the description");
    }

    @Test
    @DisplayName("a zone written as an offset or as UTC is read back as the same ZoneId")
    void zoneIds() {
        List<Event> events = List.of(
                TestEvents.in("offset", "+05:30", "2021-04-02T10:00", "2021-04-02T12:00"),
                TestEvents.in("z", "Z", "2021-04-02T10:00", "2021-04-02T12:00"));
        assertThat(roundTrip(FeedWriter.create(), events)).containsExactlyElementsOf(events);
        assertThat(events.get(0).zone()).isEqualTo(ZoneId.of("+05:30"));
    }
}
