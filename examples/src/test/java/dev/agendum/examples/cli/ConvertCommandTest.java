package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.examples.Announcements;
import dev.agendum.examples.PrivacyTest;
import dev.agendum.json.AgendumJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code agendum convert} with valid inputs: what it writes, and what its options change. */
@DisplayName("agendum convert")
class ConvertCommandTest extends CommandTestBase {

    @Nested
    @DisplayName("writes")
    class Outputs {

        @Test
        @DisplayName("writes the feed, JSON-LD and JSON of the bundled announcements, and a summary")
        void bundled() throws IOException {
            CommandRun run = agendum("convert", "--out", out("out").toString());
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Converted 2 event(s) with 9 programme item(s) and 16 people",
                    "events.ics", "events.jsonld", "events.json", "bytes");
            String feed = Files.readString(out("out").resolve("events.ics"));
            assertThat(feed).contains("UID:pbl-nsob-seminar-2021-01-15@agendum.dev",
                    "UID:vb-samenwerken-als-een-overheid-2021-04-02@agendum.dev");
            assertThat(AgendumJson.create().readEvents(out("out").resolve("events.json")))
                    .isEqualTo(Announcements.all());
            assertThat(Files.readString(out("out").resolve("events.jsonld"))).contains("\"@context\"");
            assertThat(filesIn(out("out"))).isEqualTo(3);
        }

        @Test
        @DisplayName("gives identical bytes on a second run, and from its own events.json")
        void byteStable() throws IOException {
            agendum("convert", "--out", out("a").toString());
            agendum("convert", "--out", out("b").toString());
            agendum("convert", "--out", out("c").toString(), out("a").resolve("events.json").toString());
            for (String name : new String[] {"events.ics", "events.jsonld", "events.json"}) {
                assertThat(read(out("b").resolve(name))).as(name).isEqualTo(read(out("a").resolve(name)));
                assertThat(read(out("c").resolve(name))).as(name).isEqualTo(read(out("a").resolve(name)));
            }
        }
    }

    @Nested
    @DisplayName("with its options")
    class Options {

        @Test
        @DisplayName("adds programme items as VEVENTs with --with-items, and words in English with --lang en")
        void options() throws IOException {
            assertThat(agendum("convert", "--with-items", "--lang", "en", "--out", out("x").toString()).exitCode())
                    .isZero();
            String feed = Files.readString(out("x").resolve("events.ics"));
            assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize(12);
            assertThat(feed).contains("RELATED-TO;RELTYPE=PARENT:pbl-nsob-seminar-2021-01-15@agendum.dev",
                    "\\n\\nProgramme:");
        }

        @Test
        @DisplayName("sets the UID domain with --uid-domain, and refuses one that is no host name")
        void uidDomain() throws IOException {
            assertThat(agendum("convert", "--uid-domain", "agenda.bestuurskunde.nl", "--with-items", "--out",
                    out("x").toString()).exitCode()).isZero();
            String feed = Files.readString(out("x").resolve("events.ics"));
            assertThat(feed).contains("UID:pbl-nsob-seminar-2021-01-15@agenda.bestuurskunde.nl\r\n",
                    "UID:welkom.pbl-nsob-seminar-2021-01-15@agenda.bestuurskunde.nl\r\n").doesNotContain("@agendum.dev");
            CommandRun bad = agendum("convert", "--uid-domain", "not a domain", "--out", out("y").toString());
            assertThat(bad.exitCode()).isEqualTo(2);
            assertThat(bad.err()).contains("--uid-domain not a domain: ", "nothing written");
            assertThat(filesIn(out("y"))).isZero();
        }

        @Test
        @DisplayName("writes one extra feed per --person and --track, named after them, with the full feed's UIDs")
        void personalFeeds() throws IOException {
            CommandRun run = agendum("convert", "--person", "ruben-maes", "--person", "martijn-van-der-steen", "--out",
                    out("x").toString());
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("events-person-ruben-maes.ics", "events-person-martijn-van-der-steen.ics");
            String ruben = Files.readString(out("x").resolve("events-person-ruben-maes.ics"));
            assertThat(ruben).contains("NAME:Agendum — Ruben Maes\r\n",
                    "UID:welkom.pbl-nsob-seminar-2021-01-15@agendum.dev\r\n",
                    "UID:afsluiting.pbl-nsob-seminar-2021-01-15@agendum.dev\r\n")
                    .doesNotContain("vb-samenwerken");
            assertThat(filesIn(out("x"))).isEqualTo(5);
            CommandRun unknown = agendum("convert", "--person", "nobody", "--out", out("y").toString());
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("--person nobody: no event lists this person");
            CommandRun track = agendum("convert", "--track", "A", "--out", out("z").toString());
            assertThat(track.exitCode()).isEqualTo(2);
            assertThat(track.err()).contains("--track A: no programme item is in this track");
            assertThat(filesIn(out("y")) + filesIn(out("z"))).isZero();
        }

        @Test
        @DisplayName("writes a track's feed, and publishes others' details only with --publish-personal-details")
        void trackAndPrivacy() throws IOException {
            dev.agendum.model.Event seminar = Announcements.lerenSamenwerkenAanOpgaven();
            Path input = file("tracked.json", AgendumJson.create().writeEvent(PrivacyTest.withPrivateDetails(
                    seminar.toBuilder().programme(new dev.agendum.model.Programme(seminar.programme().items()
                            .stream().map(i -> i.id().equals("paneldiscussie") ? i.toBuilder().track("Zaal A")
                                    .build() : i).toList())).build())));
            assertThat(agendum("convert", "--track", "Zaal A", "--out", out("x").toString(), input.toString())
                    .exitCode()).isZero();
            String track = Files.readString(out("x").resolve("events-track-zaal-a.ics"));
            assertThat(PrivacyTest.uids(track)).containsExactly(
                    "pbl-nsob-seminar-2021-01-15@agendum.dev", "paneldiscussie.pbl-nsob-seminar-2021-01-15@agendum.dev");
            for (String file : new String[] {"events.ics", "events.jsonld", "events-track-zaal-a.ics"}) {
                String text = Files.readString(out("x").resolve(file)).replace("\r\n ", "");
                assertThat(text).as(file).doesNotContain(PrivacyTest.PRIVATE);
            }
            assertThat(Files.readString(out("x").resolve("events.json"))).as("the canonical JSON keeps the data")
                    .contains("ruben.maes@private.example", "+31 6 11111111", "olga@private.example");
            assertThat(agendum("convert", "--publish-personal-details", "--out", out("open").toString(),
                    input.toString()).exitCode()).isZero();
            assertThat(Files.readString(out("open").resolve("events.ics")).replace("\r\n ", ""))
                    .contains("ruben.maes@private.example", "+31 6 11111111", "olga@private.example");
            assertThat(Files.readString(out("open").resolve("events.jsonld"))).as("JSON-LD never publishes them")
                    .doesNotContain(PrivacyTest.PRIVATE);
        }
    }

    @Nested
    @DisplayName("at scale")
    class Scale {

        @Test
        @DisplayName("converts a collection past the in-memory reader's limits event by event, and reads its own output")
        void largeCollection() throws IOException {
            int count = AgendumJson.DEFAULT_MAX_EVENTS + 1;
            Path large = file("large.json", collection(count));
            assertThat(agendum("convert", "--out", out("out").toString(), large.toString()).exitCode()).isZero();
            Path json = out("out").resolve("events.json");
            CommandRun again = agendum("convert", "--out", out("again").toString(), json.toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("Converted " + count + " event(s)");
            assertThat(read(out("again").resolve("events.json"))).isEqualTo(read(json));
            assertThat(read(out("again").resolve("events.ics"))).isEqualTo(read(out("out").resolve("events.ics")));
        }
    }
}
