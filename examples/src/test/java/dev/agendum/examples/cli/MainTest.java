package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The agendum command's usage, help, standard input and messages")
class MainTest {

    private static final String SEMINAR = "pbl-nsob-seminar-2021-01-15.json";

    private static CommandRun run(String... args) {
        return CommandRun.agendum(args);
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = MainTest.class.getResourceAsStream(Inputs.BUNDLED_FOLDER + name)) {
            return in.readAllBytes();
        }
    }

    @Nested
    @DisplayName("help")
    class Help {

        @Test
        @DisplayName("fits in 80 columns and gives each command a whole sentence")
        void fits() {
            CommandRun help = run("--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
            assertThat(help.out()).contains("convert   Converts announcements into a calendar feed, JSON-LD and JSON.")
                    .contains("validate  Checks announcements and reports every problem.")
                    .contains("help      Shows the help");
        }

        @Test
        @DisplayName("'help COMMAND' shows the command's usage, within 80 columns")
        void helpCommand() {
            for (String command : List.of("convert", "validate")) {
                CommandRun help = run("help", command);
                assertThat(help.exitCode()).isZero();
                assertThat(help.out()).contains("Usage: agendum " + command);
                assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
                assertThat(help.err()).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("usage")
    class Usage {

        @Test
        @DisplayName("exits 2 with help on an unknown option, a bad language or no command")
        void usageErrors() {
            assertThat(agendum("convert", "--colour").exitCode()).isEqualTo(2);
            CommandRun badLanguage = agendum("convert", "--lang", "fr");
            assertThat(badLanguage.exitCode()).isEqualTo(2);
            assertThat(badLanguage.err()).contains("--lang", "Usage:");
            assertThat(agendum().exitCode()).isEqualTo(2);
            assertThat(agendum("validate").exitCode()).isEqualTo(2);
        }

        @Test
        @DisplayName("prints help and the version")
        void helpAndVersion() {
            CommandRun help = agendum("--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("convert", "validate");
            assertThat(agendum("convert", "--help").out()).contains("--with-items", "--out", "Exit codes");
            CommandRun version = agendum("--version");
            assertThat(version.exitCode()).isZero();
            assertThat(version.out()).startsWith("agendum ");
        }
    }

    @Nested
    @DisplayName("command models")
    class Models {

        @Test
        @DisplayName("a run that names its command builds that command's model alone")
        void namedCommand() {
            for (String name : List.of("convert", "validate", "import")) {
                picocli.CommandLine command = new picocli.CommandLine(new Main());
                Main.addCommands(command, name, "--out", "x");
                assertThat(command.getSubcommands()).containsOnlyKeys(name);
            }
        }

        @Test
        @DisplayName("help, version, no command or an unknown one build all, for the command list")
        void allCommands() {
            for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "convert"},
                    new String[] {"export"})) {
                picocli.CommandLine command = new picocli.CommandLine(new Main());
                Main.addCommands(command, args);
                assertThat(command.getSubcommands()).containsOnlyKeys("convert", "validate", "import", "help");
            }
        }
    }

    @Nested
    @DisplayName("standard input")
    class StandardInput {

        @Test
        @DisplayName("a file named - is read from standard input")
        void dash() throws IOException {
            List<Event> events = new ArrayList<>();
            Inputs.Read read = Inputs.read(Inputs.of(List.of(Path.of("-")), new ByteArrayInputStream(bundled(SEMINAR))),
                    AgendumJson.builder().buildStreams(), events::add);
            assertThat(read.problems()).isEmpty();
            assertThat(events).extracting(event -> event.id()).containsExactly("pbl-nsob-seminar-2021-01-15");
        }

        @Test
        @DisplayName("problems in standard input are reported as stdin's")
        void problems() {
            byte[] bad = "{\"format\": \"agendum/1\", \"event\": {\"id\": 3}}".getBytes(StandardCharsets.UTF_8);
            Inputs.Read read = Inputs.read(Inputs.of(List.of(Path.of("-")), new ByteArrayInputStream(bad)),
                    AgendumJson.builder().buildStreams(), event -> { });
            assertThat(read.problems()).first().asString().startsWith("stdin: /event/id (line 1, column 41)");
        }
    }

    @Nested
    @DisplayName("messages")
    class Messages {

        @Test
        @DisplayName("columns count from 1: an empty file is at line 1, column 1")
        void oneBasedColumns(@TempDir Path folder) throws IOException {
            Path empty = Files.createFile(folder.resolve("empty.json"));
            CommandRun run = run("validate", empty.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("(line 1, column 1)").doesNotContain("column 0");
        }

        @Test
        @DisplayName("a successful run writes nothing on standard error")
        void quiet(@TempDir Path folder) throws IOException {
            Path file = Files.write(folder.resolve(SEMINAR), bundled(SEMINAR));
            CommandRun validate = run("validate", file.toString());
            assertThat(validate.exitCode()).isZero();
            assertThat(validate.err()).isEmpty();
            CommandRun convert = run("convert", "--out", folder.resolve("out").toString());
            assertThat(convert.exitCode()).isZero();
            assertThat(convert.err()).isEmpty();
        }
    }
}
