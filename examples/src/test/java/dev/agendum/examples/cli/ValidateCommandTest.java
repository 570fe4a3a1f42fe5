package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.examples.Announcements;
import dev.agendum.json.AgendumJson;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code agendum validate}: reports every problem, writes nothing. */
@DisplayName("agendum validate")
class ValidateCommandTest extends CommandTestBase {

    @Test
    @DisplayName("exits 0 for valid files and writes nothing")
    void valid() throws IOException {
        Path one = file("one.json", AgendumJson.create().writeEvents(Announcements.all()));
        CommandRun run = agendum("validate", one.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 file(s) valid: 2 event(s)");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    @DisplayName("exits 1 with one line per problem")
    void invalid() throws IOException {
        Path bad = file("bad.json", "{\"format\": \"agendum/1\", \"event\": {\"@class\": \"x\"}}");
        CommandRun run = agendum("validate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith(bad + ": /event/@class");
    }
}
