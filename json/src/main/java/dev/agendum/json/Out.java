package dev.agendum.json;

import dev.agendum.model.Coded;
import dev.agendum.model.LocalizedText;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writing of fields in the canonical way: absent optional values and empty lists are left out, so that a field
 * present in a document always carries a value.
 */
final class Out {

    static final ValueWriter<String> STRING = JsonGenerator::writeString;
    static final ValueWriter<URI> URI_TEXT = (out, uri) -> out.writeString(uri.toString());
    static final ValueWriter<LocalDateTime> TIME = (out, time) -> out.writeString(time.toString());
    static final ValueWriter<LocalizedText> TEXT = Texts::write;
    static final ValueWriter<Coded> CODE = (out, coded) -> out.writeString(coded.code());

    private Out() {
    }

    static void string(JsonGenerator out, String name, String value) {
        out.writeStringProperty(name, value);
    }

    static void text(JsonGenerator out, String name, LocalizedText value) {
        out.writeName(name);
        Texts.write(out, value);
    }

    static void code(JsonGenerator out, String name, Coded value) {
        out.writeStringProperty(name, value.code());
    }

    static <T> void value(JsonGenerator out, String name, T value, ValueWriter<? super T> writer) {
        out.writeName(name);
        writer.write(out, value);
    }

    static <T> void optional(JsonGenerator out, String name, Optional<T> value, ValueWriter<? super T> writer) {
        value.ifPresent(v -> value(out, name, v, writer));
    }

    static <T> void list(JsonGenerator out, String name, List<T> values, ValueWriter<? super T> writer) {
        if (values.isEmpty()) {
            return;
        }
        out.writeName(name);
        out.writeStartArray();
        values.forEach(v -> writer.write(out, v));
        out.writeEndArray();
    }
}
