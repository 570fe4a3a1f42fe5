package dev.agendum.examples.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point ({@code java -jar agendum.jar …}): runs the command in a JVM started for a short command-line
 * run. A jar's manifest cannot give the JVM options, and Java 17 has no automatic class-data archive for
 * {@code -jar}; so when the build has made an application class-data archive beside the jar ({@code agendum.jsa},
 * newer than the jar), this starts {@code java} again on the same jar with that archive, the client compiler only
 * in one compiler thread, the serial collector and no performance-data file (each measured in BENCHMARKS.md), forwarding the caller's own JVM options, arguments,
 * streams and exit code. Without a usable archive, or with {@code -Dagendum.relaunch=false} or
 * {@code AGENDUM_RELAUNCH=false}, the command runs in this JVM, as before.
 */
public final class Launcher {

    /** The archive's file name, beside the jar; made by the build (examples/pom.xml). */
    static final String ARCHIVE = "agendum.jsa";
    /** Inputs larger than this get the optimising compiler too: a long run earns back its warm-up. */
    static final long LARGE_INPUT = 16L << 20;
    private static final String OFF = "false";

    private Launcher() {
    }

    /** Runs {@code agendum} with {@code args}, in a relaunched JVM when it can. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Trace.mark("launcher");
        Optional<List<String>> command = command(args);
        if (command.isEmpty()) {
            Main.main(args);
            return;
        }
        Trace.mark("relaunching");
        Process child = new ProcessBuilder(command.get()).inheritIO().start();
        // A TERM to this JVM must not leave the command running on its own.
        Thread stop = new Thread() {
            @Override
            public void run() {
                child.destroy();
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        System.exit(code);
    }

    /** Returns the command that relaunches {@code args}, or empty when this JVM should run them itself. */
    static Optional<List<String>> command(String... args) {
        if (OFF.equals(System.getProperty("agendum.relaunch")) || OFF.equals(System.getenv("AGENDUM_RELAUNCH"))) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<String[]> arguments = ownArguments();
        if (jar.isEmpty() || arguments.isEmpty() || !usable(jar.get().resolveSibling(ARCHIVE), jar.get())) {
            return Optional.empty();
        }
        return Optional.of(command(jar.get(), jvmOptions(arguments.get()), largeInput(args), args));
    }

    static List<String> command(Path jar, List<String> userOptions, boolean largeInput, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:SharedArchiveFile=" + jar.resolveSibling(ARCHIVE));
        // An archive made by another JDK, or for a jar since moved, is refused with a warning on stdout; the
        // command then runs without it, and its output must stay the command's own.
        command.add("-Xlog:cds=off,cds+dynamic=off");
        // Plain loops, not streams or a regular expression: this JVM lives for the relaunch alone, and the lambda
        // forms and pattern classes those would spin up cost it milliseconds it exists to save.
        boolean compilerChosen = false;
        boolean collectorChosen = false;
        boolean perfDataChosen = false;
        for (String option : userOptions) {
            compilerChosen |= option.startsWith("-XX:TieredStopAtLevel") || option.startsWith("-XX:CICompilerCount");
            collectorChosen |= (option.startsWith("-XX:+Use") || option.startsWith("-XX:-Use")) && option.endsWith("GC");
            perfDataChosen |= option.equals("-XX:+UsePerfData") || option.equals("-XX:-UsePerfData");
        }
        if (!compilerChosen && !largeInput) {
            command.add("-XX:TieredStopAtLevel=1");
            // One compiler thread leaves the second core to the thread that builds the validator.
            command.add("-XX:CICompilerCount=1");
        }
        if (!collectorChosen) {
            command.add("-XX:+UseSerialGC");
        }
        if (!perfDataChosen) {
            // The hsperfdata file is a shared-memory file made and removed by every run, for monitoring tools alone.
            command.add("-XX:-UsePerfData");
        }
        command.addAll(userOptions);
        command.add("-Dagendum.relaunch=false");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The JVM options the caller gave: what precedes {@code -jar} on this JVM's command line. */
    static List<String> jvmOptions(String... arguments) {
        List<String> options = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-jar")) {
                return options;
            }
            options.add(argument);
        }
        return List.of();
    }

    private static boolean usable(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * This JVM's command line. On Linux it is read from {@code /proc/self/cmdline}, which costs a file read where
     * {@link ProcessHandle.Info#arguments()} starts a thread pool; elsewhere from the process handle.
     */
    private static Optional<String[]> ownArguments() {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                String all = new String(Files.readAllBytes(cmdline), java.nio.charset.StandardCharsets.UTF_8);
                String[] parts = all.split("\u0000");
                return parts.length < 2 ? Optional.empty()
                        : Optional.of(java.util.Arrays.copyOfRange(parts, 1, parts.length));
            } catch (IOException e) {
                // fall through to the process handle
            }
        }
        return ProcessHandle.current().info().arguments();
    }

    private static Optional<Path> ownJar() {
        CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the files among {@code args} add up to more than {@link #LARGE_INPUT}. */
    static boolean largeInput(String... args) {
        long total = 0;
        for (String arg : args) {
            try {
                Path path = Path.of(arg);
                if (Files.isRegularFile(path)) {
                    total += Files.size(path);
                }
            } catch (IOException | RuntimeException e) {
                // not a file: an option or a command
            }
        }
        return total > LARGE_INPUT;
    }
}
