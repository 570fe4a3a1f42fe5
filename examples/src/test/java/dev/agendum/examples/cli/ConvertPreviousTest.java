package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.change.ChangeLogText;
import dev.agendum.change.Publisher;
import dev.agendum.json.AgendumJson;
import dev.agendum.json.ChangeLogWriter;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Revision;
import dev.agendum.testing.ChangeFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("agendum convert --previous")
class ConvertPreviousTest {

    private static final String AT = "2021-03-20T08:30:00Z";
    private static final List<String> OUTPUTS = List.of("events.ics", "events.jsonld", "events.json", "changes.json",
            "changes.txt");
    private static final AgendumJson JSON = AgendumJson.create();

    @TempDir
    Path dir;
    private Path published;
    private Path changed;

    @BeforeEach
    void files() throws IOException {
        published = Files.writeString(dir.resolve("middag.json"), JSON.writeEvent(ChangeFixture.published()));
        changed = Files.writeString(dir.resolve("middag-new.json"), JSON.writeEvent(ChangeFixture.changed()));
        assertThat(agendum("convert", "--with-items", "--out", dir.resolve("v1").toString(), published.toString())
                .exitCode()).isZero();
    }

    private Path previous() {
        return dir.resolve("v1/events.json");
    }

    private CommandRun publish(String out, Path input, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("convert", "--previous", previous().toString(),
                "--published", AT, "--with-items", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(options));
        args.add(input.toString());
        return agendum(args.toArray(String[]::new));
    }

    private static long filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Nested
    @DisplayName("on the fixture (a talk moved 30 minutes, another dropped, a panellist replaced)")
    class Fixture {

        @Test
        @DisplayName("writes the next revision with the tombstone, and both change logs with exactly those changes")
        void publishes() throws IOException {
            CommandRun run = publish("v2", changed, "--lang", "nl");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Path v2 = dir.resolve("v2");
            Event event = JSON.readEvents(v2.resolve("events.json")).get(0);
            assertThat(event.revision()).isEqualTo(Revision.of(2, java.time.Instant.parse(AT)));
            assertThat(event.programme().find("talk-regio").orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
            var expected = Publisher.at(java.time.Instant.parse(AT)).publish(ChangeFixture.published(),
                    ChangeFixture.changed()).changes();
            assertThat(Files.readString(v2.resolve("changes.json")))
                    .isEqualTo(ChangeLogWriter.create().write(List.of(expected)));
            assertThat(Files.readString(v2.resolve("changes.txt")))
                    .isEqualTo(ChangeLogText.in(Locale.forLanguageTag("nl")).write(List.of(expected)))
                    .contains("verplaatst: 2 april 2021 11.00 → 2 april 2021 11.30",
                            "Panellid: vervangen: Frank Mulder → Gijs de Boer");
            String feed = Files.readString(v2.resolve("events.ics"));
            assertThat(feed).contains("UID:talk-regio.vb-middag-2021-04-02@agendum.dev", "STATUS:CANCELLED",
                    "SEQUENCE:2");
            assertThat(Files.readString(v2.resolve("events.jsonld")))
                    .contains("https://schema.org/EventCancelled", "https://schema.org/EventRescheduled");
        }

        @Test
        @DisplayName("whose events.json is the next --previous and input: published again it changes no byte")
        void stable() throws IOException {
            assertThat(publish("v2", changed).exitCode()).isZero();
            Path v2 = dir.resolve("v2/events.json");
            CommandRun again = agendum("convert", "--previous", v2.toString(), "--published",
                    "2021-03-21T10:00:00Z", "--with-items", "--out", dir.resolve("v3").toString(), v2.toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            Path v3 = dir.resolve("v3/events.json");
            CommandRun third = agendum("convert", "--previous", v3.toString(), "--published",
                    "2021-03-22T10:00:00Z", "--with-items", "--out", dir.resolve("v4").toString(), v3.toString());
            assertThat(third.exitCode()).as(third.err()).isZero();
            for (String name : OUTPUTS) {
                assertThat(Files.readAllBytes(dir.resolve("v4").resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(dir.resolve("v3").resolve(name)));
            }
            for (String name : OUTPUTS.subList(0, 3)) {
                assertThat(Files.readAllBytes(dir.resolve("v3").resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(dir.resolve("v2").resolve(name)));
            }
            assertThat(Files.readString(dir.resolve("v3/changes.txt")))
                    .isEqualTo("No changes since the published revisions.\n");
        }

        @Test
        @DisplayName("an edit made from an older revision than the published one is refused (the edit is stale)")
        void stale() throws IOException {
            assertThat(publish("v2", changed).exitCode()).isZero();
            CommandRun stale = agendum("convert", "--previous", dir.resolve("v2/events.json").toString(),
                    "--out", dir.resolve("v3").toString(), changed.toString());
            assertThat(stale.exitCode()).isEqualTo(1);
            assertThat(stale.err()).contains(changed + ": /event/revision/number: revision 1 is below the published "
                    + "revision 2");
        }
    }

    @Test
    @DisplayName("unchanged input over its own plain convert output changes no byte of events.ics, .jsonld, .json")
    void unchanged() throws IOException {
        CommandRun run = publish("same", published);
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : OUTPUTS.subList(0, 3)) {
            assertThat(Files.readAllBytes(dir.resolve("same").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve("v1").resolve(name)));
        }
        assertThat(Files.readString(dir.resolve("same/changes.json")))
                .isEqualTo("{\n  \"format\": \"agendum-changes/1\",\n  \"events\": [ ]\n}\n");
    }

    @Test
    @DisplayName("an event missing from the inputs is kept as cancelled; --drop-removed leaves it out")
    void removedEvents() throws IOException {
        Event other = ChangeFixture.changed().toBuilder().build();
        Path bundled = dir.resolve("bundled");
        assertThat(agendum("convert", "--out", bundled.toString()).exitCode()).isZero();
        CommandRun kept = agendum("convert", "--previous", bundled.resolve("events.json").toString(),
                "--published", AT, "--out", dir.resolve("kept").toString(), published.toString());
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        List<Event> events = JSON.readEvents(dir.resolve("kept/events.json"));
        assertThat(events).hasSize(3);
        assertThat(events.subList(1, 3)).allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.CANCELLED));
        assertThat(Files.readString(dir.resolve("kept/changes.json"))).contains("\"event-removed\"", "\"event-added\"");
        CommandRun dropped = agendum("convert", "--previous", bundled.resolve("events.json").toString(),
                "--published", AT, "--drop-removed", "--out", dir.resolve("dropped").toString(), published.toString());
        assertThat(dropped.exitCode()).isZero();
        assertThat(JSON.readEvents(dir.resolve("dropped/events.json"))).extracting(Event::id)
                .containsExactly(other.id());
    }

    @Nested
    @DisplayName("refuses, with FILE: /pointer: message, writing nothing")
    class Refuses {

        @Test
        @DisplayName("an event whose revision went down")
        void lowerRevision() throws IOException {
            Path lower = Files.writeString(dir.resolve("lower.json"), JSON.writeEvent(ChangeFixture.changed()
                    .toBuilder().revision(Revision.of(0, ChangeFixture.PUBLISHED)).build()));
            CommandRun run = publish("bad", lower);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith(lower + ": /event/revision/number: revision 0 is below the published "
                    + "revision 1");
            assertThat(filesIn(dir.resolve("bad"))).isZero();
        }

        @Test
        @DisplayName("a previous file that is not a collection")
        void notACollection() throws IOException {
            CommandRun run = agendum("convert", "--previous", published.toString(), "--out",
                    dir.resolve("bad").toString(), changed.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith(published + ": /event: a single event; --previous needs a collection");
            assertThat(filesIn(dir.resolve("bad"))).isZero();
        }

        @Test
        @DisplayName("an item id that changed kind")
        void kindChanged() throws IOException {
            String text = JSON.writeEvent(ChangeFixture.changed()).replaceFirst("\"kind\": \"talk\"",
                    "\"kind\": \"interview\"");
            Path edited = Files.writeString(dir.resolve("kind.json"), text);
            CommandRun run = publish("bad", edited);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith(edited + ": /event/programme/items/1/kind: item 'talk-data' was a talk "
                    + "in revision 1 and is now a interview");
            assertThat(filesIn(dir.resolve("bad"))).isZero();
        }

        @Test
        @DisplayName("--published without --previous is a usage error")
        void usage() {
            assertThat(agendum("convert", "--published", AT, "--out", dir.resolve("bad").toString()).exitCode())
                    .isEqualTo(2);
        }
    }
}
