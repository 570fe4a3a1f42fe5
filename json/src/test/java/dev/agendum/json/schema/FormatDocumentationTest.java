package dev.agendum.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.json.format.FormatDeclarations;
import dev.agendum.json.format.Shape;
import dev.agendum.model.Coded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FORMAT.md")
class FormatDocumentationTest {

    static final String BEGIN = "<!-- field tables: generated from the declarations by FormatDocumentationTest -->\n";
    static final String END = "<!-- end of the field tables -->\n";
    private static final Path FORMAT = Path.of("FORMAT.md");

    @Test
    @DisplayName("lists every object and field exactly as declared")
    void fieldTablesMatchTheDeclarations() throws IOException {
        String text = Files.readString(FORMAT);
        String tables = tables();
        if (Boolean.getBoolean("agendum.regenerate")) {
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            text = text.substring(0, begin + BEGIN.length()) + tables + text.substring(end);
            Files.writeString(FORMAT, text);
        }
        assertThat(text).as("run: mvn -pl json -am verify -Dtest=FormatDocumentationTest -Dagendum.regenerate=true")
                .contains(BEGIN + tables + END);
    }

    /** Renders one table per declared object, fields in canonical order. */
    static String tables() {
        StringBuilder out = new StringBuilder();
        for (Shape<?> shape : FormatDeclarations.SHAPES) {
            out.append("\n### ").append(shape.name()).append('\n');
            if (!shape.description().isEmpty()) {
                out.append(shape.description()).append('\n');
            }
            out.append("\n| field | value | presence | note |\n|---|---|---|---|\n");
            appendRows(out, shape);
        }
        return out.append('\n').toString();
    }

    private static void appendRows(StringBuilder out, Shape<?> shape) {
        for (Shape.Field<?> field : shape.fields()) {
            if (field.presence() == Shape.Presence.FLATTENED) {
                appendRows(out, field.inner());
                continue;
            }
            out.append("| `").append(field.name()).append("` | ").append(field.codec().describe()).append(" | ")
                    .append(presence(field)).append(" | ").append(field.note()).append(" |\n");
        }
    }

    private static String presence(Shape.Field<?> field) {
        return switch (field.presence()) {
            case REQUIRED -> "required";
            case OPTIONAL -> "optional";
            case DEFAULT -> field.absent() instanceof Collection<?> ? "left out when empty"
                    : field.absent() instanceof Coded coded ? "absent means `" + coded.code() + "`, not written"
                    : "left out when it has its default";
            case FLATTENED -> throw new AssertionError("flattened fields are listed field by field");
        };
    }
}
