package dev.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.agendum.change.ChangeKind;
import dev.agendum.change.EventChanges;
import dev.agendum.change.Published;
import dev.agendum.change.Publisher;
import dev.agendum.model.Coded;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.testing.ChangeFixture;
import dev.agendum.testing.Versions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The machine-readable change log")
class ChangeLogWriterTest {

    private static final Schema SCHEMA = schema();
    private static final Published FIXTURE = Publisher.at(ChangeFixture.REPUBLISHED)
            .publish(ChangeFixture.published(), ChangeFixture.changed());

    private static Schema schema() {
        try (InputStream in = ChangeLogWriter.class.getResourceAsStream(ChangeLogWriter.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("the fixture gives exactly its three changes, in programme order, old beside new")
    void fixture() {
        assertThat(ChangeLogWriter.create().write(List.of(FIXTURE.changes()))).isEqualTo("""
                {
                  "format": "agendum-changes/1",
                  "events": [
                    {
                      "id": "vb-middag-2021-04-02",
                      "title": {
                        "nl": "Middag van de bestuurskunde"
                      },
                      "from": {
                        "number": 1,
                        "published": "2021-03-01T09:00:00Z"
                      },
                      "to": {
                        "number": 2,
                        "published": "2021-03-20T08:30:00Z"
                      },
                      "significant": true,
                      "changes": [
                        {
                          "kind": "item-moved",
                          "significant": true,
                          "path": "programme.items[2].start",
                          "item": {
                            "id": "talk-wijk",
                            "title": {
                              "nl": "Werken in de wijk"
                            },
                            "start": "2021-04-02T11:30"
                          },
                          "before": "2021-04-02T11:00",
                          "after": "2021-04-02T11:30"
                        },
                        {
                          "kind": "item-removed",
                          "significant": true,
                          "path": "programme.items[3]",
                          "item": {
                            "id": "talk-regio",
                            "title": {
                              "nl": "Regionale samenwerking"
                            },
                            "start": "2021-04-02T11:30"
                          },
                          "before": "Regionale samenwerking"
                        },
                        {
                          "kind": "role-replaced",
                          "significant": false,
                          "path": "programme.items[4].participations[2]",
                          "item": {
                            "id": "panel",
                            "title": {
                              "nl": "Panelgesprek"
                            },
                            "start": "2021-04-02T12:00"
                          },
                          "role": "panellist",
                          "before": "Frank Mulder",
                          "after": "Gijs de Boer"
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    @DisplayName("nothing changed: an empty list of events, the same bytes every time")
    void unchanged() {
        Event published = ChangeFixture.published();
        EventChanges none = Publisher.at(ChangeFixture.REPUBLISHED).publish(published, published).changes();
        assertThat(ChangeLogWriter.create().write(List.of(none)))
                .isEqualTo("{\n  \"format\": \"agendum-changes/1\",\n  \"events\": [ ]\n}\n")
                .satisfies(json -> assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty());
    }

    @Nested
    @DisplayName("and its schema")
    class ItsSchema {

        @Test
        @DisplayName("accepts the logs of 300 generated pairs of versions")
        void generated() {
            Versions versions = Versions.seeded(21);
            List<EventChanges> all = new ArrayList<>();
            for (int n = 0; n < 300; n++) {
                Versions.Pair pair = versions.pair();
                all.add(Publisher.at(Versions.REPUBLISHED).publish(pair.published(), pair.next()).changes());
            }
            all.add(Publisher.at(ChangeFixture.REPUBLISHED).withdraw(ChangeFixture.published()).changes());
            assertThat(SCHEMA.validate(ChangeLogWriter.create().write(all), InputFormat.JSON)).isEmpty();
        }

        @Test
        @DisplayName("lists exactly the kinds of change there are")
        void kinds() {
            String schema = new String(readSchema(), java.nio.charset.StandardCharsets.UTF_8);
            Arrays.stream(ChangeKind.values()).map(Coded::code)
                    .forEach(code -> assertThat(schema).contains("\"" + code + "\""));
        }

        private byte[] readSchema() {
            try (InputStream in = ChangeLogWriter.class.getResourceAsStream(ChangeLogWriter.SCHEMA_RESOURCE)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    @DisplayName("events.json keeps item statuses and previous starts: a republished event reads back equal")
    void itemStatusRoundTrip() {
        Event event = FIXTURE.event();
        assertThat(event.programme().find("talk-regio").orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        AgendumJson json = AgendumJson.create();
        assertThat(json.readEvents(json.writeEvents(List.of(event)))).containsExactly(event);
        Event moved = event.toBuilder().programme(new dev.agendum.model.Programme(event.programme().items().stream()
                .map(i -> i.id().equals("talk-wijk") ? i.toBuilder().movedFrom(ChangeFixture.at("11:00")).build() : i)
                .toList())).build();
        String written = json.writeEvent(moved);
        assertThat(written).contains("\"status\": \"rescheduled\"", "\"previousStart\": \"2021-04-02T11:00\"",
                "\"status\": \"cancelled\"");
        assertThat(json.readEvent(written)).isEqualTo(moved);
    }
}
