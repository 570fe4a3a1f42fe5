package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agendum.examples.Announcements;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.EventStreams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.agendum.ical.FeedWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    @DisplayName("write the collection in pass one, and the feed and JSON-LD from it in pass two, as the whole-list writers do")
    void twoPasses() throws IOException {
        Conversion conversion = Conversion.create(Locale.ENGLISH);
        Path json = dir.resolve("events.json");
        Inputs.Read read = conversion.writeJson(Inputs.of(List.of()), json, EventStreams.UNLIMITED);
        assertThat(read.problems()).isEmpty();
        assertThat(read.events()).isEqualTo(2);
        assertThat(Files.readString(json)).isEqualTo(AgendumJson.create().writeEvents(Announcements.all()));

        FeedWriter writer = Conversion.feedWriter(true, Optional.empty(), Optional.empty(), false);
        conversion.writeFeedsAndJsonLd(json, read.events(), Map.of(dir.resolve("events.ics"), writer),
                Optional.empty(), dir.resolve("events.jsonld"));
        Conversion.writeFeed(Announcements.all(), writer, dir.resolve("whole.ics"));
        assertThat(Files.readAllBytes(dir.resolve("events.ics"))).isEqualTo(Files.readAllBytes(dir.resolve("whole.ics")));
        assertThat(Files.readString(dir.resolve("events.jsonld")))
                .isEqualTo(dev.agendum.json.SchemaOrgWriter.create().write(Announcements.all()));
    }

    @Test
    @DisplayName("replay a collection file as a list, as often as it is walked")
    void replay() {
        Path json = dir.resolve("events.json");
        AgendumJson.create().writeEvents(Announcements.all(), json);
        try (Replay events = new Replay(AgendumJson.builder().buildStreams(), json, 2)) {
            assertThat(events).containsExactlyElementsOf(Announcements.all());
            assertThat(events).containsExactlyElementsOf(Announcements.all());
            assertThat(events.get(1)).isEqualTo(Announcements.all().get(1));
            assertThat(events).hasSize(2);
        }
    }

    @Test
    @DisplayName("report a feed that could not be written with its own exception, not a wrapper")
    void feedFailure() {
        Path json = dir.resolve("events.json");
        AgendumJson.create().writeEvents(Announcements.all(), json);
        Path nowhere = dir.resolve("missing").resolve("events.ics");
        FeedWriter writer = Conversion.feedWriter(false, Optional.empty(), Optional.empty(), false);
        assertThatThrownBy(() -> Conversion.create(Locale.ENGLISH).writeFeedsAndJsonLd(json, 2,
                Map.of(nowhere, writer), Optional.empty(), dir.resolve("events.jsonld")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(nowhere.toString());
    }

    @Test
    @DisplayName("pass on an error of a task as it was thrown")
    void errors() {
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("broken"));
        assertThatThrownBy(() -> Conversion.finish(failed)).isInstanceOf(IllegalStateException.class)
                .hasMessage("broken");
    }
}
