package dev.agendum.ical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent parsers' change checks ({@code .ci/parsers/check-changes.mjs}, {@code check_changes.py}):
 * what ical.js and python's icalendar read of each VEVENT's METHOD, UID, STATUS, SEQUENCE, DTSTAMP and start.
 * Skipped locally, and failing in CI, when a parser is missing, as {@link IndependentParsers} does.
 */
public final class ChangeParsers {

    /**
     * One VEVENT as a parser read it.
     *
     * @param method   the calendar's METHOD
     * @param uid      the UID
     * @param status   the STATUS, empty for none
     * @param sequence the SEQUENCE (0 when absent)
     * @param stamp    the DTSTAMP as a UTC instant
     * @param start    the start as a UTC instant
     */
    public record Read(String method, String uid, String status, int sequence, String stamp, String start) {
    }

    private ChangeParsers() {
    }

    /** Reads {@code file} with ical.js. */
    public static List<Read> icalJs(Path file) throws IOException, InterruptedException {
        IndependentParsers.icalJs(file);  // checks that ical.js is installed, skipping or failing as that does
        return run(List.of("node", IndependentParsers.folder().resolve("check-changes.mjs").toString(),
                file.toString()));
    }

    /** Reads {@code file} with python's icalendar. */
    public static List<Read> pythonIcalendar(Path file) throws IOException, InterruptedException {
        IndependentParsers.pythonIcalendar(file);
        return run(List.of("/usr/bin/python3", IndependentParsers.folder().resolve("check_changes.py").toString(),
                file.toString()));
    }

    private static List<Read> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + output);
        }
        List<Read> events = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 7 && f[0].equals("EVENT")) {
                events.add(new Read(f[1], f[2], f[3], Integer.parseInt(f[4]), f[5], f[6]));
            }
        }
        return events;
    }
}
