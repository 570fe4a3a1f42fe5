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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    private static final CompletableFuture<EventValidator> VALIDATOR =
            CompletableFuture.supplyAsync(EventValidator::create);

    private final EventStreams plain;
    private final EventStreams validating;

    private Conversion(EventStreams plain, EventStreams validating) {
        this.plain = plain;
        this.validating = validating;
    }

    /** Starts building the validator, if it has not started yet. */
    static void warmUp() {
        VALIDATOR.isDone();
    }

    /**
     * Returns a conversion whose reads validate every event, with messages in {@code messages}. Jackson's streaming
     * parser starts on this thread before it waits for the validator; no data-binding mapper is built.
     */
    static Conversion validating(Locale messages) {
        EventStreams plain = AgendumJson.builder().buildStreams();
        return new Conversion(plain, plain.withValidation(VALIDATOR.join(), messages));
    }

    /** Reads and validates every source, writing nothing. */
    Inputs.Read check(List<Inputs.Source> sources) {
        return Inputs.read(sources, validating, event -> { });
    }

    /**
     * Pass one: reads and validates every source, and writes its events, while all are valid, as one canonical
     * collection to {@code file}, which pass two reads and {@code convert} reads again.
     */
    Inputs.Read writeJson(List<Inputs.Source> sources, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             EventStreamWriter json = plain.write(out)) {
            return Inputs.read(sources, validating, json::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pass two: writes the feed and the JSON-LD of the {@code count} events of the collection {@code json}, each
     * output on its own thread (each is mostly a cold start of its own classes, and a machine has two cores), each
     * reading the collection again event by event.
     */
    void writeFeedAndJsonLd(Path json, long count, boolean withItems, Optional<Locale> language, Path feed,
                            Path jsonLd) {
        CompletableFuture<Void> feedDone = CompletableFuture.runAsync(() -> {
            try (Replay events = new Replay(plain, json, count)) {
                writeFeed(events, withItems, language, feed);
            }
        });
        try (Replay events = new Replay(plain, json, count)) {
            writeJsonLd(events, language, jsonLd);
        } catch (RuntimeException e) {
            feedDone.handle((done, failure) -> null).join();
            throw e;
        }
        finish(feedDone);
    }

    /** Writes the calendar feed of all events; {@code withItems} adds each programme item as its own VEVENT. */
    static void writeFeed(List<Event> events, boolean withItems, Optional<Locale> language, Path file) {
        FeedWriter.Builder feed = FeedWriter.builder().calendarName("Agendum").withItems(withItems);
        language.ifPresent(feed::language);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            feed.build().write(events, out);
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
