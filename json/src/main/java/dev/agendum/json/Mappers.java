package dev.agendum.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one mapper an {@link AgendumJson} uses, with the settings a module cannot make: Jackson 3.2's defaults
 * accept unbounded documents and trailing content, and close the caller's streams. Duplicate and unknown fields
 * need no setting: every object of the format refuses them itself, in any mapper (so Jackson's duplicate detection,
 * a second look-up per field, is left off).
 */
final class Mappers {

    private final JsonMapper mapper;
    private final boolean indent;

    Mappers(ReadLimits limits, boolean indent) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits.streamConstraints())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new AgendumModule(limits))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.indent = indent;
    }

    ObjectReader reader() {
        return mapper.readerFor(Document.class);
    }

    ObjectWriter writer() {
        ObjectWriter writer = mapper.writerFor(Document.class);
        return indent ? writer.with(prettyPrinter()) : writer;
    }

    /** Two spaces, "\n" on every platform, {@code "name": value}: the canonical layout. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
