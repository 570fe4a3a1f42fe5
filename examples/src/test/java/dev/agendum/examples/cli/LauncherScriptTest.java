package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's launcher, {@code examples/agendum}, run by {@code sh} on a copy beside a stand-in jar and archive, with
 * a stand-in {@code java} that prints the command line it was given, one word a line.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@DisplayName("The launcher script examples/agendum")
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("agendum");

    @TempDir
    Path temporary;

    /** Where the copy lives: a folder whose path holds a space, as many home folders do. */
    private Path dir;

    private Path jar;
    private Path archive;
    private Path javaHome;

    @BeforeEach
    void layout() throws IOException {
        dir = Files.createDirectories(temporary.resolve("my tools"));
        Files.copy(SCRIPT, dir.resolve("agendum"));
        jar = Files.writeString(Files.createDirectories(dir.resolve("target")).resolve("agendum.jar"), "jar");
        archive = Files.writeString(dir.resolve("target/agendum.jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000));
        javaHome = dir.resolve("jdk");
        Path java = Files.writeString(Files.createDirectories(javaHome.resolve("bin")).resolve("java"),
                "#!/bin/sh\nfor word in \"$@\"; do echo \"$word\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    @DisplayName("starts one JVM on the jar's command with the archive, C1 only in one thread, the serial collector"
            + " and no performance data")
    void fastStart() throws Exception {
        List<String> words = run(Map.of(), "convert", "--out", "my out");
        String real = dir.toRealPath().toString();
        assertThat(words).contains("-XX:SharedArchiveFile=" + real + "/target/agendum.jsa", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Dagendum.relaunch=false");
        assertThat(words.subList(words.size() - 6, words.size()))
                .containsExactly("-cp", real + "/target/agendum.jar", Main.class.getName(), "convert", "--out", "my out");
    }

    @Test
    @DisplayName("leaves out an archive older than the jar, which would not match it")
    void staleArchive() throws Exception {
        Files.setLastModifiedTime(archive, FileTime.fromMillis(500_000));
        assertThat(run(Map.of(), "convert")).noneMatch(word -> word.startsWith("-XX:SharedArchiveFile"))
                .contains("-XX:TieredStopAtLevel=1", Main.class.getName());
        Files.delete(archive);
        assertThat(run(Map.of(), "convert")).noneMatch(word -> word.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    @DisplayName("passes AGENDUM_OPTS on, a collector, compiler or performance-data choice there replacing its own")
    void callerOptions() throws Exception {
        List<String> words = run(Map.of("AGENDUM_OPTS", "-Xmx64m -XX:+UseG1GC -XX:TieredStopAtLevel=4 -XX:+UsePerfData"),
                "convert");
        assertThat(words).contains("-Xmx64m", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=4", "-XX:+UsePerfData")
                .doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                        "-XX:-UsePerfData");
    }

    @Test
    @DisplayName("gives inputs over 16 MiB the optimising compiler too")
    void largeInput() throws Exception {
        Path small = Files.writeString(dir.resolve("small.json"), "{}");
        Path large = dir.resolve("large.json");
        Files.write(large, new byte[(int) Launcher.LARGE_INPUT + 1]);
        assertThat(run(Map.of(), "convert", small.toString())).contains("-XX:TieredStopAtLevel=1");
        assertThat(run(Map.of(), "convert", small.toString(), large.toString()))
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    }

    @Test
    @DisplayName("says how to build the jar when it is missing")
    void missingJar() throws Exception {
        Files.delete(jar);
        Process process = start(Map.of(), "convert");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err).contains("agendum.jar is missing", "mvn -B -q install -DskipTests");
    }

    private List<String> run(Map<String, String> environment, String... args) throws Exception {
        Process process = start(environment, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", dir.resolve("agendum").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("AGENDUM_OPTS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
