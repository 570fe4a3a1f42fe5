package dev.agendum.examples.cli;

import dev.agendum.importer.AnnouncementImporter;
import dev.agendum.importer.Draft;
import dev.agendum.importer.ImportReport;
import dev.agendum.importer.NotAnAnnouncementException;
import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agendum import}: turns announcement texts (plain, Markdown, HTML; Dutch or English) into draft events in
 * one canonical collection, with a report of where every value came from.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads announcement texts (plain text, Markdown or HTML, Dutch or English) and writes",
                "DIR/events.json (one canonical collection, one draft per file in order, which validate and",
                "convert accept) and DIR/import-report.md (every value with its source words or assumption,",
                "and what could not be placed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file gave a draft", "1:a file gave none (each is named); the others' drafts are "
                + "still written", "2:usage error"})
final class ImportCommand implements Callable<Integer> {

    static final String REPORT = "import-report.md";

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "nl|en", description = "Read every text in this language "
            + "(default: detected per file).")
    private Optional<Language> language = Optional.empty();

    @Option(names = "--zone", paramLabel = "ZONE", description = "IANA zone of the times (default: "
            + "Europe/Amsterdam, an assumption the report states).")
    private Optional<ZoneId> zone = Optional.empty();

    @Option(names = "--year", paramLabel = "YYYY", description = "Year of dates the text gives without one, "
            + "when the text names none elsewhere.")
    private Optional<Integer> year = Optional.empty();

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
            description = "Directory to write to (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Announcement texts (.txt, .md, .html).")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AnnouncementImporter importer = importer();
        List<ImportReport.Entry> entries = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            String why = null;
            try {
                Draft draft = importer.read(file.getFileName().toString(), Files.readString(file,
                        StandardCharsets.UTF_8));
                entries.add(ImportReport.Entry.of(file.toString(), draft));
                if (!draft.valid()) {
                    why = "the draft does not pass validation (see " + REPORT + ")";
                } else {
                    events.add(draft.event());
                }
            } catch (NotAnAnnouncementException | IllegalArgumentException e) {
                why = e.getMessage();
                entries.add(ImportReport.Entry.failed(file.toString(), why));
            } catch (MalformedInputException e) {
                why = "not UTF-8 text";
                entries.add(ImportReport.Entry.failed(file.toString(), why));
            } catch (IOException e) {
                why = "cannot be read: " + e.getMessage();
                entries.add(ImportReport.Entry.failed(file.toString(), why));
            }
            if (why != null) {
                failed.add(file.toString());
                err.println(file + ": no draft: " + why);
            }
        }
        try {
            write(events, entries);
        } catch (IOException | UncheckedIOException e) {
            err.println(out + ": cannot write the output: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().printf("Imported %d of %d file(s) into %s: %s and %s%n", events.size(),
                files.size(), out, ConvertCommand.JSON, REPORT);
        return failed.isEmpty() ? 0 : 1;
    }

    private AnnouncementImporter importer() {
        AnnouncementImporter.Builder builder = AnnouncementImporter.builder()
                .clock(Clock.tick(Clock.systemUTC(), java.time.Duration.of(1, ChronoUnit.SECONDS)));
        language.ifPresent(l -> builder.language(l.locale()));
        zone.ifPresent(builder::zone);
        year.ifPresent(builder::year);
        return builder.build();
    }

    private void write(List<Event> events, List<ImportReport.Entry> entries) throws IOException {
        try (Staging staging = Staging.in(out)) {
            if (!events.isEmpty()) {
                AgendumJson.create().writeEvents(events, staging.file(ConvertCommand.JSON));
            }
            Files.writeString(staging.file(REPORT), ImportReport.write(entries), StandardCharsets.UTF_8);
            staging.commit();
        }
    }
}
