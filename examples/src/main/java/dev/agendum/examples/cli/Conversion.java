package dev.agendum.examples.cli;

import dev.agendum.ical.FeedWriter;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.EventStreamWriter;
import dev.agendum.json.EventStreams;
import dev.agendum.json.SchemaOrgWriter;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The command's use of the adapters: the one place that knows how each output is produced. Events flow one by one:
 * the inputs are read, validated and written as the canonical collection in one pass; the feed and the JSON-LD are
 * written from that collection in a second pass, side by side, only when every input was valid.
 */
final class Conversion {

    /**
     * Building Hibernate Validator is most of a cold start; it begins on another core as soon as the command
     * knows it will read events, while arguments are parsed and Jackson starts up.
     */
    private static final CompletableFuture<EventValidator> VALIDATOR = CompletableFuture.supplyAsync(new Build());

    /**
     * Builds the validator. A class, not a lambda: the JVM's first lambda costs 10-15 ms of setting up method
     * handles, which the command's thread would pay before the validator even started (see {@link Startup}).
     */
    private static final class Build implements Supplier<EventValidator> {
        @Override
        public EventValidator get() {
            Trace.mark("validator factory: start");
            Startup.quietValidator();
            EventValidator validator = EventValidator.create();
            Trace.mark("validator factory: built");
            return validator;
        }
    }

    private final EventStreams plain;
    private final Locale messages;
    /** The validating streams, made on first use: that waits for the validator. */
    private EventStreams validating;

    private Conversion(EventStreams plain, Locale messages) {
        this.plain = plain;
        this.messages = messages;
    }

    /** Starts building the validator, if it has not started yet. */
    static void warmUp() {
        VALIDATOR.isDone();
    }

    /**
     * Returns a conversion whose validating reads give messages in {@code messages}. Jackson's streaming parser is
     * made here; the validator is waited for only by the first read that validates. No data-binding mapper is built.
     */
    static Conversion create(Locale messages) {
        Trace.mark("conversion: create");
        EventStreams plain = AgendumJson.builder().buildStreams();
        Trace.mark("streams built");
        return new Conversion(plain, messages);
    }

    /** Whether the validator is built, so that a validating read need not wait for it. */
    static boolean validatorReady() {
        return VALIDATOR.isDone();
    }

    private EventStreams validating() {
        if (validating == null) {
            EventValidator validator = VALIDATOR.join();
            Trace.mark("validator joined");
            validating = plain.withValidation(validator, messages);
        }
        return validating;
    }

    /** Reads and validates every source, writing nothing. */
    Inputs.Read check(List<Inputs.Source> sources) {
        return check(sources, EventStreams.UNLIMITED);
    }

    /** Reads and validates every source, at most {@code maxEvents} events in all, writing nothing. */
    Inputs.Read check(List<Inputs.Source> sources, long maxEvents) {
        return Inputs.read(sources, validating(), maxEvents, event -> { });
    }

    /**
     * Pass one: reads and validates every source, at most {@code maxEvents} events in all, and writes its events,
     * while all are valid, as one canonical collection to {@code file}, which pass two reads and {@code convert}
     * reads again.
     */
    Inputs.Read writeJson(List<Inputs.Source> sources, Path file, long maxEvents) {
        return writeJson(sources, validating(), file, maxEvents);
    }

    /**
     * Pass one without validation: as {@link #writeJson}, but the events are only read, as the format and the
     * limits require, not checked against the business rules; so it need not wait for the validator. What it wrote
     * may be used only after {@link #check} found the same sources valid.
     */
    Inputs.Read writeJsonUnchecked(List<Inputs.Source> sources, Path file, long maxEvents) {
        return writeJson(sources, plain, file, maxEvents);
    }

    private Inputs.Read writeJson(List<Inputs.Source> sources, EventStreams streams, Path file, long maxEvents) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             EventStreamWriter json = plain.write(out)) {
            return Inputs.read(sources, streams, maxEvents, json::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the {@code count} events of the collection {@code json} into memory. */
    List<Event> load(Path json, long count) {
        try (Replay events = new Replay(plain, json, count)) {
            return List.copyOf(events);
        }
    }

    /** Writes {@code events} as one canonical collection to {@code file}, replacing what it held. */
    void rewriteJson(List<Event> events, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             EventStreamWriter json = plain.write(out)) {
            events.forEach(json::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pass two: writes the feeds (each file with its writer) and the JSON-LD of the {@code count} events of the
     * collection {@code json}, the feeds on another thread (each output is mostly a cold start of its own classes,
     * and a machine has two cores), each reading the collection again event by event.
     */
    void writeFeedsAndJsonLd(Path json, long count, Map<Path, FeedWriter> feeds, Optional<Locale> language,
                             Path jsonLd) {
        CompletableFuture<Void> feedsDone = CompletableFuture.runAsync(() -> {
            try (Replay events = new Replay(plain, json, count)) {
                feeds.forEach((file, writer) -> writeFeed(events, writer, file));
            }
        });
        try (Replay events = new Replay(plain, json, count)) {
            writeJsonLd(events, language, jsonLd);
        } catch (RuntimeException e) {
            feedsDone.handle((done, failure) -> null).join();
            throw e;
        }
        finish(feedsDone);
    }

    /**
     * Returns why the asked-for personal and track feeds cannot be written, reading the {@code count} events of the
     * collection {@code json} again: a person no event lists, a track no item has, or two that share a file name.
     */
    Optional<String> unmatched(Path json, long count, List<String> persons, List<String> tracks) {
        if (persons.isEmpty() && tracks.isEmpty()) {
            return Optional.empty();
        }
        try (Replay events = new Replay(plain, json, count)) {
            return unmatched(events, persons, tracks);
        }
    }

    /**
     * Returns the feed writer of the command's options: each programme item its own VEVENT with
     * {@code withItems}, words in {@code language}, UIDs in {@code uidDomain}, and others' personal details only
     * with {@code personalDetails}.
     *
     * @throws IllegalArgumentException when the UID domain is not a host name
     */
    static FeedWriter feedWriter(boolean withItems, Optional<Locale> language, Optional<String> uidDomain,
                                 boolean personalDetails) {
        FeedWriter.Builder feed = FeedWriter.builder().calendarName("Agendum").withItems(withItems)
                .publishPersonalDetails(personalDetails);
        language.ifPresent(feed::language);
        uidDomain.ifPresent(feed::uidDomain);
        return feed.build();
    }

    /** {@code events-person-ruben-maes.ics}: the file of a person's feed. */
    static String personFeed(String personId) {
        return "events-person-" + fileName(personId) + ".ics";
    }

    /** {@code events-track-zaal-a.ics}: the file of a track's feed. */
    static String trackFeed(String track) {
        return "events-track-" + fileName(track) + ".ics";
    }

    /** Lower case, each run of characters other than ASCII letters and digits one hyphen, none at the ends. */
    private static String fileName(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }

    /**
     * Returns why the asked-for personal and track feeds cannot be written: a person no event lists, a track no
     * item has, or two that would share a file name.
     */
    static Optional<String> unmatched(List<Event> events, List<String> persons, List<String> tracks) {
        for (String person : persons) {
            if (events.stream().noneMatch(e -> e.person(person).isPresent())) {
                return Optional.of("--person " + person + ": no event lists this person");
            }
        }
        for (String track : tracks) {
            if (events.stream().flatMap(e -> e.programme().allItems().stream())
                    .noneMatch(i -> i.track().filter(track::equals).isPresent())) {
                return Optional.of("--track " + track + ": no programme item is in this track");
            }
        }
        Set<String> files = new HashSet<>();
        for (String name : Stream.concat(persons.stream().map(Conversion::personFeed),
                tracks.stream().map(Conversion::trackFeed)).toList()) {
            if (!files.add(name)) {
                return Optional.of(name + ": asked for twice, or two names give this file");
            }
        }
        return Optional.empty();
    }

    /** Writes the feed of {@code events} with {@code writer}. */
    static void writeFeed(List<Event> events, FeedWriter writer, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the schema.org JSON-LD of all events, in {@code language} or each event's own. */
    static void writeJsonLd(Iterable<Event> events, Optional<Locale> language, Path file) {
        SchemaOrgWriter writer = language.map(SchemaOrgWriter::inLanguage).orElseGet(SchemaOrgWriter::create);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writer.writeGraph(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a task started here and throws what it threw. */
    static void finish(CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
