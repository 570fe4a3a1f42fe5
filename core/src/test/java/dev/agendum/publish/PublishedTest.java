package dev.agendum.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Fixtures;
import dev.agendum.model.Revision;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Published: ETag, Last-Modified and conditional GET")
class PublishedTest {

    private static final Instant CHANGED = Instant.parse("2021-01-10T09:30:15.250Z");
    private static final Published FEED = Published.of("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", CHANGED);
    private static final Optional<String> NONE = Optional.empty();

    @Nested
    @DisplayName("validators")
    class Validators {

        @Test
        @DisplayName("the ETag is strong, quoted, and the same for the same bytes")
        void etagFromBytes() {
            Published same = Published.of("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8),
                    Instant.EPOCH);
            assertThat(FEED.etag()).matches("\"[A-Za-z0-9_-]{22}\"").isEqualTo(same.etag());
            assertThat(Published.of("BEGIN:VCALENDAR\r\n", CHANGED).etag()).isNotEqualTo(FEED.etag());
        }

        @Test
        @DisplayName("Last-Modified is an HTTP date, to the second")
        void lastModified() {
            assertThat(FEED.lastModified()).isEqualTo("Sun, 10 Jan 2021 09:30:15 GMT");
            assertThat(FEED.lastModifiedInstant()).isEqualTo(Instant.parse("2021-01-10T09:30:15Z"));
        }

        @Test
        @DisplayName("Last-Modified of a feed is its newest revision; the epoch for an empty feed")
        void newestRevision() {
            var older = Fixtures.seminar().build();
            var newer = Fixtures.seminar().revision(Revision.of(3, Instant.parse("2021-01-12T08:00:00Z"))).build();
            assertThat(Published.lastModifiedOf(List.of(older, newer, older))).isEqualTo("2021-01-12T08:00:00Z");
            assertThat(Published.lastModifiedOf(List.of())).isEqualTo(Instant.EPOCH);
        }

        @Test
        @DisplayName("the body is copied in and out")
        void bodyCopied() {
            byte[] bytes = {1, 2, 3};
            Published published = Published.of(bytes, CHANGED);
            bytes[0] = 9;
            published.body()[1] = 9;
            assertThat(published.body()).containsExactly(1, 2, 3);
        }
    }

    @Nested
    @DisplayName("If-None-Match")
    class IfNoneMatch {

        @Test
        @DisplayName("304 for the current tag, alone, in a list, weak, or *")
        void matches() {
            String tag = FEED.etag();
            for (String header : List.of(tag, "\"other\", " + tag, "W/" + tag, "*", " " + tag + " ")) {
                assertThat(FEED.status(Optional.of(header), NONE)).as(header).isEqualTo(304);
            }
        }

        @Test
        @DisplayName("200 for another tag, an unquoted tag or an empty header")
        void doesNotMatch() {
            String bare = FEED.etag().replace("\"", "");
            for (String header : List.of("\"other\"", bare, "", "W/")) {
                assertThat(FEED.status(Optional.of(header), NONE)).as(header).isEqualTo(200);
            }
        }

        @Test
        @DisplayName("takes precedence: a non-matching tag gives 200 even with a later If-Modified-Since")
        void precedence() {
            assertThat(FEED.status(Optional.of("\"other\""), Optional.of("Mon, 01 Jan 2035 00:00:00 GMT")))
                    .isEqualTo(200);
        }
    }

    @Nested
    @DisplayName("If-Modified-Since")
    class IfModifiedSince {

        @Test
        @DisplayName("304 at or after the last modification, 200 before it")
        void byDate() {
            assertThat(FEED.status(NONE, Optional.of("Sun, 10 Jan 2021 09:30:15 GMT"))).isEqualTo(304);
            assertThat(FEED.status(NONE, Optional.of("Mon, 11 Jan 2021 00:00:00 GMT"))).isEqualTo(304);
            assertThat(FEED.status(NONE, Optional.of("Sun, 10 Jan 2021 09:30:14 GMT"))).isEqualTo(200);
        }

        @Test
        @DisplayName("a malformed date is ignored: 200")
        void malformed() {
            assertThat(FEED.status(NONE, Optional.of("yesterday"))).isEqualTo(200);
            assertThat(FEED.status(NONE, NONE)).isEqualTo(200);
        }
    }
}
