package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agendum.change.Published;
import dev.agendum.change.Publisher;
import dev.agendum.model.Event;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.testing.ChangeFixture;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.validate.ITIPRuleRegistry;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("iTIP messages")
class ItipWriterTest {

    private static final List<String> RECIPIENTS = List.of("carla.jansen@example.nl", "eva.bakker@example.nl");
    private static final ItipWriter ITIP = ItipWriter.builder()
            .organizer("secretariaat@example.nl", "Vereniging voor Bestuurskunde").build();
    private static final Published NEXT = Publisher.at(ChangeFixture.REPUBLISHED)
            .publish(ChangeFixture.published(), ChangeFixture.changed());
    private static final Event WITHDRAWN = Publisher.at(ChangeFixture.REPUBLISHED)
            .withdraw(ChangeFixture.published()).event();
    private static final ProgrammeItem DROPPED = NEXT.event().programme().find("talk-regio").orElseThrow();

    @TempDir
    Path folder;

    /** ical4j's iTIP rules: the calendar's (ITIPValidator), then each VEVENT's for the method (ITIPRuleRegistry). */
    private static List<ValidationEntry> validate(String message) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(message));
        List<ValidationEntry> entries = new ArrayList<>(new ITIPValidator().validate(calendar).getEntries());
        Method method = calendar.<Method>getProperty(Property.METHOD).orElseThrow();
        for (VEvent vevent : calendar.<VEvent>getComponents(Component.VEVENT)) {
            entries.addAll(ITIPRuleRegistry.validate(vevent, method).getEntries());
        }
        return entries.stream().filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR).toList();
    }

    @Nested
    @DisplayName("pass ical4j's iTIP validation")
    class Ical4j {

        @Test
        @DisplayName("METHOD:REQUEST sending the event to its participants")
        void request() throws Exception {
            String request = ITIP.request(NEXT.event(), RECIPIENTS);
            assertThat(FeedAssertions.unfold(request)).contains("METHOD:REQUEST", "UID:vb-middag-2021-04-02@agendum.dev", "SEQUENCE:2",
                    "DTSTAMP:20210320T083000Z", "ORGANIZER;CN=\"Vereniging voor Bestuurskunde\":mailto:secretariaat@example.nl",
                    "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:carla.jansen@example.nl", "BEGIN:VTIMEZONE");
            assertThat(validate(request)).isEmpty();
        }

        @Test
        @DisplayName("METHOD:CANCEL for the cancelled event")
        void cancelEvent() throws Exception {
            String cancel = ITIP.cancel(WITHDRAWN, RECIPIENTS);
            assertThat(FeedAssertions.unfold(cancel)).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2",
                    "UID:vb-middag-2021-04-02@agendum.dev", "SUMMARY;LANGUAGE=nl:Geannuleerd: Middag van de bestuurskunde");
            assertThat(validate(cancel)).isEmpty();
        }

        @Test
        @DisplayName("METHOD:CANCEL for a cancelled item, under the UID of the item's VEVENT in the feed")
        void cancelItem() throws Exception {
            String cancel = ITIP.cancel(NEXT.event(), DROPPED, RECIPIENTS);
            assertThat(FeedAssertions.unfold(cancel)).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2",
                    "UID:talk-regio.vb-middag-2021-04-02@agendum.dev",
                    "DESCRIPTION;LANGUAGE=nl:Geannuleerd: dit programmaonderdeel gaat niet door.");
            assertThat(validate(cancel)).isEmpty();
        }

        @Test
        @DisplayName("a message without its ORGANIZER would not pass: the validation is real")
        void validationIsReal() throws Exception {
            String broken = ITIP.cancel(WITHDRAWN, RECIPIENTS).replaceAll("ORGANIZER[^\r]*\r\n", "");
            assertThat(validate(broken)).isNotEmpty();
        }
    }

    @Nested
    @DisplayName("are read by the independent parsers")
    class Parsers {

        @Test
        @DisplayName("ical.js and python icalendar read the method, UID, status and SEQUENCE of each")
        void both() throws Exception {
            Path request = Files.writeString(folder.resolve("request.ics"), ITIP.request(NEXT.event(), RECIPIENTS));
            Path event = Files.writeString(folder.resolve("cancel-event.ics"), ITIP.cancel(WITHDRAWN, RECIPIENTS));
            Path item = Files.writeString(folder.resolve("cancel-item.ics"),
                    ITIP.cancel(NEXT.event(), DROPPED, RECIPIENTS));
            for (Path file : List.of(request, event, item)) {
                List<ChangeParsers.Read> js = ChangeParsers.icalJs(file);
                assertThat(ChangeParsers.pythonIcalendar(file)).as(file.toString()).isEqualTo(js);
                assertThat(js).singleElement().satisfies(r -> assertThat(r.sequence()).isEqualTo(2));
            }
            assertThat(ChangeParsers.icalJs(request).get(0))
                    .isEqualTo(new ChangeParsers.Read("REQUEST", "vb-middag-2021-04-02@agendum.dev", "CONFIRMED", 2,
                            "2021-03-20T08:30:00Z", "2021-04-02T08:00:00Z"));
            assertThat(ChangeParsers.icalJs(item).get(0))
                    .isEqualTo(new ChangeParsers.Read("CANCEL", "talk-regio.vb-middag-2021-04-02@agendum.dev",
                            "CANCELLED", 2, "2021-03-20T08:30:00Z", "2021-04-02T09:30:00Z"));
        }
    }

    @Nested
    @DisplayName("refuse")
    class Refuse {

        @Test
        @DisplayName("to cancel what is not cancelled, or an item of another event, or to send to nobody")
        void wrongInput() {
            ProgrammeItem scheduled = NEXT.event().programme().find("panel").orElseThrow();
            assertThatThrownBy(() -> ITIP.cancel(NEXT.event(), RECIPIENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not cancelled");
            assertThatThrownBy(() -> ITIP.cancel(NEXT.event(), scheduled, RECIPIENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not cancelled");
            assertThatThrownBy(() -> ITIP.cancel(ChangeFixture.published(), DROPPED, RECIPIENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in event");
            assertThatThrownBy(() -> ITIP.request(NEXT.event(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one attendee");
            assertThatThrownBy(() -> ITIP.request(NEXT.event(), List.of("a b@example.nl")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
