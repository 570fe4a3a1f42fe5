package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.ical.IndependentParsers.Read;
import dev.agendum.model.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mozilla's ical.js, python's icalendar (with {@code Timezone.to_tz()}), vobject and libical, run as separate
 * processes on a feed written to {@code target/independent-parsers/}, read what Agendum meant: every VEVENT, its UID and SUMMARY, its start and end
 * as UTC instants (a point in time without end), with its zone resolved, and its PARTICIPANTs. Under {@code CI=true}
 * a missing parser fails; locally the test is skipped with the command that installs it.
 */
@DisplayName("Independent parsers (ical.js, python icalendar, vobject, libical)")
class IndependentParsersTest {

    private static final String COMPLETE = "complete-2021-04-02@agendum.dev";
    private static final List<Event> EVENTS = List.of(
            TestEvents.complete(),
            TestEvents.in("seminar", "Europe/Amsterdam", "2021-01-15T14:00", "2021-01-15T15:00"),
            TestEvents.in("kolkata", "Asia/Kolkata", "2021-04-02T10:00", "2021-04-02T12:00"),
            TestEvents.in("sydney", "Australia/Sydney", "2021-04-04T01:00", "2021-04-04T04:00"));

    /** UID, SUMMARY, start, end (empty for a point in time), PARTICIPANT count, in feed order. */
    private static final Tuple[] EXPECTED = {
        tuple(COMPLETE, "Samenwerken als één overheid", "2021-04-02T08:00:00Z", "2021-04-02T10:00:00Z", 2),
        tuple("welkom." + COMPLETE, "Welkom", "2021-04-02T08:00:00Z", "2021-04-02T08:05:00Z", 1),
        tuple("gesprek." + COMPLETE, "Tafelgesprek", "2021-04-02T08:05:00Z", "2021-04-02T10:00:00Z", 2),
        tuple("vragen." + COMPLETE, "Vragen", "2021-04-02T09:30:00Z", "2021-04-02T10:00:00Z", 0),
        tuple("afsluiting." + COMPLETE, "Afsluiting", "2021-04-02T10:00:00Z", "", 0),
        // 14.00–15.00 in Amsterdam in winter: UTC+1.
        tuple("seminar@agendum.dev", "Lezing", "2021-01-15T13:00:00Z", "2021-01-15T14:00:00Z", 0),
        // Kolkata: UTC+5.30 all year.
        tuple("kolkata@agendum.dev", "Lezing", "2021-04-02T04:30:00Z", "2021-04-02T06:30:00Z", 0),
        // Sydney's summer time ends at 03.00 that night: starts at UTC+11, ends at UTC+10.
        tuple("sydney@agendum.dev", "Lezing", "2021-04-03T14:00:00Z", "2021-04-03T18:00:00Z", 0)
    };

    private static Path feed;

    @BeforeAll
    static void writeFeed() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "independent-parsers"));
        feed = Files.writeString(dir.resolve("fixtures.ics"),
                FeedWriter.builder().withItems(true).build().write(EVENTS), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(IndependentParsers.Parser.class)
    @DisplayName("each independent parser reads every VEVENT with its UID, summary, instants and participants")
    void independentParser(IndependentParsers.Parser parser) throws Exception {
        assertReadAsMeant(parser.read(feed));
    }

    private static void assertReadAsMeant(List<Read> read) {
        assertThat(read).hasSize(EXPECTED.length)
                .extracting(Read::uid, Read::summary, Read::start, Read::end, Read::participants)
                .containsExactly(EXPECTED);
        assertThat(read).allSatisfy(r -> assertThat(r.zoneResolved()).as("zone of %s resolved", r.uid()).isTrue());
    }
}
