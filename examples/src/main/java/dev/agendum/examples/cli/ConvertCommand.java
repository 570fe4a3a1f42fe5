package dev.agendum.examples.cli;

import dev.agendum.ical.FeedSelection;
import dev.agendum.ical.FeedWriter;
import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum convert}: validates every input, then writes the feed, the JSON-LD and the canonical collection,
 * all or nothing.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts canonical JSON files (none given: the two bundled announcements)",
                "into DIR/events.ics (iCalendar feed), DIR/events.jsonld (schema.org) and",
                "DIR/events.json (one canonical collection, which convert reads again).",
                "Every input is validated first; if any is invalid, every problem is",
                "reported and nothing is written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:converted", "1:an input is invalid, or the output could not be written; nothing written",
                "2:usage error"})
final class ConvertCommand implements Callable<Integer> {

    static final String FEED = "events.ics";
    static final String JSON_LD = "events.jsonld";
    static final String JSON = "events.json";

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
            description = "Directory to write to (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--with-items", description = "Also write each programme item as its own VEVENT.")
    private boolean withItems;

    @Option(names = "--lang", paramLabel = "en|nl",
            description = "Language of messages and of the words the feed adds (default: each event's own "
                    + "language; messages in English).")
    private Optional<Language> language = Optional.empty();

    @Option(names = "--uid-domain", paramLabel = "DOMAIN",
            description = "Domain every UID ends in, one you control (default: " + FeedWriter.DEFAULT_UID_DOMAIN
                    + "). Keep it: a new domain makes every event new to subscribers.")
    private Optional<String> uidDomain = Optional.empty();

    @Option(names = "--publish-personal-details",
            description = "Also publish the e-mail addresses and phone numbers of people who are not contacts "
                    + "(off: only contacts' and desks' details, which the announcement makes public).")
    private boolean publishPersonalDetails;

    @Option(names = "--person", paramLabel = "ID",
            description = "Also write DIR/events-person-ID.ics: the items where this person appears, with their "
                    + "events. Repeatable.")
    private List<String> persons = new ArrayList<>();

    @Option(names = "--track", paramLabel = "NAME",
            description = "Also write DIR/events-track-NAME.ics (NAME in lower case, other characters than letters "
                    + "and digits as '-'): the items of this track, with their events. Repeatable.")
    private List<String> tracks = new ArrayList<>();

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Canonical JSON files, one event or a collection each (- for standard input).")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AgendumJson json = Conversion.reader(language.map(Language::locale).orElse(Locale.ENGLISH));
        Inputs.Loaded loaded = Inputs.read(files, json);
        if (!loaded.problems().isEmpty()) {
            loaded.problems().forEach(err::println);
            err.printf("Nothing written: %d problem(s).%n", loaded.problems().size());
            return 1;
        }
        Optional<String> unknown = Conversion.unmatched(loaded.events(), persons, tracks);
        if (unknown.isPresent()) {
            err.println(unknown.get() + ": nothing written.");
            return 2;
        }
        FeedWriter feed;
        try {
            feed = Conversion.feedWriter(withItems, language.map(Language::locale), uidDomain, publishPersonalDetails);
        } catch (IllegalArgumentException e) {
            err.println("--uid-domain " + uidDomain.orElse("") + ": " + e.getMessage() + "; nothing written.");
            return 2;
        }
        try {
            write(json, feed, loaded.events());
        } catch (IOException | UncheckedIOException e) {
            err.println(out + ": cannot write the output, nothing written: " + e.getMessage());
            return 1;
        }
        summarise(loaded.events(), spec.commandLine().getOut());
        return 0;
    }

    private void write(AgendumJson json, FeedWriter writer, List<Event> events) throws IOException {
        try (Staging staging = Staging.in(out)) {
            Map<Path, FeedWriter> feeds = new LinkedHashMap<>();
            feeds.put(staging.file(FEED), writer);
            for (String person : persons) {
                feeds.put(staging.file(Conversion.personFeed(person)), writer.selecting(FeedSelection.person(person)));
            }
            for (String track : tracks) {
                feeds.put(staging.file(Conversion.trackFeed(track)), writer.selecting(FeedSelection.track(track)));
            }
            CompletableFuture<Void> feed = Conversion.startFeeds(events, feeds);
            try {
                Conversion.writeJsonLd(events, language.map(Language::locale), staging.file(JSON_LD));
                Conversion.writeJson(json, events, staging.file(JSON));
            } catch (IOException | RuntimeException e) {
                // The staging directory is removed on the way out: the feed must be done with it first.
                feed.handle((done, failure) -> null).join();
                throw e;
            }
            Conversion.finish(feed);
            staging.commit();
        }
    }

    private void summarise(List<Event> events, PrintWriter console) throws UncheckedIOException {
        int items = events.stream().mapToInt(e -> e.programme().allItems().size()).sum();
        int people = events.stream().mapToInt(e -> e.people().size()).sum();
        console.printf("Converted %d event(s) with %d programme item(s) and %d people into %s:%n",
                events.size(), items, people, out);
        List<String> names = new ArrayList<>(List.of(FEED, JSON_LD, JSON));
        persons.forEach(p -> names.add(Conversion.personFeed(p)));
        tracks.forEach(t -> names.add(Conversion.trackFeed(t)));
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            try {
                console.printf("  %-" + width + "s %,9d bytes%n", name, Files.size(out.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
