package dev.agendum.json;

import dev.agendum.json.format.Document;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.write.CanonicalLayout;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
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
final class CanonicalMapper {

    private final JsonMapper mapper;
    private final boolean indent;

    CanonicalMapper(ReadLimits limits, boolean indent) {
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
        return indent ? writer.with(CanonicalLayout.prettyPrinter()) : writer;
    }
}
