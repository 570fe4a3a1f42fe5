package dev.agendum.json;

import dev.agendum.json.format.Codec;
import dev.agendum.json.format.Document;
import dev.agendum.json.format.DocumentMapper;
import dev.agendum.json.format.FormatDeclarations;
import dev.agendum.json.format.Shape;
import dev.agendum.json.format.TextCodec;
import dev.agendum.json.read.ModelDeserializer;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.write.ModelSerializer;
import dev.agendum.model.LocalizedText;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that maps Agendum's domain types to the objects of the canonical JSON format, with the same
 * declarations, strict readers and ordered writers that {@link AgendumJson} uses.
 *
 * <p>Registered for {@link java.util.ServiceLoader} (in {@code META-INF/services} and {@code module-info}), so
 * {@code JsonMapper.builder().findAndAddModules()} finds it, as Spring Boot's mapper does. An
 * {@link dev.agendum.model.Event} is written and read as the bare event object, without the document envelope; a
 * {@link dev.agendum.model.Role} has no JSON object of its own: it is part of its participation.
 *
 * <p><b>What the module enforces alone</b>, in any mapper: every field's name, type and form (unknown, repeated,
 * missing and {@code null} fields refused, whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} or duplicate
 * detection), codes, date-times, zones, languages, amounts and currencies, the model's invariants (an end before
 * its start), the default language of texts, and the default list counts of {@link AgendumJson} (events' people,
 * programme items per event, other lists). A refusal is a {@link tools.jackson.databind.exc.MismatchedInputException}
 * whose message starts with the JSON Pointer of the value, whose {@code getLocation()} is where the value starts,
 * and whose {@code getPath()} holds the pointer's steps (after those of a bean holding the event) — the pointer
 * {@link AgendumJson} reports.
 *
 * <p><b>What only {@link AgendumJson} adds</b>: the document envelope and its {@code format} marker; the parser's
 * limits (document, string, number and name lengths, nesting depth, token count), which belong to the mapper's
 * {@code JsonFactory} and which a module cannot set; refusing content after the document and malformed UTF-8 in
 * bytes; validation of business rules with every violation located; and {@link AgendumJsonException}, with all
 * problems as data. An application reading untrusted bodies with its own mapper should set
 * {@code StreamReadConstraints} on it.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AgendumModule()).build();
 * String json = mapper.writeValueAsString(event);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgendumModule extends JacksonModule {

    private static final Version VERSION = new Version(0, 1, 0, null, "dev.agendum", "agendum-json");

    /** The mappings, kept private so that nobody can add to them after construction. */
    private final SimpleModule mappings = new SimpleModule("agendum-mappings", VERSION);

    /** Creates the module with the default counts of {@link AgendumJson} (events, items, people, list lengths). */
    public AgendumModule() {
        this(ReadLimits.DEFAULTS);
    }

    AgendumModule(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        for (Shape<?> shape : FormatDeclarations.SHAPES) {
            add(shape, limits);
        }
        map(LocalizedText.class, TextCodec.TEXT, limits);
        mappings.addSerializer(Document.class, new ModelSerializer<>(Document.class, DocumentMapper::write));
        mappings.addDeserializer(Document.class, new ModelDeserializer<>(Document.class, DocumentMapper::read, limits));
    }

    /** Returns {@code "agendum"}. */
    @Override
    public String getModuleName() {
        return "agendum";
    }

    /** Returns this library's version. */
    @Override
    public Version version() {
        return VERSION;
    }

    /** Registers the serializers and deserializers of the domain types. */
    @Override
    public void setupModule(SetupContext context) {
        mappings.setupModule(context);
    }

    private <T> void add(Shape<T> shape, ReadLimits limits) {
        map(shape.type(), shape, limits);
    }

    private <T> void map(Class<T> type, Codec<T> codec, ReadLimits limits) {
        mappings.addSerializer(type, new ModelSerializer<>(type, codec::write));
        mappings.addDeserializer(type, new ModelDeserializer<>(type, codec::read, limits));
    }
}
