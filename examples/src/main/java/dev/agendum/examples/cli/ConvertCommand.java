package dev.agendum.examples.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum convert}: validates every input, then writes the feed, the JSON-LD and the canonical collection,
 * all or nothing, event by event: memory holds one event, whatever the number of events.
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

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Canonical JSON files: one event or a collection each.")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Conversion conversion = Conversion.validating(language.map(Language::locale).orElse(Locale.ENGLISH));
        Inputs.Read read;
        try (Staging staging = Staging.in(out)) {
            read = convert(conversion, staging);
        } catch (IOException | UncheckedIOException e) {
            err.println(out + ": cannot write the output, nothing written: " + e.getMessage());
            return 1;
        }
        if (!read.problems().isEmpty()) {
            read.problems().forEach(err::println);
            err.printf("Nothing written: %d problem(s).%n", read.problems().size());
            return 1;
        }
        summarise(read, spec.commandLine().getOut());
        return 0;
    }

    /**
     * Validates every input while writing the canonical collection, then, only if all are valid, writes the feed
     * and the JSON-LD from that collection and commits the three files; staging removes them otherwise.
     */
    private Inputs.Read convert(Conversion conversion, Staging staging) throws IOException {
        Path feed = staging.file(FEED);
        Path jsonLd = staging.file(JSON_LD);
        Path json = staging.file(JSON);
        Inputs.Read read = conversion.writeJson(Inputs.of(files), json);
        if (read.problems().isEmpty()) {
            conversion.writeFeedAndJsonLd(json, read.events(), withItems, language.map(Language::locale), feed,
                    jsonLd);
            staging.commit();
        }
        return read;
    }

    private void summarise(Inputs.Read read, PrintWriter console) throws UncheckedIOException {
        console.printf("Converted %d event(s) with %d programme item(s) and %d people into %s:%n",
                read.events(), read.items(), read.people(), out);
        for (String name : List.of(FEED, JSON_LD, JSON)) {
            try {
                console.printf("  %-14s %,9d bytes%n", name, Files.size(out.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
