package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The development set: announcements written for the project in the styles of real Dutch and English pages, each
 * with its expected values, and the held-out sets that, once scored, joined it. The targets hold for every
 * scored field (recall at least 0.9, precision at least 0.95); over all fields together the set is held higher
 * (recall 0.95, precision 0.97), so that a rule change that costs a few values on the set it was tuned on shows here.
 *
 * <p>The latest held-out set, once scored, is read by the rules' authors like the development set, but stands apart
 * in {@code devset-next} until the rules meet the targets on it too. Its figures are printed and held at what the
 * rules reach today, so that no rule change loses ground on it unseen.
 */
@DisplayName("The development set")
class DevelopmentSetTest {

    static final Path DEVELOPMENT = Path.of("src/test/resources/dev/agendum/importer/devset");
    static final Path NEXT = Path.of("src/test/resources/dev/agendum/importer/devset-next");

    @Test
    @DisplayName("is read with recall of at least 0.9 and precision of at least 0.95 in every scored field")
    void meetsTheTargets() {
        Scoring.Score score = Scoring.folder(DEVELOPMENT);
        System.out.println(score.table("Development set (" + DEVELOPMENT + ", " + score.files + " announcements)"));
        score.misses.forEach(m -> System.out.println("  " + m));
        score.fields.forEach((field, tally) -> {
            assertThat(tally.recall()).as(field + " recall").isGreaterThanOrEqualTo(0.9);
            assertThat(tally.precision()).as(field + " precision").isGreaterThanOrEqualTo(0.95);
        });
        assertThat(score.total.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(score.total.precision()).as("precision").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    @DisplayName("keeps the next additions (d151-d490) at precision 0.93 and recall 0.87 at least, while short of the targets")
    void holdsTheNextAdditions() {
        Scoring.Score score = Scoring.folder(NEXT);
        System.out.println(score.table("Next additions (" + NEXT + ", " + score.files + " announcements)"));
        score.misses.forEach(m -> System.out.println("  " + m));
        assertThat(score.files).isEqualTo(340);
        assertThat(score.total.precision()).as("precision").isGreaterThanOrEqualTo(0.93);
        assertThat(score.total.recall()).as("recall").isGreaterThanOrEqualTo(0.87);
    }
}
