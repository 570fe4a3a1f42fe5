package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ImportReport")
class ImportReportTest {

    @Test
    @DisplayName("lists every value with its basis, what could not be placed, and files without a draft")
    void lists() {
        Draft draft = Scoring.IMPORTER.read("a.md", "# Sessie\n\n3 juni 2024, 10.00-11.00 uur online\n\n"
                + "Deelnemen? [Klik hier](#)\n");
        String report = ImportReport.write(List.of(ImportReport.Entry.of("a.md", draft),
                ImportReport.Entry.failed("b.txt", "no date found")));
        assertThat(report).contains("## a.md", "| `start` | 2024-06-03T10:00 |", "\"Klik hier\"",
                "link without a target", "## b.txt", "No draft: no date found");
    }

    @Test
    @DisplayName("escapes the input's words, so that no text becomes markup")
    void escapes() {
        Draft draft = Scoring.IMPORTER.read("a.txt", "<b>Bold</b> | *x*\n\n3 juni 2024, 10.00-11.00 uur\n");
        String report = ImportReport.write(List.of(ImportReport.Entry.of("a.txt", draft)));
        assertThat(report).contains("\\<b\\>Bold\\</b\\> \\| \\*x\\*").doesNotContain("<b>");
    }
}
