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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code agendum import}: turns announcement texts (plain, Markdown, HTML; Dutch or English) into draft events in
 * one canonical collection, with a report of where every value came from.
 */
final class ImportCommand implements Callable<Integer>, Declared {

    static final String REPORT = "import-report.md";

    private CommandSpec spec;
    private final Value<Optional<Language>> language = new Value<>(Optional.empty());
    private final Value<Optional<ZoneId>> zone = new Value<>(Optional.empty());
    private final Value<Optional<Integer>> year = new Value<>(Optional.empty());
    private final Value<Path> out = new Value<>(null);
    private final Value<List<Path>> files = new Value<>(new ArrayList<>());

    @Override
    @Spec
    public void declare(CommandSpec spec) {
        this.spec = spec;
        spec.name("import");
        spec.usageMessage()
                .description("Reads announcement texts (plain text, Markdown or HTML, Dutch or English) and writes",
                        "DIR/events.json (one canonical collection, one draft per file in order, which validate and",
                        "convert accept) and DIR/import-report.md (every value with its source words or assumption,",
                        "and what could not be placed).")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(Declared.exitCodes("0", "every file gave a draft",
                        "1", "a file gave none (each is named); the others' drafts are still written",
                        "2", "usage error"));
        Declared.standardHelpOptions(spec);
        spec.addOption(Declared.option("--lang", language).type(Optional.class).auxiliaryTypes(Language.class)
                .paramLabel("nl|en").description("Read every text in this language (default: detected per file).")
                .build());
        spec.addOption(Declared.option("--zone", zone).type(Optional.class).auxiliaryTypes(ZoneId.class)
                .paramLabel("ZONE").description("IANA zone of the times (default: Europe/Amsterdam, an assumption "
                        + "the report states).").build());
        spec.addOption(Declared.option("--year", year).type(Optional.class).auxiliaryTypes(Integer.class)
                .paramLabel("YYYY").description("Year of dates the text gives without one, when the text names none "
                        + "elsewhere.").build());
        spec.addOption(Declared.option("--out", out).type(Path.class).defaultValue("out").paramLabel("DIR")
                .description("Directory to write to (default: ${DEFAULT-VALUE}).").build());
        spec.addPositional(Declared.positional(files).type(List.class).auxiliaryTypes(Path.class)
                .arity("1..*").required(true).paramLabel("FILE")
                .description("Announcement texts (.txt, .md, .html).").build());
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AnnouncementImporter importer = importer();
        List<ImportReport.Entry> entries = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path file : files.value()) {
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
            err.println(out.value() + ": cannot write the output: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().printf("Imported %d of %d file(s) into %s: %s and %s%n", events.size(),
                files.value().size(), out.value(), ConvertCommand.JSON, REPORT);
        return failed.isEmpty() ? 0 : 1;
    }

    private AnnouncementImporter importer() {
        AnnouncementImporter.Builder builder = AnnouncementImporter.builder()
                .clock(Clock.tick(Clock.systemUTC(), java.time.Duration.of(1, ChronoUnit.SECONDS)));
        language.value().ifPresent(l -> builder.language(l.locale()));
        zone.value().ifPresent(builder::zone);
        year.value().ifPresent(builder::year);
        return builder.build();
    }

    private void write(List<Event> events, List<ImportReport.Entry> entries) throws IOException {
        try (Staging staging = Staging.in(out.value())) {
            if (!events.isEmpty()) {
                AgendumJson.create().writeEvents(events, staging.file(ConvertCommand.JSON));
            }
            Files.writeString(staging.file(REPORT), ImportReport.write(entries), StandardCharsets.UTF_8);
            staging.commit();
        }
    }
}
