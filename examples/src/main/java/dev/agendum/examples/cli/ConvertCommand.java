package dev.agendum.examples.cli;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum convert}: validates every input, then writes the feed, the JSON-LD and the canonical collection,
 * all or nothing.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts canonical JSON files (none given: the two bundled announcements) into",
                "DIR/events.ics (iCalendar feed), DIR/events.jsonld (schema.org) and DIR/events.json",
                "(one canonical collection, which convert reads again). Every input is validated first;",
                "if any is invalid, every problem is reported and nothing is written."},
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

    @Mixin
    private Republication republication = new Republication();

    private Optional<Republication.Outcome> republished = Optional.empty();

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Canonical JSON files: one event or a collection each.")
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
        List<Event> events = loaded.events();
        if (republication.misused()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--published and --drop-removed need --previous");
        }
        if (republication.active()) {
            Republication.Outcome outcome = republication.apply(files, events);
            if (!outcome.problems().isEmpty()) {
                outcome.problems().forEach(err::println);
                err.printf("Nothing written: %d problem(s).%n", outcome.problems().size());
                return 1;
            }
            republished = Optional.of(outcome);
            events = outcome.events();
        }
        try {
            write(json, events);
        } catch (IOException | UncheckedIOException e) {
            err.println(out + ": cannot write the output, nothing written: " + e.getMessage());
            return 1;
        }
        summarise(events, spec.commandLine().getOut());
        return 0;
    }

    private void write(AgendumJson json, List<Event> events) throws IOException {
        try (Staging staging = Staging.in(out)) {
            CompletableFuture<Void> feed = Conversion.startFeed(events, withItems, language.map(Language::locale),
                    staging.file(FEED));
            try {
                Conversion.writeJsonLd(events, language.map(Language::locale), staging.file(JSON_LD));
                Conversion.writeJson(json, events, staging.file(JSON));
                if (republished.isPresent()) {
                    Republication.stage(staging, republished.get(), language.map(Language::locale)
                            .orElse(Locale.ENGLISH));
                }
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
        for (String name : List.of(FEED, JSON_LD, JSON)) {
            try {
                console.printf("  %-14s %,9d bytes%n", name, Files.size(out.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
