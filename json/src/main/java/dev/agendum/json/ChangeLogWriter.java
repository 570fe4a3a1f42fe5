package dev.agendum.json;

import dev.agendum.change.Change;
import dev.agendum.change.EventChanges;
import dev.agendum.change.ItemRef;
import dev.agendum.model.Revision;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the machine-readable change log {@code agendum-changes/1}: for every event that changed, its revisions
 * before and after and each change with its kind, significance, property path, item, role and old and new values,
 * in programme order. {@code json/CHANGES.md} describes every field; a JSON Schema (draft 2020-12) ships at
 * {@link #SCHEMA_RESOURCE}.
 *
 * <p>Output is deterministic for the same changes: fields in a fixed order, two-space indentation, LF line ends,
 * events without changes left out, no wall-clock time anywhere. Texts are escaped by Jackson: no value can add a
 * field. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String json = ChangeLogWriter.create().write(published.stream().map(Published::changes).toList());
 * }</pre>
 */
public final class ChangeLogWriter {

    /** The format name written as {@code format}. */
    public static final String FORMAT = "agendum-changes/1";
    /** Where the JSON Schema of the change log is in this module's jar. */
    public static final String SCHEMA_RESOURCE = "/dev/agendum/json/agendum-changes-1.schema.json";

    private final ObjectWriter writer;

    private ChangeLogWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.writer = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
    }

    /**
     * Returns a writer.
     *
     * @return a new change-log writer
     */
    public static ChangeLogWriter create() {
        return new ChangeLogWriter();
    }

    /**
     * Returns the change log of {@code events}, in their order, ending with a line feed.
     *
     * @param events the changes of each event, in the order they are written; events without a change are left out
     * @return the JSON text of the change log
     */
    public String write(List<EventChanges> events) {
        List<EventChanges> changed = events.stream().filter(e -> !e.isEmpty()).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = writer.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringProperty("format", FORMAT);
            out.writeName("events");
            out.writeStartArray();
            changed.forEach(event -> event(out, event));
            out.writeEndArray();
            out.writeEndObject();
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static void event(JsonGenerator out, EventChanges event) {
        out.writeStartObject();
        out.writeStringProperty("id", event.eventId());
        text(out, "title", event.title());
        out.writeName("from");
        revision(out, event.from());
        out.writeName("to");
        revision(out, event.to());
        out.writeBooleanProperty("significant", event.significant());
        out.writeName("changes");
        out.writeStartArray();
        event.changes().forEach(change -> change(out, change));
        out.writeEndArray();
        out.writeEndObject();
    }

    /** A localised text as the canonical format writes one: its values by language tag, the default first. */
    private static void text(JsonGenerator out, String name, dev.agendum.model.LocalizedText text) {
        out.writeName(name);
        out.writeStartObject();
        text.values().forEach((language, value) -> out.writeStringProperty(language.toLanguageTag(), value));
        out.writeEndObject();
    }

    private static void revision(JsonGenerator out, Revision revision) {
        out.writeStartObject();
        out.writeNumberProperty("number", revision.number());
        out.writeStringProperty("published", revision.published().toString());
        out.writeEndObject();
    }

    private static void change(JsonGenerator out, Change change) {
        Objects.requireNonNull(change, "change");
        out.writeStartObject();
        out.writeStringProperty("kind", change.kind().code());
        out.writeBooleanProperty("significant", change.significant());
        out.writeStringProperty("path", change.path());
        change.item().ifPresent(item -> {
            out.writeName("item");
            item(out, item);
        });
        change.role().ifPresent(role -> {
            out.writeStringProperty("role", role.type().code());
            role.customLabel().ifPresent(label -> text(out, "roleLabel", label));
        });
        change.before().ifPresent(before -> out.writeStringProperty("before", before));
        change.after().ifPresent(after -> out.writeStringProperty("after", after));
        out.writeEndObject();
    }

    private static void item(JsonGenerator out, ItemRef item) {
        out.writeStartObject();
        out.writeStringProperty("id", item.id());
        text(out, "title", item.title());
        out.writeStringProperty("start", item.start().toString());
        out.writeEndObject();
    }
}
