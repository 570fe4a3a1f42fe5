package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Event;
import dev.agendum.model.JoinLink;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.RoleType;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * Fuzzes the writer with arbitrary strings in the title, description, a person's name, the organiser's name (a CN
 * parameter) and the platform (a LABEL parameter). The feed is written only if no string holds a character the
 * writer refuses (a tab only in a parameter; a name that is not portable is left out of CN and LABEL), and then it
 * has exactly one VEVENT with one PARTICIPANT, only the properties the writer writes (standard ones and Agendum's
 * X-AGENDUM- ones), lines within 75 octets, the title and description back exactly under RFC 5545's unescaping, and
 * {@link FeedReader} reads back an equal event.
 *
 * <p>Every build runs the committed inputs under {@code WriterFuzzTestInputs/}; to fuzz, run
 * {@code JAZZER_FUZZ=1 mvn -B -pl ical test -Dtest=WriterFuzzTest}.
 */
class WriterFuzzTest {

    private static final Set<String> PROPERTIES = Set.of("UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND",
            "SUMMARY", "DESCRIPTION", "LOCATION", "ORGANIZER", "CONTACT", "STATUS", "CONFERENCE");

    @FuzzTest(maxDuration = "60s")
    void writesAnyTextSafelyOrRefusesIt(FuzzedDataProvider data) throws Exception {
        String title = text(data.consumeString(300));
        String name = text(data.consumeString(100));
        String organiser = text(data.consumeString(100));
        String platform = text(data.consumeString(50));
        String description = text(data.consumeRemainingAsString());
        Event event = TestEvents.in("Europe/Amsterdam", "2021-04-02T10:00", "2021-04-02T12:00").toBuilder()
                .title(LocalizedText.of("nl", title))
                .description(LocalizedText.of("nl", description))
                .online(new OnlineLocation(Optional.of(platform),
                        Optional.of(JoinLink.known(URI.create("https://example.org/live"))),
                        Set.of(ConferenceFeature.VIDEO)))
                .organiser(new Organisation(LocalizedText.of("nl", organiser), Optional.empty(), Optional.empty()))
                .person(Person.of("p", name).withEmail("p@example.org"))
                .participation(Participation.of("p", RoleType.SPEAKER))
                .contact(dev.agendum.model.Contact.person(dev.agendum.model.Contact.Role.INFORMATION, "p"))
                .build();
        boolean refusable = List.of(title, name, organiser, platform, description).stream()
                .anyMatch(WriterFuzzTest::hasRefusedCharacter)
                || Stream.of(organiser, platform).anyMatch(p -> p.indexOf('\t') >= 0 && ContentLineWriter.portable(p));
        String feed;
        try {
            feed = FeedWriter.create().write(List.of(event));
        } catch (IllegalArgumentException refused) {
            assertThat(refusable).as("refused %s", refused.getMessage()).isTrue();
            return;
        }
        assertThat(refusable).as("wrote a refusable string").isFalse();
        FeedAssertions.assertLinesWithin75Octets(feed);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<? extends Component> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperties().stream().map(Property::getName)
                .filter(n -> !n.startsWith("X-AGENDUM-")).collect(Collectors.toSet())).isSubsetOf(PROPERTIES);
        assertThat(FeedAssertions.unfold(feed).split("BEGIN:PARTICIPANT", -1)).hasSize(2);
        assertThat(FeedAssertions.unescape(FeedAssertions.rawValue(feed, "SUMMARY"))).isEqualTo(title);
        assertThat(FeedAssertions.unescape(FeedAssertions.rawValue(feed, "DESCRIPTION")))
                .startsWith(description + "\n\n");
        assertThat(FeedReader.create().read(feed).events()).containsExactly(event);
    }

    /**
     * Fuzzes e-mail addresses: every one the validator accepts is written as an RFC 6068 {@code mailto:} URI in
     * ORGANIZER (a desk's) and CALENDAR-ADDRESS (a participant's, published), ical4j reads the feed, the URI decodes
     * to the address, and {@link FeedReader} reads the event back equal. Regression inputs hold one address each.
     */
    @FuzzTest(maxDuration = "60s")
    void writesAnyAcceptedAddressAsAMailtoUri(FuzzedDataProvider data) throws Exception {
        String address = data.consumeRemainingAsAsciiString();
        Event event = MailtoTest.withAddress(address);
        if (!VALIDATOR.validate(event, java.util.Locale.ENGLISH).isEmpty()) {
            return;
        }
        String feed = FeedWriter.builder().publishPersonalDetails(true).build().write(List.of(event));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        Component vevent = calendar.getComponents(Component.VEVENT).get(0);
        net.fortuna.ical4j.model.property.Organizer organizer = vevent
                .<net.fortuna.ical4j.model.property.Organizer>getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getCalAddress().getScheme()).isEqualTo("mailto");
        assertThat(organizer.getCalAddress().getSchemeSpecificPart()).isEqualTo(address);
        assertThat(FeedAssertions.rawValue(feed, "CALENDAR-ADDRESS")).startsWith("mailto:")
                .isEqualTo(FeedAssertions.rawValue(feed, "ORGANIZER"));
        assertThat(FeedReader.create().read(feed).events()).containsExactly(event);
        assertThat(FeedReader.create().read(FeedWriter.builder().lossless(false).publishPersonalDetails(true).build()
                .write(List.of(event))).events().get(0).people()).extracting(p -> p.email().orElse(""))
                .contains(address);
    }

    private static final dev.agendum.validation.EventValidator VALIDATOR =
            dev.agendum.validation.EventValidator.create();

    /** LocalizedText and Person refuse blank text at construction; the fuzzer's blanks become a letter. */
    private static String text(String value) {
        return value.isBlank() ? value + "x" : value;
    }

    private static boolean hasRefusedCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                    || ContentLineWriter.isNoncharacter(c);
            boolean unpaired = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)));
            if (control || unpaired) {
                return true;
            }
            if (Character.isHighSurrogate(c) && !unpaired) {
                i++;
            }
        }
        return false;
    }
}
