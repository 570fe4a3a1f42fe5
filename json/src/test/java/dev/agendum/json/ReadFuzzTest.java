package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agendum.model.Event;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzes reading: whatever the input, a validating read either returns events or throws
 * {@link AgendumJsonException} with at least one located problem, and what it returns is a fixed point of
 * write→read→write.
 *
 * <p>Every build runs the committed inputs under {@code ReadFuzzTestInputs/} (regression mode). To fuzz, run
 * {@code JAZZER_FUZZ=1 mvn -B -pl json test -Dtest=ReadFuzzTest} (see the README); a finding is written there as a new
 * input and must be fixed, then committed.
 */
class ReadFuzzTest {

    private static final AgendumJson VALIDATING = AgendumJson.builder().validate(Locale.ENGLISH)
            .maxDocumentLength(64 * 1024).build();
    private static final AgendumJson PLAIN = AgendumJson.create();

    @FuzzTest(maxDuration = "60s")
    void readsOrRefusesWithAPointer(FuzzedDataProvider data) {
        String document = data.consumeRemainingAsString();
        List<Event> events;
        try {
            events = VALIDATING.readEvents(document);
        } catch (AgendumJsonException refused) {
            assertThat(refused.problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.pointer()).matches("(/[^/]*)*"));
            return;
        }
        String written = PLAIN.writeEvents(events);
        List<Event> reread = PLAIN.readEvents(written);
        assertThat(reread).isEqualTo(events);
        assertThat(PLAIN.writeEvents(reread)).isEqualTo(written);
    }
}
