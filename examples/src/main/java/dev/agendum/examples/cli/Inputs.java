package dev.agendum.examples.cli;

import dev.agendum.json.AgendumJsonException;
import dev.agendum.json.EventStreamReader;
import dev.agendum.json.EventStreams;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the command's input files, each one event or a collection, event by event through a validating stream, and
 * collects every problem of every file as {@code FILE: /json/pointer: message} lines instead of stopping at the
 * first. Memory holds one event at a time, and a few dozen bytes per event read for its id (two events with one id
 * would share a calendar UID; see {@link IdIndex}).
 */
final class Inputs {

    /** The bundled announcements, read when no file is given. */
    static final List<String> BUNDLED = List.of(
            "pbl-nsob-seminar-2021-01-15.json",
            "vb-samenwerken-als-een-overheid-2021-04-02.json");
    static final String BUNDLED_FOLDER = "/dev/agendum/examples/announcements/";

    /** Opens one input for reading. */
    interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * One input.
     *
     * @param name   how messages name it: its path, or {@code bundled:NAME}
     * @param opener opens it, once per read
     */
    record Source(String name, Opener opener) {
    }

    /**
     * What a read found.
     *
     * @param events   events read, valid or not
     * @param items    programme items of the valid events, every depth
     * @param people   people listed on the valid events
     * @param problems one line per problem; empty when every input is valid
     */
    record Read(long events, long items, long people, List<String> problems) {

        /** What reading {@code events}, all valid, would have found. */
        static Read of(List<Event> events) {
            long items = events.stream().mapToLong(e -> e.programme().allItems().size()).sum();
            long people = events.stream().mapToLong(e -> e.people().size()).sum();
            return new Read(events.size(), items, people, List.of());
        }
    }

    /** The file name that stands for standard input. */
    static final String STANDARD_INPUT = "-";

    private Inputs() {
    }

    /** Returns the sources of {@code files}, or of the bundled announcements when there are none. */
    static List<Source> of(List<Path> files) {
        return of(files, System.in);
    }

    /** Returns the sources of {@code files}, {@code -} read from {@code stdin}, or the bundled announcements. */
    static List<Source> of(List<Path> files, InputStream stdin) {
        if (files.isEmpty()) {
            return BUNDLED.stream().map(name -> new Source("bundled:" + name, () -> bundled(name))).toList();
        }
        return files.stream().map(file -> source(file, stdin)).toList();
    }

    /** The source of one file; {@code -} is standard input, named {@code stdin} in messages and never closed. */
    private static Source source(Path file, InputStream stdin) {
        return file.toString().equals(STANDARD_INPUT) ? new Source("stdin", () -> new NonClosing(stdin))
                : new Source(file.toString(), () -> Files.newInputStream(file));
    }

    /**
     * Reads every event of every source through {@code streams}, handing each to {@code sink} in input order while
     * no problem has been found (after one, nothing read will be used, so nothing more is handed on).
     */
    static Read read(List<Source> sources, EventStreams streams, Consumer<Event> sink) {
        return read(sources, streams, EventStreams.UNLIMITED, sink);
    }

    /**
     * Reads as {@link #read(List, EventStreams, Consumer)} does, refusing a run of more than {@code maxEvents} events
     * (valid or not) in all sources together: the reader refuses the first event past the cap, with its pointer,
     * and nothing after it is read. The cap bounds what the run keeps per event (the id index) and the time a
     * mistaken input can take.
     */
    static Read read(List<Source> sources, EventStreams streams, long maxEvents, Consumer<Event> sink) {
        Tally tally = new Tally(sink);
        for (Source source : sources) {
            long remaining = maxEvents == EventStreams.UNLIMITED ? maxEvents : maxEvents - tally.events;
            if (remaining < 1) {
                tally.problems.add(source.name() + ": not read: the inputs before it hold the " + maxEvents
                        + " events --max-events allows");
                continue;
            }
            try (InputStream in = source.opener().open();
                 EventStreamReader events = streams.read(in, remaining)) {
                try {
                    while (events.hasNext()) {
                        tally.add(source.name(), events.next());
                    }
                } finally {
                    tally.events += events.eventsRead();
                }
            } catch (AgendumJsonException e) {
                e.problems().forEach(problem -> tally.problems.add(source.name() + ": " + oneBased(problem)));
                long before = maxEvents - remaining;
                if (remaining != EventStreams.UNLIMITED && tally.events >= maxEvents && before > 0) {
                    tally.problems.add(source.name() + ": --max-events " + maxEvents + " holds for all inputs "
                            + "together; " + before + " were read before this file");
                }
            } catch (IOException e) {
                tally.problems.add(source.name() + ": " + describe(e));
            } catch (UncheckedIOException e) {
                tally.problems.add(source.name() + ": " + describe(e.getCause()));
            }
        }
        return new Read(tally.events, tally.items, tally.people, List.copyOf(tally.problems));
    }

    /** What {@link #read} counts on its way. */
    private static final class Tally {
        private final Consumer<Event> sink;
        private final IdIndex ids = new IdIndex();
        private final List<String> sources = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private long events;
        private long items;
        private long people;

        Tally(Consumer<Event> sink) {
            this.sink = sink;
        }

        void add(String source, Event event) {
            if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(source)) {
                sources.add(source);
            }
            int earlier = ids.add(event.id(), sources.size() - 1);
            if (earlier >= 0) {
                // Two events with one id would share a calendar UID, and one would silently replace the other.
                problems.add(source + ": event id '" + event.id() + "' is also used in " + sources.get(earlier));
                return;
            }
            items += event.programme().allItems().size();
            people += event.people().size();
            if (problems.isEmpty()) {
                sink.accept(event);
            }
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

    private static InputStream bundled(String name) {
        InputStream in = Inputs.class.getResourceAsStream(BUNDLED_FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("bundled announcement " + name + " is missing from the jar");
        }
        return in;
    }
}
