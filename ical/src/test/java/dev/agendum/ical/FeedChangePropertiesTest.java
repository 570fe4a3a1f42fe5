package dev.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.change.Published;
import dev.agendum.change.Publisher;
import dev.agendum.model.Event;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.testing.Versions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties of the feeds of 500 generated pairs of versions (seeded), written with every item as a VEVENT. */
@DisplayName("Feeds of generated pairs of versions")
class FeedChangePropertiesTest {

    private static final int PAIRS = 500;
    private static final FeedWriter FEED = FeedWriter.builder().withItems(true).build();
    private static final Pattern VEVENT = Pattern.compile("BEGIN:VEVENT\r\nUID:([^\r]*)\r\n(.*?)END:VEVENT",
            Pattern.DOTALL);

    /** One VEVENT of our own output: its SEQUENCE and STATUS, by UID. */
    private record Entry(int sequence, String status) {
    }

    private static Map<String, Entry> entries(String feed) {
        Map<String, Entry> entries = new HashMap<>();
        Matcher m = VEVENT.matcher(feed);
        while (m.find()) {
            String body = m.group(2);
            int sequence = Integer.parseInt(body.replaceAll("(?s).*?SEQUENCE:(\\d+).*", "$1"));
            String status = body.replaceAll("(?s).*?\r\nSTATUS:([A-Z]+).*", "$1");
            Entry previous = entries.put(m.group(1), new Entry(sequence, status));
            assertThat(previous).as("UID %s written twice", m.group(1)).isNull();
        }
        return entries;
    }

    @Test
    @DisplayName("SEQUENCE never goes down, rises exactly with a significant edit, removed items stay CANCELLED once")
    void sequences() {
        Versions versions = Versions.seeded(31);
        for (int n = 0; n < PAIRS; n++) {
            Versions.Pair pair = versions.pair();
            Published next = Publisher.at(Versions.REPUBLISHED).publish(pair.published(), pair.next());
            Map<String, Entry> before = entries(FEED.write(List.of(pair.published())));
            Map<String, Entry> after = entries(FEED.write(List.of(next.event())));
            assertThat(after.keySet()).as("pair %d: every published UID is still there", n)
                    .containsAll(before.keySet());
            for (Map.Entry<String, Entry> was : before.entrySet()) {
                int now = after.get(was.getKey()).sequence();
                assertThat(now).as("pair %d %s", n, was.getKey()).isGreaterThanOrEqualTo(was.getValue().sequence());
                assertThat(now > was.getValue().sequence()).as("pair %d %s: %s", n, was.getKey(), pair.edits())
                        .isEqualTo(pair.significant());
            }
            Set<String> published = pair.published().programme().allItems().stream().map(ProgrammeItem::id)
                    .collect(Collectors.toSet());
            for (String id : pair.removed()) {
                if (published.contains(id)) {
                    String uid = id + "." + pair.published().id() + "@agendum.dev";
                    assertThat(after.get(uid)).as("pair %d %s", n, uid).isNotNull()
                            .extracting(Entry::status).isEqualTo("CANCELLED");
                }
            }
        }
    }

    @Test
    @DisplayName("a version published over itself gives the very same bytes")
    void sameBytes() {
        Versions versions = Versions.seeded(32);
        for (int n = 0; n < PAIRS; n++) {
            Versions.Pair pair = versions.pair();
            Event once = Publisher.at(Versions.REPUBLISHED).publish(pair.published(), pair.next()).event();
            Event again = Publisher.at(Versions.REPUBLISHED.plusSeconds(86_400)).publish(once, once).event();
            assertThat(FEED.write(List.of(again))).as("pair %d", n).isEqualTo(FEED.write(List.of(once)));
        }
    }
}
