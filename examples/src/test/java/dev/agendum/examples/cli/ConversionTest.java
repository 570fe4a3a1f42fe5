package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agendum.examples.Announcements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
        Conversion.writeFeed(Announcements.all(), false, Optional.empty(), dir.resolve("here.ics"));
        Conversion.finish(Conversion.startFeed(Announcements.all(), false, Optional.empty(), dir.resolve("there.ics")));
        assertThat(Files.readAllBytes(dir.resolve("there.ics"))).isEqualTo(Files.readAllBytes(dir.resolve("here.ics")));
    }

    @Test
    @DisplayName("report a feed that could not be written with its own exception, not a wrapper")
    void feedFailure() {
        Path nowhere = dir.resolve("missing").resolve("events.ics");
        CompletableFuture<Void> feed = Conversion.startFeed(Announcements.all(), false, Optional.empty(), nowhere);
        assertThatThrownBy(() -> Conversion.finish(feed)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(nowhere.toString());
    }

    @Test
    @DisplayName("pass on an error of a task as it was thrown")
    void errors() {
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("broken"));
        assertThatThrownBy(() -> Conversion.finish(failed)).isInstanceOf(IllegalStateException.class)
                .hasMessage("broken");
    }
}
