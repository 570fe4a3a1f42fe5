package dev.agendum.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.AgendumJsonException;
import dev.agendum.json.TestDocuments;
import dev.agendum.json.TestEvents;
import dev.agendum.json.format.FormatDeclarations;
import dev.agendum.model.AttendanceMode;
import dev.agendum.model.Coded;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Contact;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.RoleType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The shipped JSON Schema")
public class SchemaTest {

    private static final AgendumJson JSON = AgendumJson.create();
    private static final String MINIMAL = TestDocuments.MINIMAL;
    private static final Schema SCHEMA = load();
    private static final JsonNode SCHEMA_TREE = tree();

    private static Schema load() {
        try (InputStream in = AgendumJson.class.getResourceAsStream(AgendumJson.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode tree() {
        try (InputStream in = AgendumJson.class.getResourceAsStream(AgendumJson.SCHEMA_RESOURCE)) {
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Error> errors(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    @Test
    @DisplayName("is shipped at the documented resource path as draft 2020-12")
    void shipped() {
        assertThat(AgendumJson.SCHEMA_RESOURCE).isEqualTo("/dev/agendum/json/agendum-1.schema.json");
        assertThat(SCHEMA_TREE.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA_TREE.at("/properties/format/const").asString()).isEqualTo(AgendumJson.FORMAT);
    }

    @Test
    @DisplayName("accepts what the writer writes: every field, all-day, minimal, and a collection")
    void acceptsWrittenDocuments() {
        for (var event : List.of(TestEvents.everyField(), TestEvents.allDay(), TestEvents.minimal())) {
            assertThat(errors(JSON.writeEvent(event))).as(event.id()).isEmpty();
        }
        assertThat(errors(JSON.writeEvents(List.of(TestEvents.everyField(), TestEvents.allDay())))).isEmpty();
        assertThat(errors(MINIMAL)).isEmpty();
    }

    public static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("an unknown field", MINIMAL.replace("\"title\"", "\"titel\"")),
                Arguments.of("a missing required field", MINIMAL.replace("\"zone\": \"Europe/Amsterdam\",\n", "")),
                Arguments.of("null", MINIMAL.replace("\"title\":", "\"description\": null, \"title\":")),
                Arguments.of("a wrong type", MINIMAL.replace("\"allDay\": false", "\"allDay\": \"no\"")),
                Arguments.of("an unknown code", MINIMAL.replace("\"in-person\"", "\"virtual\"")),
                Arguments.of("an offset in a local time", MINIMAL.replace("T20:00\"", "T20:00+01:00\"")),
                Arguments.of("a local time as an instant", MINIMAL.replace("08:00:00Z", "08:00:00")),
                Arguments.of("another format", MINIMAL.replace("agendum/1", "agendum/2")),
                Arguments.of("an @class field", MINIMAL.replace("\"id\":", "\"@class\": \"x\", \"id\":")),
                Arguments.of("empty text", MINIMAL.replace("{\"nl\": \"Lezing\"}", "{}")),
                Arguments.of("a custom role without its label", MINIMAL.replace("\"title\":",
                        "\"participations\": [{\"personId\": \"a\", \"role\": \"custom\"}], \"title\":")),
                Arguments.of("a label on a predefined role", MINIMAL.replace("\"title\":",
                        "\"participations\": [{\"personId\": \"a\", \"role\": \"chair\", \"roleLabel\": {\"nl\": \"x\"}}], \"title\":")),
                Arguments.of("a known join link without URL", MINIMAL.replace("\"in-person\"", "\"online\"")
                        .replace("\"title\":", "\"online\": {\"joinLink\": {\"status\": \"known\"}}, \"title\":")),
                Arguments.of("an online location on an in-person event", MINIMAL.replace("\"title\":",
                        "\"online\": {}, \"title\":")),
                Arguments.of("a fee amount as a number", MINIMAL.replace("\"title\":", "\"registration\": {\"required\": "
                        + "false, \"approvalRequired\": false, \"fee\": {\"amount\": 12.5, \"currency\": \"EUR\"}}, \"title\":")),
                Arguments.of("a contact that is both person and desk", MINIMAL.replace("\"title\":", "\"contacts\": "
                        + "[{\"role\": \"press\", \"personId\": \"a\", \"email\": \"a@example.org\"}], \"title\":")),
                Arguments.of("a single document with both event and events",
                        MINIMAL.strip().replaceFirst("}}$", "}, \"events\": []}")));
    }

    @ParameterizedTest(name = "refuses {0}, as the reader does")
    @MethodSource("invalidDocuments")
    void refusesInvalidDocuments(String what, String document) {
        assertThat(document).isNotEqualTo(MINIMAL);
        assertThat(errors(document)).as(what).isNotEmpty();
        assertThatThrownBy(() -> JSON.readEvent(document)).as(what).isInstanceOf(AgendumJsonException.class);
    }

    @Test
    @DisplayName("is the schema generated from the format's declarations, byte for byte")
    void generatedFromTheDeclarations() throws IOException {
        String generated = FormatSchema.text();
        Path shipped = Path.of("src/main/resources" + AgendumJson.SCHEMA_RESOURCE);
        if (Boolean.getBoolean("agendum.regenerate")) {
            Files.writeString(shipped, generated);
        }
        assertThat(Files.readString(shipped))
                .as("run: mvn -pl json -am verify -Dtest=SchemaTest -Dagendum.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    @DisplayName("declares exactly the fields, and required fields, the reader knows, object by object")
    void fieldsInSyncWithTheReader() {
        FormatDeclarations.SHAPES.forEach(shape -> {
            JsonNode schema = SCHEMA_TREE.get("$defs").get(shape.name());
            assertThat(names(schema.get("properties"))).as(shape.name()).containsExactlyElementsOf(shape.names());
            List<String> required = new ArrayList<>();
            if (schema.has("required")) {
                schema.get("required").forEach(n -> required.add(n.asString()));
            }
            assertThat(required).as(shape.name() + " required").containsExactlyElementsOf(shape.requiredNames());
        });
    }

    @Test
    @DisplayName("lists exactly the codes of each enumeration, in declaration order")
    void codesInSyncWithTheModel() {
        Map<String, Class<? extends Coded>> enums = Map.of(
                "attendanceMode", AttendanceMode.class, "eventStatus", EventStatus.class,
                "roleType", RoleType.class, "itemKind", ItemKind.class, "joinLinkStatus", JoinLink.Status.class,
                "conferenceFeature", ConferenceFeature.class, "channelType", RegistrationChannel.Type.class,
                "contactRole", Contact.Role.class, "linkRelation", Link.Relation.class,
                "channelPurpose", RegistrationChannel.Purpose.class);
        enums.forEach((def, type) -> {
            List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
            List<String> listed = new ArrayList<>();
            SCHEMA_TREE.get("$defs").get(def).get("enum").forEach(n -> listed.add(n.asString()));
            assertThat(listed).as(def).isEqualTo(codes);
        });
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
