package dev.agendum.examples.cli;

import dev.agendum.json.AgendumJson;
import dev.agendum.json.AgendumJsonException;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the command's input files, each one event or a collection, through a validating reader, and collects
 * every problem of every file as {@code FILE: /json/pointer: message} lines instead of stopping at the first.
 */
final class Inputs {

    /** The bundled announcements, read when no file is given. */
    static final List<String> BUNDLED = List.of(
            "pbl-nsob-seminar-2021-01-15.json",
            "vb-samenwerken-als-een-overheid-2021-04-02.json");
    static final String BUNDLED_FOLDER = "/dev/agendum/examples/announcements/";

    /**
     * What was read.
     *
     * @param events   every event of every input, in input order
     * @param problems one line per problem; empty when every input is valid
     */
    record Loaded(List<Event> events, List<String> problems) {
    }

    private Inputs() {
    }

    /** The file name that stands for standard input. */
    static final String STANDARD_INPUT = "-";

    /** Reads {@code files} ({@code -} is standard input), or the bundled announcements when there are none. */
    static Loaded read(List<Path> files, AgendumJson json) {
        return read(files, json, System.in);
    }

    /** Reads {@code files}, with {@code -} read from {@code stdin}, or the bundled announcements when none. */
    static Loaded read(List<Path> files, AgendumJson json, InputStream stdin) {
        List<Event> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        if (files.isEmpty()) {
            for (String name : BUNDLED) {
                collect("bundled:" + name, () -> bundled(name, json), events, problems, sources);
            }
        }
        for (Path file : files) {
            if (file.toString().equals(STANDARD_INPUT)) {
                // Not closed: standard input belongs to the process.
                collect("stdin", () -> json.readEvents(new NonClosing(stdin)), events, problems, sources);
            } else {
                collect(file.toString(), () -> json.readEvents(file), events, problems, sources);
            }
        }
        return new Loaded(List.copyOf(events), List.copyOf(problems));
    }

    private interface Source {
        List<Event> events();
    }

    private static void collect(String name, Source source, List<Event> events, List<String> problems,
                                Map<String, String> sources) {
        try {
            for (Event event : source.events()) {
                String earlier = sources.putIfAbsent(event.id(), name);
                if (earlier != null) {
                    // Two events with one id would share a calendar UID, and one would silently replace the other.
                    problems.add(name + ": event id '" + event.id() + "' is also used in " + earlier);
                } else {
                    events.add(event);
                }
            }
        } catch (AgendumJsonException e) {
            e.problems().forEach(problem -> problems.add(name + ": " + oneBased(problem)));
        } catch (UncheckedIOException e) {
            problems.add(name + ": " + describe(e.getCause()));
        }
    }

    /**
     * Columns count from 1, as editors show them: a problem at the very start of a line (an empty file) is in
     * column 1, never "column 0".
     */
    private static AgendumJsonException.Problem oneBased(AgendumJsonException.Problem problem) {
        return problem.line() > 0 && problem.column() < 1
                ? new AgendumJsonException.Problem(problem.pointer(), problem.line(), 1, problem.message())
                : problem;
    }

    /** Standard input for a reader that closes what it reads. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // standard input stays open for the process
        }
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : "cannot be read: " + e.getMessage();
    }

    private static List<Event> bundled(String name, AgendumJson json) {
        try (InputStream in = Inputs.class.getResourceAsStream(BUNDLED_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled announcement " + name + " is missing from the jar");
            }
            return json.readEvents(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
