package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzzes the importer: whatever text it is given, as plain text, Markdown or HTML, it either gives a draft or refuses
 * with {@link NotAnAnnouncementException}, never another exception, and a draft's event holds the start it reports.
 *
 * <p>Every build runs the committed inputs under {@code AnnouncementImporterFuzzTestInputs/} (regression mode). To
 * fuzz, run {@code JAZZER_FUZZ=1 mvn -B -pl examples/importer test -Dtest=AnnouncementImporterFuzzTest} (see the
 * README); a finding is written there as a new input and must be fixed, then committed.
 */
class AnnouncementImporterFuzzTest {

    private static final AnnouncementImporter IMPORTER = AnnouncementImporter.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC)).build();

    @FuzzTest(maxDuration = "60s")
    void readsOrRefuses(FuzzedDataProvider data) {
        SourceFormat format = data.pickValue(SourceFormat.values());
        String text = data.consumeRemainingAsString();
        Draft draft;
        try {
            draft = IMPORTER.read(format, text);
        } catch (NotAnAnnouncementException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(draft.event().start()).isNotNull();
    }
}
