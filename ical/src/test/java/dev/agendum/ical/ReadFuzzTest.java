package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agendum.model.Event;
import java.util.List;

/**
 * Fuzzes reading: whatever the input, the reader returns events and warnings or throws {@link FeedReadException}
 * (never an ical4j or java.time exception), within its limits, and what it returns can be written again.
 *
 * <p>Every build runs the committed inputs under {@code ReadFuzzTestInputs/}; to fuzz, run
 * {@code JAZZER_FUZZ=1 mvn -B -pl ical test -Dtest=ReadFuzzTest}.
 */
class ReadFuzzTest {

    private static final FeedReader READER = FeedReader.builder().maxCharacters(64 * 1024).maxComponents(500)
            .build();

    @FuzzTest(maxDuration = "60s")
    void readsOrRefusesWithALine(FuzzedDataProvider data) {
        String feed = data.consumeRemainingAsString();
        FeedContent content;
        try {
            content = READER.read(feed);
        } catch (FeedReadException refused) {
            assertThat(refused.line()).isNotNegative();
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(content.warnings()).allSatisfy(w -> assertThat(w.line()).isNotNegative());
        List<Event> events = content.events();
        try {
            FeedAssertions.assertLinesWithin75Octets(FeedWriter.create().write(events));
        } catch (IllegalArgumentException refused) {
            // Text read from a feed may hold control characters the writer refuses; the validator reports them.
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
