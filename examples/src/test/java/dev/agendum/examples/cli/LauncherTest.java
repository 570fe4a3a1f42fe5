package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The jar's launcher")
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("takes the caller's JVM options from before -jar, and none when there is no -jar")
    void jvmOptions() {
        assertThat(Launcher.jvmOptions("-Xmx64m", "-Dx=y", "-jar", "agendum.jar", "convert", "-Xmx1m"))
                .containsExactly("-Xmx64m", "-Dx=y");
        assertThat(Launcher.jvmOptions("-cp", "agendum.jar", "dev.agendum.examples.cli.Main")).isEmpty();
    }

    @Test
    @DisplayName("relaunches on the same jar with the archive beside it, C1 only in one thread, the serial collector"
            + " and no performance data")
    void command() {
        Path jar = dir.resolve("agendum.jar");
        List<String> command = Launcher.command(jar, List.of("-Xmx64m"), false, "convert", "--out", "x");
        assertThat(command.get(0)).endsWith("java");
        assertThat(command).contains("-XX:SharedArchiveFile=" + dir.resolve("agendum.jsa"), "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmx64m", "-Dagendum.relaunch=false");
        assertThat(command.subList(command.size() - 6, command.size()))
                .containsExactly("-cp", jar.toString(), Main.class.getName(), "convert", "--out", "x");
    }

    @Test
    @DisplayName("leaves the collector, compiler and performance data to a caller who chose them, the optimiser to"
            + " large inputs")
    void callerChoices() {
        Path jar = dir.resolve("agendum.jar");
        assertThat(Launcher.command(jar, List.of("-XX:+UseG1GC", "-XX:TieredStopAtLevel=4", "-XX:+UsePerfData"), false,
                "convert")).doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:-UsePerfData");
        assertThat(Launcher.command(jar, List.of("-XX:CICompilerCount=2"), false, "convert"))
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        assertThat(Launcher.command(jar, List.of(), true, "convert"))
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    }

    @Test
    @DisplayName("counts only the files among the arguments as input")
    void largeInput() throws IOException {
        Path small = Files.writeString(dir.resolve("small.json"), "{}");
        assertThat(Launcher.largeInput("convert", "--out", dir.toString(), small.toString())).isFalse();
        assertThat(Launcher.largeInput("convert", "missing.json", "\u0000")).isFalse();
    }

    @Test
    @DisplayName("runs in this JVM when told not to relaunch")
    void optOut() {
        String before = System.getProperty("agendum.relaunch");
        System.setProperty("agendum.relaunch", "false");
        try {
            assertThat(Launcher.command("convert")).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("agendum.relaunch");
            } else {
                System.setProperty("agendum.relaunch", before);
            }
        }
    }
}
