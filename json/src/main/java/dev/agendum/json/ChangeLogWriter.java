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

    /** Returns a writer. */
    public static ChangeLogWriter create() {
        return new ChangeLogWriter();
    }

    /** Returns the change log of {@code events}, in their order, ending with a line feed. */
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
        Out.string(out, "id", event.eventId());
        Out.text(out, "title", event.title());
        Out.value(out, "from", event.from(), ChangeLogWriter::revision);
        Out.value(out, "to", event.to(), ChangeLogWriter::revision);
        out.writeBooleanProperty("significant", event.significant());
        Out.list(out, "changes", event.changes(), ChangeLogWriter::change);
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
        Out.code(out, "kind", change.kind());
        out.writeBooleanProperty("significant", change.significant());
        Out.string(out, "path", change.path());
        Out.optional(out, "item", change.item(), ChangeLogWriter::item);
        change.role().ifPresent(role -> {
            Out.code(out, "role", role.type());
            Out.optional(out, "roleLabel", role.customLabel(), Out.TEXT);
        });
        Out.optional(out, "before", change.before(), Out.STRING);
        Out.optional(out, "after", change.after(), Out.STRING);
        out.writeEndObject();
    }

    private static void item(JsonGenerator out, ItemRef item) {
        out.writeStartObject();
        Out.string(out, "id", item.id());
        Out.text(out, "title", item.title());
        Out.value(out, "start", item.start(), Out.TIME);
        out.writeEndObject();
    }
}
