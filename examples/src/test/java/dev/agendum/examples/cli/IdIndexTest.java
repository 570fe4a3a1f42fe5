package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The index of event ids")
class IdIndexTest {

    @Test
    @DisplayName("tells a new id from one seen before, and which input brought it, as a map of strings would")
    void likeAMap() {
        IdIndex index = new IdIndex();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(19);
        for (int i = 0; i < 50_000; i++) {
            String id = "event-" + random.nextInt(30_000);
            int input = i / 1_000;
            Integer earlier = expected.putIfAbsent(id, input);
            assertThat(index.add(id, input)).as(id).isEqualTo(earlier == null ? -1 : earlier);
        }
    }

    @Test
    @DisplayName("keeps ids apart that differ in one character, in order, or in length")
    void nearIds() {
        IdIndex index = new IdIndex();
        for (String id : new String[] {"ab", "ba", "a", "abc", "ab\u0000", "Ab", "", " "}) {
            assertThat(index.add(id, 0)).as("'%s'", id).isEqualTo(-1);
        }
        assertThat(index.add("ba", 1)).isZero();
    }
}
