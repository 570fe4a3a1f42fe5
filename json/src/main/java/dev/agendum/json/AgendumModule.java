package dev.agendum.json;

import dev.agendum.model.LocalizedText;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that maps Agendum's domain types to the objects of the canonical JSON format, with the same
 * strict readers and ordered writers that {@link AgendumJson} uses.
 *
 * <p>Registered for {@link java.util.ServiceLoader} (in {@code META-INF/services} and {@code module-info}), so
 * {@code JsonMapper.builder().findAndAddModules()} finds it. An {@link Event} is written and read as the bare event
 * object, without the document envelope and its format marker; for whole documents, and for the strict parser
 * settings (duplicate keys, size limits) that a module cannot set on a mapper, use {@link AgendumJson}. A
 * {@link dev.agendum.model.Role} has no JSON object of its own: it is part of its participation.
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
