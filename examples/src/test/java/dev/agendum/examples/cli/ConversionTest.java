package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agendum.examples.Announcements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import dev.agendum.ical.FeedWriter;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The command's conversions")
class ConversionTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("write the feed on another thread, the same bytes as on this one")
    void feedOnAnotherThread() throws IOException {
        FeedWriter writer = Conversion.feedWriter(false, Optional.empty(), Optional.empty(), false);
        Conversion.writeFeed(Announcements.all(), writer, dir.resolve("here.ics"));
        Conversion.finish(Conversion.startFeeds(Announcements.all(), Map.of(dir.resolve("there.ics"), writer)));
        assertThat(Files.readAllBytes(dir.resolve("there.ics"))).isEqualTo(Files.readAllBytes(dir.resolve("here.ics")));
    }

    @Test
    @DisplayName("report a feed that could not be written with its own exception, not a wrapper")
    void feedFailure() {
        Path nowhere = dir.resolve("missing").resolve("events.ics");
        CompletableFuture<Void> feed = Conversion.startFeeds(Announcements.all(),
                Map.of(nowhere, Conversion.feedWriter(false, Optional.empty(), Optional.empty(), false)));
        assertThatThrownBy(() -> Conversion.finish(feed)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(nowhere.toString());
    }

    @Test
    @DisplayName("name personal and track feeds after the id or track, in lower case with hyphens")
    void fileNames() {
        assertThat(Conversion.personFeed("ruben-maes")).isEqualTo("events-person-ruben-maes.ics");
        assertThat(Conversion.trackFeed("Zaal A / Beleid")).isEqualTo("events-track-zaal-a-beleid.ics");
        assertThat(Conversion.trackFeed("../..")).startsWith("events-track-x").endsWith(".ics");
        assertThat(Conversion.unmatched(Announcements.all(), java.util.List.of("ruben-maes", "ruben-maes"),
                java.util.List.of())).hasValueSatisfying(m -> assertThat(m).contains("events-person-ruben-maes.ics"));
        assertThat(Conversion.unmatched(Announcements.all(), java.util.List.of("nobody"), java.util.List.of()))
                .hasValue("--person nobody: no event lists this person");
    }

    @Test
    @DisplayName("pass on an error of a task as it was thrown")
    void errors() {
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("broken"));
        assertThatThrownBy(() -> Conversion.finish(failed)).isInstanceOf(IllegalStateException.class)
                .hasMessage("broken");
    }
}
