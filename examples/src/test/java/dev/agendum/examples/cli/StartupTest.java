package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The command's start")
class StartupTest {

    @Nested
    @DisplayName("reads from the raw arguments whether events will be read")
    class Arguments {

        @Test
        @DisplayName("yes for convert and validate")
        void reading() {
            assertThat(Startup.readsEvents("convert")).isTrue();
            assertThat(Startup.readsEvents("validate", "--lang", "nl", "a.json")).isTrue();
        }

        @Test
        @DisplayName("no for help, version, no command or an unknown one")
        void printing() {
            assertThat(Startup.readsEvents()).isFalse();
            assertThat(Startup.readsEvents("--version")).isFalse();
            assertThat(Startup.readsEvents("convert", "--help")).isFalse();
            assertThat(Startup.readsEvents("validate", "-h")).isFalse();
            assertThat(Startup.readsEvents("export")).isFalse();
        }
    }

    @ParameterizedTest(name = "agendum {0}")
    @ValueSource(strings = {"--version", "--help", "convert --help"})
    @DisplayName("in a fresh JVM, prints help and version without loading the validator or Jackson")
    void printsWithoutBuilding(String arguments) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xshare:off", "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments.split(" ")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("picocli.CommandLine ")
                .doesNotContain("org.hibernate.", "jakarta.validation.", "tools.jackson.", "dev.agendum.validation.",
                        "dev.agendum.model.");
    }
}
