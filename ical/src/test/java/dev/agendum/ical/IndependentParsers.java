package dev.agendum.ical;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the independent parsers of {@code .ci/parsers} (Mozilla's ical.js, python's icalendar with
 * {@code Timezone.to_tz()}, vobject, and libical through a small C probe compiled here with gcc) on a feed and
 * returns what each read. Under CI ({@code CI=true}) a missing parser fails the test; locally it skips it, saying
 * how to install it.
 */
public final class IndependentParsers {

    /**
     * One VEVENT as a parser read it: instants in UTC ({@code 2021-04-02T08:00:00Z}), end empty for none, whether
     * its time zone resolved, and how many PARTICIPANT components it has.
     */
    public record Read(String uid, String summary, String start, String end, boolean zoneResolved, int participants) {
    }

    private static final Pattern EVENT = Pattern.compile("\"uid\": \"([^\"]*)\",\\s*\"summary\": \"((?:[^\"\\\\]|\\\\.)*)\","
            + "\\s*\"start\": (\"[^\"]*\"|null),\\s*\"end\": (\"[^\"]*\"|null),\\s*\"zoneResolved\": (true|false),"
            + "\\s*\"participants\": (\\d+)");

    /**
     * A master VEVENT (one without RECURRENCE-ID) as ical.js shows its first occurrence: the start as a UTC instant
     * and as written ({@code 2021-04-02T10:00:00}, or {@code 2021-04-02} for a date), and whether it is floating.
     */
    public record Master(String summary, String start, String local, boolean floating, boolean date) {
    }

    private static final Pattern MASTER = Pattern.compile("\"summary\": \"((?:[^\"\\\\]|\\\\.)*)\","
            + "\\s*\"start\": (\"[^\"]*\"|null),\\s*\"local\": (\"[^\"]*\"|null),"
            + "\\s*\"floating\": (true|false),\\s*\"date\": (true|false)");

    private IndependentParsers() {
    }

    /**
     * Reads the master VEVENTs of {@code feed} with ical.js ({@code corpus-ics.mjs}); empty when ical.js cannot
     * parse the feed at all.
     */
    public static java.util.Optional<List<Master>> icalJsMasters(Path feed) throws IOException, InterruptedException {
        Path parsers = folder();
        require(Files.isDirectory(parsers.resolve("node_modules/ical.js")),
                "ical.js is not installed: run 'npm install' in .ci/parsers");
        String output = output(List.of("node", parsers.resolve("corpus-ics.mjs").toString(), feed.toString()));
        if (!output.contains("\"masters\"")) {
            return java.util.Optional.empty();
        }
        List<Master> masters = new ArrayList<>();
        Matcher matcher = MASTER.matcher(output);
        while (matcher.find()) {
            masters.add(new Master(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\"),
                    unquote(matcher.group(2)), unquote(matcher.group(3)), Boolean.parseBoolean(matcher.group(4)),
                    Boolean.parseBoolean(matcher.group(5))));
        }
        return java.util.Optional.of(masters);
    }

    /** Returns the parsers' folder, found from the module's directory or the project's. */
    public static Path folder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(".ci/parsers/check-ics.mjs"))) {
                return dir.resolve(".ci/parsers");
            }
        }
        throw new IllegalStateException("no .ci/parsers above " + here);
    }

    /** The four parsers, for a test that runs the same check with each ({@code @EnumSource}). */
    public enum Parser {
        /** Mozilla's ical.js, as Thunderbird reads. */
        ICAL_JS("ical.js"),
        /** Python's icalendar, zones built with {@code Timezone.to_tz()}. */
        PYTHON_ICALENDAR("python icalendar"),
        /** Python's vobject. */
        VOBJECT("vobject"),
        /** libical, as Evolution and many servers read, through a small C probe. */
        LIBICAL("libical");

        private final String label;

        Parser(String label) {
            this.label = label;
        }

        /** Reads {@code feed} with this parser. */
        public List<Read> read(Path feed) throws IOException, InterruptedException {
            return switch (this) {
                case ICAL_JS -> icalJs(feed);
                case PYTHON_ICALENDAR -> pythonIcalendar(feed);
                case VOBJECT -> vobject(feed);
                case LIBICAL -> libical(feed);
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Reads {@code feed} with ical.js. */
    public static List<Read> icalJs(Path feed) throws IOException, InterruptedException {
        Path parsers = folder();
        require(Files.isDirectory(parsers.resolve("node_modules/ical.js")),
                "ical.js is not installed: run 'npm install' in .ci/parsers");
        return run(List.of("node", parsers.resolve("check-ics.mjs").toString(), feed.toString()));
    }

    /** Reads {@code feed} with python's icalendar. */
    public static List<Read> pythonIcalendar(Path feed) throws IOException, InterruptedException {
        require(Files.isExecutable(Path.of("/usr/bin/python3")) && new ProcessBuilder("/usr/bin/python3", "-c",
                        "import icalendar").start().waitFor() == 0,
                "python3-icalendar is not installed: run 'apt-get install python3-icalendar'");
        return run(List.of("/usr/bin/python3", folder().resolve("check_ics.py").toString(), feed.toString()));
    }

    /** Reads {@code feed} with vobject. */
    public static List<Read> vobject(Path feed) throws IOException, InterruptedException {
        require(Files.isExecutable(Path.of("/usr/bin/python3")) && new ProcessBuilder("/usr/bin/python3", "-c",
                        "import vobject").start().waitFor() == 0,
                "python3-vobject is not installed: run 'apt-get install python3-vobject'");
        return run(List.of("/usr/bin/python3", folder().resolve("check_vobject.py").toString(), feed.toString()));
    }

    /** Reads {@code feed} with libical, through {@code check_libical.c} compiled once into {@code target/}. */
    public static synchronized List<Read> libical(Path feed) throws IOException, InterruptedException {
        Path probe = Path.of("target", "check-libical").toAbsolutePath();
        if (!Files.isExecutable(probe)) {
            require(Files.isRegularFile(Path.of("/usr/include/libical/ical.h")),
                    "libical-dev is not installed: run 'apt-get install libical-dev'");
            Files.createDirectories(probe.getParent());
            Process gcc = new ProcessBuilder("sh", "-c", "gcc -O1 -o \"$0\" \"$1\" $(pkg-config --cflags --libs "
                    + "libical || echo -lical)", probe.toString(), folder().resolve("check_libical.c").toString())
                    .redirectErrorStream(true).start();
            String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            require(gcc.waitFor() == 0, "the libical probe does not compile (gcc, libical-dev):\n" + output);
        }
        return run(List.of(probe.toString(), feed.toString()));
    }

    private static void require(boolean present, String otherwise) {
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(otherwise + " (.ci/run installs it)");
        }
        assumeThat(present).as("skipped locally: " + otherwise).isTrue();
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + output);
        }
        return output;
    }

    private static List<Read> run(List<String> command) throws IOException, InterruptedException {
        String output = output(command);
        List<Read> events = new ArrayList<>();
        Matcher matcher = EVENT.matcher(output);
        while (matcher.find()) {
            events.add(new Read(matcher.group(1), matcher.group(2).replace("\\\"", "\""), unquote(matcher.group(3)),
                    unquote(matcher.group(4)), Boolean.parseBoolean(matcher.group(5)),
                    Integer.parseInt(matcher.group(6))));
        }
        return events;
    }

    private static String unquote(String value) {
        return value.equals("null") ? "" : value.substring(1, value.length() - 1);
    }
}
