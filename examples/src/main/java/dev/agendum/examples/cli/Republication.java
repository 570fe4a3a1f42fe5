package dev.agendum.examples.cli;

import dev.agendum.change.ChangeLogText;
import dev.agendum.change.EventChanges;
import dev.agendum.change.PublicationException;
import dev.agendum.change.Published;
import dev.agendum.change.Publisher;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.AgendumJsonException;
import dev.agendum.json.ChangeLogWriter;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code convert --previous PUBLISHED.json [--published INSTANT] [--drop-removed]}: publishes the inputs over the
 * collection {@code convert} wrote before, so that each event gets its next revision only when it changed
 * significantly, removed events and items stay as cancelled tombstones, and {@code changes.json} and
 * {@code changes.txt} say what changed. Without {@code --previous} it does nothing and {@code convert} is as before.
 */
final class Republication {

    static final String CHANGES_JSON = "changes.json";
    static final String CHANGES_TEXT = "changes.txt";

    private final Declared.Value<Optional<Path>> previous = new Declared.Value<>(Optional.empty());
    private final Declared.Value<Optional<Instant>> published = new Declared.Value<>(Optional.empty());
    private final Declared.Value<Boolean> dropRemoved = new Declared.Value<>(false);

    /** Declares the options of this part of {@code convert} on its model. */
    void declare(CommandSpec spec) {
        spec.addOption(Declared.option("--previous", previous).type(Optional.class).auxiliaryTypes(Path.class)
                .paramLabel("PUBLISHED.json").description("The events.json an earlier convert wrote: events are "
                        + "published over it, with revisions derived, removed events and items kept as cancelled, "
                        + "and DIR/changes.json and DIR/changes.txt written.").build());
        spec.addOption(Declared.option("--published", published).type(Optional.class).auxiliaryTypes(Instant.class)
                .paramLabel("INSTANT").description("When new revisions are published, e.g. 2021-03-20T08:30:00Z "
                        + "(default: now). Only with --previous.").build());
        spec.addOption(Declared.option("--drop-removed", dropRemoved).type(boolean.class)
                .description("Leave out events of PUBLISHED.json that the inputs no longer hold, instead of keeping "
                        + "them as cancelled. Only with --previous.").build());
    }

    /**
     * What publishing over the previous collection gives.
     *
     * @param events   the events to write: new revisions, tombstones
     * @param changes  what changed, event by event
     * @param problems one {@code FILE: /pointer: message} line per problem; empty when all can be published
     */
    record Outcome(List<Event> events, List<EventChanges> changes, List<String> problems) {
    }

    /** Tells whether {@code --previous} was given. */
    boolean active() {
        return previous.value().isPresent();
    }

    /** Tells whether {@code --published} or {@code --drop-removed} was given without {@code --previous}. */
    boolean misused() {
        return previous.value().isEmpty() && (published.value().isPresent() || dropRemoved.value());
    }

    /** Publishes {@code events}, read from {@code files} (none: the bundled announcements), over the previous file. */
    Outcome apply(List<Path> files, List<Event> events) {
        Path file = previous.value().orElseThrow();
        List<Event> before;
        try {
            if (!isCollection(file)) {
                return failed(file + ": /event: a single event; --previous needs a collection as convert writes "
                        + "it (its events.json)");
            }
            before = AgendumJson.create().readEvents(file);
        } catch (AgendumJsonException e) {
            return failed(e.problems().stream().map(p -> file + ": " + p).toList());
        } catch (UncheckedIOException e) {
            return failed(file + ": " + (e.getCause() instanceof NoSuchFileException ? "no such file"
                    : "cannot be read: " + e.getCause().getMessage()));
        }
        Instant at = published.value().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        try {
            List<Published> all = Publisher.at(at).publishAll(before, events, dropRemoved.value());
            return new Outcome(all.stream().map(Published::event).toList(),
                    all.stream().map(Published::changes).toList(), List.of());
        } catch (PublicationException e) {
            String where = origins(files).getOrDefault(e.eventId(), file + ": /events/?");
            return failed(where + pointer(e.path()) + ": " + e.problem());
        }
    }

    /** Writes {@code changes.json}, and {@code changes.txt} in {@code language}, into the staging directory. */
    static void stage(Staging staging, Outcome outcome, Locale language) throws IOException {
        Files.writeString(staging.file(CHANGES_JSON), ChangeLogWriter.create().write(outcome.changes()),
                StandardCharsets.UTF_8);
        Files.writeString(staging.file(CHANGES_TEXT), ChangeLogText.in(language).write(outcome.changes()),
                StandardCharsets.UTF_8);
    }

    private static Outcome failed(String problem) {
        return failed(List.of(problem));
    }

    private static Outcome failed(List<String> problems) {
        return new Outcome(List.of(), List.of(), problems);
    }

    private static boolean isCollection(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            return root == null || !root.isObject() || !root.has("event");
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return true;  // not JSON: the reader reports it with its line and column
        }
    }

    /** Where each event was read from, {@code FILE: /events/3} or {@code FILE: /event}, by id. */
    private static Map<String, String> origins(List<Path> files) {
        Map<String, String> origins = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<JsonNode> roots = new ArrayList<>();
        JsonMapper mapper = JsonMapper.builder().build();
        try {
            if (files.isEmpty()) {
                for (String name : Inputs.BUNDLED) {
                    try (InputStream in = Inputs.class.getResourceAsStream(Inputs.BUNDLED_FOLDER + name)) {
                        names.add("bundled:" + name);
                        roots.add(mapper.readTree(in));
                    }
                }
            }
            for (Path file : files) {
                names.add(file.toString());
                roots.add(mapper.readTree(file.toFile()));
            }
        } catch (IOException | RuntimeException e) {
            return origins;  // the inputs were read once already; without origins a problem names no file
        }
        for (int f = 0; f < roots.size(); f++) {
            JsonNode root = roots.get(f);
            if (root.has("event")) {
                origins.putIfAbsent(root.get("event").path("id").asString(), names.get(f) + ": /event");
            }
            JsonNode list = root.path("events");
            for (int i = 0; i < list.size(); i++) {
                origins.putIfAbsent(list.get(i).path("id").asString(), names.get(f) + ": /events/" + i);
            }
        }
        return origins;
    }

    /** {@code programme.items[2].kind} as a JSON Pointer tail: {@code /programme/items/2/kind}. */
    static String pointer(String path) {
        return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }
}
