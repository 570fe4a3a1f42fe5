package dev.agendum.examples.cli;

import dev.agendum.ical.FeedSelection;
import dev.agendum.ical.FeedWriter;
import dev.agendum.json.EventStreams;
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
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code agendum convert}: validates every input, then writes the feed, the JSON-LD and the canonical collection
 * (and any personal or track feeds asked for), all or nothing, event by event: memory holds one event, whatever the
 * number of events.
 */
final class ConvertCommand implements Callable<Integer>, Declared {

    static final String FEED = "events.ics";
    static final String JSON_LD = "events.jsonld";
    static final String JSON = "events.json";

    private CommandSpec spec;
    private final Value<Path> out = new Value<>(null);
    private final Value<Boolean> withItems = new Value<>(false);
    private final Value<Optional<Language>> language = new Value<>(Optional.empty());
    private final Value<Optional<String>> uidDomain = new Value<>(Optional.empty());
    private final Value<Boolean> publishPersonalDetails = new Value<>(false);
    private final Value<List<String>> persons = new Value<>(new ArrayList<>());
    private final Value<List<String>> tracks = new Value<>(new ArrayList<>());
    private final Value<Optional<Long>> maxEvents = new Value<>(Optional.empty());
    private final Value<List<Path>> files = new Value<>(new ArrayList<>());
    private final Republication republication = new Republication();

    /** Whether the validator is built; a test sets it to take the unchecked first pass whatever the timing. */
    BooleanSupplier validatorReady = Conversion::validatorReady;

    @Override
    @Spec
    public void declare(CommandSpec spec) {
        this.spec = spec;
        spec.name("convert");
        spec.usageMessage()
                .description("Converts canonical JSON files (none given: the two bundled announcements)",
                        "into DIR/events.ics (iCalendar feed), DIR/events.jsonld (schema.org) and",
                        "DIR/events.json (one canonical collection, which convert reads again).",
                        "Every input is validated first; if any is invalid, every problem is",
                        "reported and nothing is written.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(Declared.exitCodes("0", "converted",
                        "1", "an input is invalid, or the output could not be written; nothing written",
                        "2", "usage error"));
        Declared.standardHelpOptions(spec);
        spec.addOption(Declared.option("--out", out).type(Path.class).defaultValue("out").paramLabel("DIR")
                .description("Directory to write to (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(Declared.option("--with-items", withItems).type(boolean.class)
                .description("Also write each programme item as its own VEVENT.").build());
        spec.addOption(Declared.option("--lang", language).type(Optional.class).auxiliaryTypes(Language.class)
                .paramLabel("en|nl|de").description("Language of messages and of the words the feed adds (default: "
                        + "each event's own language; messages in English).").build());
        spec.addOption(Declared.option("--uid-domain", uidDomain).type(Optional.class).auxiliaryTypes(String.class)
                .paramLabel("DOMAIN").description("Domain every UID ends in, one you control (default: "
                        + FeedWriter.DEFAULT_UID_DOMAIN + "). Keep it: a new domain makes every event new to "
                        + "subscribers.").build());
        spec.addOption(Declared.option("--publish-personal-details", publishPersonalDetails).type(boolean.class)
                .description("Also publish the e-mail addresses and phone numbers of people who are not contacts "
                        + "(off: only contacts' and desks' details, which the announcement makes public).").build());
        spec.addOption(Declared.option("--person", persons).type(List.class).auxiliaryTypes(String.class)
                .paramLabel("ID").description("Also write DIR/events-person-ID.ics: the items where this person "
                        + "appears, with their events. Repeatable.").build());
        spec.addOption(Declared.option("--track", tracks).type(List.class).auxiliaryTypes(String.class)
                .paramLabel("NAME").description("Also write DIR/events-track-NAME.ics (NAME in lower case, other "
                        + "characters than letters and digits as '-'): the items of this track, with their events. "
                        + "Repeatable.").build());
        spec.addOption(Declared.option("--max-events", maxEvents).type(Optional.class).auxiliaryTypes(Long.class)
                .paramLabel("N").description("Refuse a run of more than N events in all inputs together (default: "
                        + "no cap; memory holds one event at a time, and a few dozen bytes per event for its id).")
                .build());
        republication.declare(spec);
        spec.addPositional(Declared.positional(files).type(List.class).auxiliaryTypes(Path.class).arity("0..*")
                .paramLabel("FILE").description("Canonical JSON files, one event or a collection each (- for "
                        + "standard input).").build());
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        FeedWriter feed;
        try {
            feed = Conversion.feedWriter(withItems.value(), language.value().map(Language::locale), uidDomain.value(),
                    publishPersonalDetails.value());
        } catch (IllegalArgumentException e) {
            err.println("--uid-domain " + uidDomain.value().orElse("") + ": " + e.getMessage() + "; nothing written.");
            return 2;
        }
        if (maxEvents.value().isPresent() && maxEvents.value().get() < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-events must be at least 1, not " + maxEvents.value().get());
        }
        if (republication.misused()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--published and --drop-removed need --previous");
        }
        Conversion conversion = Conversion.create(language.value().map(Language::locale).orElse(Locale.ENGLISH));
        Outcome outcome;
        try (Staging staging = Staging.in(out.value())) {
            outcome = convert(conversion, feed, staging);
        } catch (IOException | UncheckedIOException e) {
            err.println(out.value() + ": cannot write the output, nothing written: " + e.getMessage());
            return 1;
        }
        if (!outcome.read().problems().isEmpty()) {
            outcome.read().problems().forEach(err::println);
            err.printf("Nothing written: %d problem(s).%n", outcome.read().problems().size());
            return 1;
        }
        if (outcome.unmatched().isPresent()) {
            err.println(outcome.unmatched().get() + ": nothing written.");
            return 2;
        }
        summarise(outcome.read(), spec.commandLine().getOut());
        return 0;
    }

    /** What a conversion found: the inputs' problems, or a personal or track feed that matches nothing. */
    private record Outcome(Inputs.Read read, Optional<String> unmatched) {
    }

    /**
     * Writes every output to staging and commits them only if every input is valid and every asked-for person and
     * track exists; staging removes them otherwise. Small inputs that can be read twice are first converted without
     * waiting for the validator, while it is still being built on another thread (most of a cold start), and then
     * read again to be validated; others, and all inputs once the validator is ready, are validated while the
     * canonical collection is written.
     */
    private Outcome convert(Conversion conversion, FeedWriter feed, Staging staging) throws IOException {
        List<Inputs.Source> sources = Inputs.of(files.value());
        long cap = maxEvents.value().orElse(EventStreams.UNLIMITED);
        Path json = staging.file(JSON);
        if (republication.active() || !readableTwice() || validatorReady.getAsBoolean()) {
            return convertValidating(conversion, sources, cap, json, feed, staging);
        }
        Inputs.Read read = conversion.writeJsonUnchecked(sources, json, cap);
        Trace.mark("json written, unchecked");
        if (!read.problems().isEmpty()) {
            // Every problem, those of the business rules too, as a validating read reports them.
            return new Outcome(conversion.check(sources, cap), Optional.empty());
        }
        Optional<String> unmatched = conversion.unmatched(json, read.events(), persons.value(), tracks.value());
        if (unmatched.isEmpty()) {
            writeFeedsAndJsonLd(conversion, json, read, feed, staging);
        }
        Inputs.Read checked = conversion.check(sources, cap);
        Trace.mark("inputs validated");
        if (!checked.problems().isEmpty() || unmatched.isPresent()) {
            return new Outcome(checked, unmatched);
        }
        staging.commit();
        Trace.mark("committed");
        return new Outcome(checked, Optional.empty());
    }

    /**
     * Whether the inputs may be read a second time to be validated: no standard input, and small enough that the
     * second read costs less than waiting for the validator does.
     */
    private boolean readableTwice() {
        String[] names = new String[files.value().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = files.value().get(i).toString();
            if (names[i].equals(Inputs.STANDARD_INPUT)) {
                return false;
            }
        }
        return !Launcher.largeInput(names);
    }

    /**
     * Validates every input while writing the canonical collection, then, only if all are valid and every asked-for
     * person and track exists, writes the feeds and the JSON-LD from that collection and commits the files.
     */
    private Outcome convertValidating(Conversion conversion, List<Inputs.Source> sources, long cap, Path json,
                                      FeedWriter feed, Staging staging) throws IOException {
        Inputs.Read read = conversion.writeJson(sources, json, cap);
        Trace.mark("json written");
        if (!read.problems().isEmpty()) {
            return new Outcome(read, Optional.empty());
        }
        if (republication.active()) {
            // Comparing with the published collection needs both whole: --previous holds them in memory.
            Republication.Outcome outcome = republication.apply(files.value(),
                    conversion.load(json, read.events()));
            if (!outcome.problems().isEmpty()) {
                return new Outcome(new Inputs.Read(read.events(), read.items(), read.people(), outcome.problems()),
                        Optional.empty());
            }
            conversion.rewriteJson(outcome.events(), json);
            read = Inputs.Read.of(outcome.events());
            Republication.stage(staging, outcome, language.value().map(Language::locale).orElse(Locale.ENGLISH));
        }
        Optional<String> unmatched = conversion.unmatched(json, read.events(), persons.value(), tracks.value());
        if (unmatched.isPresent()) {
            return new Outcome(read, unmatched);
        }
        writeFeedsAndJsonLd(conversion, json, read, feed, staging);
        staging.commit();
        Trace.mark("committed");
        return new Outcome(read, Optional.empty());
    }

    /** Writes, to staging, the feed, the personal and track feeds asked for and the JSON-LD of the collection. */
    private void writeFeedsAndJsonLd(Conversion conversion, Path json, Inputs.Read read, FeedWriter feed,
                                     Staging staging) throws IOException {
        Map<Path, FeedWriter> feeds = new LinkedHashMap<>();
        feeds.put(staging.file(FEED), feed);
        for (String person : persons.value()) {
            feeds.put(staging.file(Conversion.personFeed(person)), feed.selecting(FeedSelection.person(person)));
        }
        for (String track : tracks.value()) {
            feeds.put(staging.file(Conversion.trackFeed(track)), feed.selecting(FeedSelection.track(track)));
        }
        conversion.writeFeedsAndJsonLd(json, read.events(), feeds, language.value().map(Language::locale),
                staging.file(JSON_LD));
        Trace.mark("feeds and json-ld written");
    }

    private void summarise(Inputs.Read read, PrintWriter console) throws UncheckedIOException {
        console.printf("Converted %d event(s) with %d programme item(s) and %d people into %s:%n",
                read.events(), read.items(), read.people(), out.value());
        List<String> names = new ArrayList<>(List.of(FEED, JSON_LD, JSON));
        persons.value().forEach(p -> names.add(Conversion.personFeed(p)));
        tracks.value().forEach(t -> names.add(Conversion.trackFeed(t)));
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            try {
                console.printf("  %-" + width + "s %,9d bytes%n", name, Files.size(out.value().resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
