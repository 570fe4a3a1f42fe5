package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("agendum's problem lines")
class ProblemLinesTest {

    @TempDir
    Path dir;

    /** A document whose field name and zone try to forge a problem line and clear the screen. */
    private static final String HOSTILE = """
            {"format": "agendum/1", "event": {
              "id": "x",
              "language": "nl",
              "title": {"nl": "Lezing"},
              "zone": "Europe/Amsterdam",
              "x\\r\\nevil.json: /event (line 1, column 1): all is well\\u001b[2J": 1,
              "start": "2021-03-26T20:00",
              "end": "2021-03-26T21:00",
              "allDay": false,
              "attendanceMode": "in-person",
              "status": "scheduled",
              "revision": {"number": 0, "published": "2021-03-01T08:00:00Z"}
            }}
            """;

    @Test
    @DisplayName("show document text escaped, one problem per line, whatever the document holds")
    void oneLinePerProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("hostile.json"), HOSTILE, StandardCharsets.UTF_8);
        for (String command : new String[] {"validate", "convert"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = command.equals("validate") ? new String[] {"validate", file.toString()}
                    : new String[] {"convert", "--out", dir.resolve("out").toString(), file.toString()};
            int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
            assertThat(code).as(command).isEqualTo(1);
            assertThat(err.toString()).as(command).doesNotContain("\r", "\u001B", "all is well\n")
                    .contains("\\u000D\\u000Aevil.json: ~1event (line 1, column 1): all is well\\u001B[2J");
            assertThat(err.toString().lines().filter(line -> line.contains("/event")))
                    .as(command).hasSize(1);
        }
    }
}
