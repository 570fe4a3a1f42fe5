package dev.agendum.examples.cli;

import dev.agendum.ical.FeedWriter;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.SchemaOrgWriter;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The command's use of the adapters: the one place that knows how each output is produced. */
final class Conversion {

    /**
     * Building Hibernate Validator is most of a cold start; it begins on another core as soon as the command
     * starts, while arguments are parsed and Jackson starts up.
     */
    private static final CompletableFuture<EventValidator> VALIDATOR =
            CompletableFuture.supplyAsync(EventValidator::create);

    private Conversion() {
    }

    /** Starts building the validator, if it has not started yet. */
    static void warmUp() {
        VALIDATOR.isDone();
    }

    /**
     * Returns a reader that validates every event, with messages in {@code messages}. Jackson starts on this thread
     * before it waits for the validator, which otherwise left it idle for about a quarter of a cold start.
     */
    static AgendumJson reader(Locale messages) {
        AgendumJson json = AgendumJson.create();
        return json.withValidation(VALIDATOR.join(), messages);
    }

    /** Writes the calendar feed of all events; {@code withItems} adds each programme item as its own VEVENT. */
    static void writeFeed(List<Event> events, boolean withItems, Optional<Locale> language, Path file)
            throws IOException {
        FeedWriter.Builder feed = FeedWriter.builder().calendarName("Agendum").withItems(withItems);
        language.ifPresent(feed::language);
        try (Writer out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            feed.build().write(events, out);
        }
    }

    /**
     * Starts writing the feed on another thread, see {@link #writeFeed}: each output is mostly a cold start of its
     * own classes, so the feed and the JSON are written side by side on a machine with two cores.
     */
    static CompletableFuture<Void> startFeed(List<Event> events, boolean withItems, Optional<Locale> language,
            Path file) {
        return CompletableFuture.runAsync(() -> {
            try {
                writeFeed(events, withItems, language, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    /**
     * Writes all events as one canonical collection, which {@code convert} reads again, with the instance that read
     * them: building another Jackson mapper would add to every cold start.
     */
    static void writeJson(AgendumJson json, List<Event> events, Path file) {
        json.writeEvents(events, file);
    }

    /** Writes the schema.org JSON-LD of all events, in {@code language} or each event's own. */
    static void writeJsonLd(List<Event> events, Optional<Locale> language, Path file) throws IOException {
        SchemaOrgWriter writer = language.map(SchemaOrgWriter::inLanguage).orElseGet(SchemaOrgWriter::create);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(writer.write(events).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
