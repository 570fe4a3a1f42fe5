package dev.agendum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

/**
 * The bundled canonical JSON files are the Java-modelled announcements, exactly: same events, same bytes. When the
 * model of an announcement changes, regenerate them with
 * {@code mvn -pl examples test -Dtest=BundledAnnouncementsTest -Dagendum.regenerate=true}.
 */
@DisplayName("Bundled announcements")
class BundledAnnouncementsTest {

    private static final AgendumJson JSON = AgendumJson.builder().validate(Locale.ENGLISH).build();

    static java.util.List<Event> announcements() {
        return Announcements.all();
    }

    @ParameterizedTest(name = "{0} reads as the Java model, writes back to the same bytes, and is valid")
    @MethodSource("announcements")
    void bundledJsonIsTheModel(Event event) throws IOException {
        String name = "announcements/" + event.id() + ".json";
        String written = AgendumJson.create().writeEvent(event);
        if (Boolean.getBoolean("agendum.regenerate")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/main/resources/dev/agendum/examples", name),
                    written, StandardCharsets.UTF_8);
        }
        try (InputStream in = Announcements.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            String bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(JSON.readEvent(bundled)).isEqualTo(event);
            assertThat(bundled).isEqualTo(written);
        }
        assertThat(EventValidator.create().validate(event)).isEmpty();
        assertThat(AgendumJson.create().readEvent(written)).isEqualTo(event);
    }
}
