package dev.agendum.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agendum.examples.Announcements;
import dev.agendum.json.AgendumJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code agendum convert} at each rename of its commit, with strace's fault injection (skipped where strace is
 * missing or cannot trace; {@code .ci/run} installs it), and checks what a reader of the output directory would find.
 */
@DisplayName("convert, killed at any rename of its commit")
class CrashSafetyTest {

    private static final List<String> OUTPUTS = List.of(ConvertCommand.FEED, ConvertCommand.JSON_LD,
            ConvertCommand.JSON);

    @TempDir
    Path dir;

    @Test
    @DisplayName("leaves each output complete, old or new, and the next run cleans up what it left")
    void killedAtEachRename() throws Exception {
        assumeTrue(straceWorks(), "strace is not installed or cannot trace here");
        Path input = Files.writeString(dir.resolve("one.json"),
                AgendumJson.create().writeEvents(List.of(Announcements.lerenSamenwerkenAanOpgaven())));
        Map<String, byte[]> old = convert(dir.resolve("old"));
        Map<String, byte[]> fresh = convert(dir.resolve("new"), input.toString());
        OUTPUTS.forEach(name -> assertThat(fresh.get(name)).as(name).isNotEqualTo(old.get(name)));

        int killed = 0;
        for (int rename = 1; rename <= 10; rename++) {
            Path out = copyOf(dir.resolve("old"), dir.resolve("run-" + rename));
            int code = underStrace(rename, out, input);
            if (code == 0) {
                OUTPUTS.forEach(name -> assertThat(read(out, name)).as(name).isEqualTo(fresh.get(name)));
                break;
            }
            killed++;
            for (String name : OUTPUTS) {
                byte[] found = read(out, name);
                assertThat(Arrays.equals(found, old.get(name)) || Arrays.equals(found, fresh.get(name)))
                        .as("%s after a kill at rename %d is the complete old or new version", name, rename).isTrue();
            }
            assertThat(convert(out, input.toString())).as("the next run").isNotNull();
            assertThat(names(out)).as("left after the next run").containsExactlyInAnyOrderElementsOf(OUTPUTS);
        }
        assertThat(killed).as("renames the commit makes: one per output").isEqualTo(OUTPUTS.size());
    }

    /** Runs convert in this JVM and returns what it wrote. */
    private static Map<String, byte[]> convert(Path out, String... files) {
        List<String> args = new ArrayList<>(List.of("convert", "--out", out.toString()));
        args.addAll(List.of(files));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        Map<String, byte[]> written = new HashMap<>();
        OUTPUTS.forEach(name -> written.put(name, read(out, name)));
        return written;
    }

    /** Runs convert in a fresh JVM that strace kills at its {@code rename}th rename; returns its exit code. */
    private static int underStrace(int rename, Path out, Path input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("strace", "-f", "-o", "/dev/null",
                "-e", "inject=rename,renameat,renameat2:signal=KILL:when=" + rename,
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "convert", "--out", out.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("convert under strace ends").isTrue();
        return process.exitValue();
    }

    private static boolean straceWorks() {
        try {
            Process probe = new ProcessBuilder("strace", "-f", "-o", "/dev/null", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : OUTPUTS) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
        return to;
    }

    private static byte[] read(Path out, String name) {
        try {
            return Files.readAllBytes(out.resolve(name));
        } catch (IOException e) {
            throw new AssertionError(name + " cannot be read after the run: " + e, e);
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
