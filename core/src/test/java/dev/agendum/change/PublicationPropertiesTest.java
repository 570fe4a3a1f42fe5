package dev.agendum.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.EventStatus;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.testing.Versions;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties over 2 000 generated pairs of versions (seeded: a failure names its pair and can be replayed). */
@DisplayName("Publishing generated pairs of versions")
class PublicationPropertiesTest {

    private static final int PAIRS = 2_000;
    private static final Publisher PUBLISHER = Publisher.at(Versions.REPUBLISHED);

    @Test
    @DisplayName("the revision never goes down, and rises exactly when a significant edit was made")
    void revisionRisesExactlyWithSignificance() {
        Versions versions = Versions.seeded(13);
        for (int n = 0; n < PAIRS; n++) {
            Versions.Pair pair = versions.pair();
            Published next = PUBLISHER.publish(pair.published(), pair.next());
            int before = pair.published().revision().number();
            int after = next.event().revision().number();
            assertThat(after).as("pair %d: %s", n, pair.edits()).isGreaterThanOrEqualTo(before);
            assertThat(after > before).as("pair %d: %s gave %s", n, pair.edits(), next.changes().changes())
                    .isEqualTo(pair.significant());
            assertThat(next.changes().significant()).as("pair %d", n).isEqualTo(pair.significant());
            assertThat(next.changes().isEmpty()).as("pair %d", n).isEqualTo(pair.edits().isEmpty());
        }
    }

    @Test
    @DisplayName("a version compared with itself gives no change and the very same event")
    void itself() {
        Versions versions = Versions.seeded(14);
        for (int n = 0; n < PAIRS; n++) {
            Versions.Pair pair = versions.pair();
            Published once = PUBLISHER.publish(pair.published(), pair.next());
            Published again = Publisher.at(Versions.REPUBLISHED.plusSeconds(60)).publish(once.event(), once.event());
            assertThat(again.changes().changes()).as("pair %d", n).isEmpty();
            assertThat(again.event()).as("pair %d", n).isEqualTo(once.event());
        }
    }

    @Test
    @DisplayName("every removed item appears once, cancelled, under its old id, and is reported once as removed")
    void removedItemsStayCancelled() {
        Versions versions = Versions.seeded(15);
        for (int n = 0; n < PAIRS; n++) {
            Versions.Pair pair = versions.pair();
            Published next = PUBLISHER.publish(pair.published(), pair.next());
            Set<String> published = pair.published().programme().allItems().stream().map(ProgrammeItem::id)
                    .collect(Collectors.toSet());
            for (String id : pair.removed()) {
                if (!published.contains(id)) {
                    continue;  // added and removed again within the same edits: never published
                }
                assertThat(next.event().programme().allItems()).as("pair %d", n)
                        .filteredOn(i -> i.id().equals(id)).singleElement()
                        .satisfies(i -> assertThat(i.status()).isEqualTo(EventStatus.CANCELLED));
                assertThat(next.changes().changes()).as("pair %d", n)
                        .filteredOn(c -> c.kind() == ChangeKind.ITEM_REMOVED && c.item().get().id().equals(id))
                        .hasSize(1);
            }
        }
    }
}
