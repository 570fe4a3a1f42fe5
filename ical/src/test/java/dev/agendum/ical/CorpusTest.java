package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Event;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The corpus of real clients' shapes ({@code corpus/README.md}) read by Agendum and by Mozilla's ical.js: every feed
 * ical.js reads is read, and at least 98 % of ical.js's master VEVENTs come back with the same title and start
 * (the same instant; for floating times the same local time, for dates the same date). Where ical.js fails,
 * Agendum still reads the feed's events.
 */
@DisplayName("Corpus of real clients' feeds")
class CorpusTest {

    private static final FeedReader READER = FeedReader.create();

    @Test
    @DisplayName("every feed ical.js reads is read, with at least 98 % of its events' titles and starts the same")
    void agreesWithIcalJs() throws Exception {
        List<Path> feeds = feeds();
        assertThat(feeds).hasSizeGreaterThanOrEqualTo(40);
        int masters = 0;
        int same = 0;
        int readByIcalJs = 0;
        List<String> differences = new ArrayList<>();
        for (Path feed : feeds) {
            FeedContent content = READER.read(feed);
            Optional<List<IndependentParsers.Master>> icalJs = IndependentParsers.icalJsMasters(feed);
            if (icalJs.isEmpty()) {
                assertThat(content.events()).as(feed.getFileName() + ", which ical.js cannot parse").isNotEmpty();
                continue;
            }
            readByIcalJs++;
            assertThat(content.events()).as(feed.getFileName().toString()).isNotEmpty();
            for (IndependentParsers.Master master : icalJs.get()) {
                masters++;
                if (content.events().stream().anyMatch(e -> same(e, master))) {
                    same++;
                } else {
                    differences.add(feed.getFileName() + ": ical.js " + master + ", Agendum " + content.events()
                            .stream().map(e -> e.title().text() + " " + e.startAt()).toList());
                }
            }
        }
        // The figures go to the test report: how far Agendum and ical.js agree on this corpus.
        System.out.printf("corpus: %d feeds, %d read by ical.js; %d of %d ical.js master events the same%n",
                feeds.size(), readByIcalJs, same, masters);
        assertThat(masters).isGreaterThanOrEqualTo(40);
        assertThat(same * 100.0 / masters).as("same title and start for %d of %d events; differences:%n%s", same,
                masters, String.join("\n", differences)).isGreaterThanOrEqualTo(98.0);
    }

    @Test
    @DisplayName("each feed is read without an error, and what was left out is a warning with a line")
    void readsEveryFeed() throws Exception {
        for (Path feed : feeds()) {
            FeedContent content = READER.read(feed);
            assertThat(content.events()).as(feed.getFileName().toString()).isNotEmpty();
            assertThat(content.warnings()).allSatisfy(w -> assertThat(w.line()).isPositive());
        }
    }

    private static boolean same(Event event, IndependentParsers.Master master) {
        if (!event.title().text().equals(master.summary())) {
            return false;
        }
        if (master.date()) {
            return event.allDay() && event.start().toLocalDate().equals(LocalDate.parse(master.local()));
        }
        if (master.floating()) {
            return event.start().equals(LocalDateTime.parse(master.local().replace("Z", "")));
        }
        return event.startAt().toInstant().equals(Instant.parse(master.start()));
    }

    static List<Path> feeds() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(CorpusTest.class.getResource("corpus").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ics")).sorted().toList();
        }
    }
}
