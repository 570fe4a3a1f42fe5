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
import java.util.Map;
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
        java.util.Set<String> files = new java.util.HashSet<>();
        for (String name : java.util.stream.Stream.concat(persons.stream().map(Conversion::personFeed),
                tracks.stream().map(Conversion::trackFeed)).toList()) {
            if (!files.add(name)) {
                return Optional.of(name + ": asked for twice, or two names give this file");
            }
        }
        return Optional.empty();
    }

    /** Writes the feed of {@code events} with {@code writer}. */
    static void writeFeed(List<Event> events, FeedWriter writer, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            writer.write(events, out);
        }
    }

    /**
     * Starts writing the feeds, each file with its writer, on another thread: each output is mostly a cold start of
     * its own classes, so the feeds and the JSON are written side by side on a machine with two cores.
     */
    static CompletableFuture<Void> startFeeds(List<Event> events, Map<Path, FeedWriter> feeds) {
        return CompletableFuture.runAsync(() -> {
            try {
                for (Map.Entry<Path, FeedWriter> feed : feeds.entrySet()) {
                    writeFeed(events, feed.getValue(), feed.getKey());
                }
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
