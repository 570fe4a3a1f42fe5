package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.examples.Announcements;
import dev.agendum.examples.PrivacyTest;
import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Revision;
import dev.agendum.model.JoinLink;
import dev.agendum.model.OnlineLocation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("agendum")
class ConvertCommandTest {

    @TempDir
    Path dir;


    private Path out(String name) {
        return dir.resolve(name);
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static long filesIn(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Nested
    @DisplayName("convert")
    class Convert {

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

        @Test
        @DisplayName("reports every problem of every invalid file with its pointer, exits 1 and writes nothing")
        void invalidInput() throws IOException {
            String valid = AgendumJson.create().writeEvent(Announcements.samenwerkenAlsEenOverheid());
            Path broken = file("broken.json", valid.replace("\"personId\": \"arne-van-hout\"",
                    "\"personId\": \"arne\"").replace("\"start\": \"2021-04-02T10:05\"",
                    "\"start\": \"2021-04-02T09:05\""));
            Path malformed = file("malformed.json", "{\"format\": \"agendum/1\", \"event\": {\"id\": ");
            CommandRun run = agendum("convert", "--out", out("out").toString(), broken.toString(), malformed.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(
                    broken + ": /event/programme/items/1/start",
                    "starts before the event starts at 2021-04-02T10:00",
                    broken + ": /event/programme/items/2/participations/0/personId",
                    broken + ": /event/programme/items/3/participations/5/personId",
                    malformed + ": ",
                    "Nothing written");
            assertThat(out("out")).doesNotExist();
        }

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

        /** A collection of {@code count} small valid events, told apart by their ids. */
        private String collection(int count) {
            return collection("event-", count);
        }

        /** A collection of {@code count} small valid events with ids {@code prefix0}, {@code prefix1}… */
        private String collection(String prefix, int count) {
            Event model = Event.builder("model").title(LocalizedText.of("nl", "Lezing"))
                    .zone(ZoneId.of("Europe/Amsterdam"))
                    .time(LocalDateTime.parse("2021-01-15T14:00"), LocalDateTime.parse("2021-01-15T15:00"))
                    .online(OnlineLocation.of(JoinLink.toFollow()))
                    .revision(Revision.of(0, Instant.parse("2020-12-15T09:00:00Z"))).build();
            String event = AgendumJson.create().writeEvent(model);
            String body = event.substring(event.indexOf("\"event\": ") + 9, event.lastIndexOf('}')).strip();
            StringBuilder all = new StringBuilder("{\"format\": \"agendum/1\", \"events\": [");
            for (int i = 0; i < count; i++) {
                all.append(i == 0 ? "" : ",").append(body.replace("\"model\"", "\"" + prefix + i + "\""));
            }
            return all.append("]}").toString();
        }

        @Test
        @DisplayName("refuses, with --max-events, a run of more events than the cap in all inputs together")
        void maxEvents() throws IOException {
            Path first = file("first.json", collection("a-", 3));
            Path second = file("second.json", collection("b-", 3));
            Path third = file("third.json", collection("c-", 1));
            CommandRun fits = agendum("convert", "--max-events", "6", "--out", out("fits").toString(),
                    first.toString(), second.toString());
            assertThat(fits.exitCode()).as(fits.err()).isZero();
            assertThat(fits.out()).contains("Converted 6 event(s)");

            CommandRun over = agendum("convert", "--max-events", "4", "--out", out("over").toString(),
                    first.toString(), second.toString(), third.toString());
            assertThat(over.exitCode()).isEqualTo(1);
            assertThat(over.err()).contains(second + ": /events/1").contains("too many events")
                    .contains(second + ": --max-events 4 holds for all inputs together; 3 were read before this file")
                    .contains(third + ": not read: the inputs before it hold the 4 events --max-events allows")
                    .doesNotContain(first + ":");
            assertThat(filesIn(out("over"))).isZero();

            assertThat(agendum("convert", "--max-events", "0", first.toString()).exitCode()).isEqualTo(2);
        }

        @Test
        @DisplayName("leaves earlier output untouched when an input is invalid")
        void keepsEarlierOutput() throws IOException {
            agendum("convert", "--out", out("out").toString());
            byte[] before = read(out("out").resolve("events.ics"));
            Path missing = dir.resolve("missing.json");
            CommandRun run = agendum("convert", "--out", out("out").toString(), missing.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(missing + ": no such file");
            assertThat(read(out("out").resolve("events.ics"))).isEqualTo(before);
            assertThat(filesIn(out("out"))).isEqualTo(3);
        }

        @Test
        @DisplayName("exits 1 and writes nothing when the output directory cannot be made")
        void unwritableOutput() throws IOException {
            Path blocked = file("not-a-directory", "x").resolve("out");
            CommandRun run = agendum("convert", "--out", blocked.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith(blocked + ": cannot write the output, nothing written: ");
            assertThat(run.out()).isEmpty();
        }

        @Test
        @DisplayName("refuses two events with one id, which would share a calendar UID")
        void duplicateIds() throws IOException {
            Path one = file("one.json", AgendumJson.create().writeEvent(Announcements.lerenSamenwerkenAanOpgaven()));
            CommandRun run = agendum("convert", "--out", out("out").toString(), one.toString(), one.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("event id 'pbl-nsob-seminar-2021-01-15' is also used in " + one);
        }

        @Test
        @DisplayName("reports messages in Dutch with --lang nl")
        void dutch() throws IOException {
            Path broken = file("b.json", AgendumJson.create().writeEvent(Announcements.lerenSamenwerkenAanOpgaven())
                    .replace("\"phone\": \"+31 6 25068171\"", "\"phone\": \"06 25068171\""));
            CommandRun run = agendum("convert", "--lang", "nl", "--out", out("out").toString(), broken.toString());
            assertThat(run.err()).contains("/event/people/7/phone",
                    "moet een telefoonnummer in internationale vorm zijn");
        }

        @Test
        @DisplayName("reports messages, and writes the feed's own words, in German with --lang de")
        void german() throws IOException {
            Path broken = file("b.json", AgendumJson.create().writeEvent(Announcements.lerenSamenwerkenAanOpgaven())
                    .replace("\"phone\": \"+31 6 25068171\"", "\"phone\": \"06 25068171\""));
            CommandRun refused = agendum("convert", "--lang", "de", "--out", out("out").toString(), broken.toString());
            assertThat(refused.err()).contains("/event/people/7/phone",
                    "muss eine Telefonnummer in internationaler Form sein");
            CommandRun run = agendum("convert", "--lang", "de", "--out", out("de").toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readString(out("de").resolve("events.ics")).replace("\r\n ", ""))
                    .contains("\\n\\nProgramm:\\n");
        }
    }

    @Nested
    @DisplayName("validate")
    class Validate {

        @Test
        @DisplayName("exits 0 for valid files and writes nothing")
        void valid() throws IOException {
            Path one = file("one.json", AgendumJson.create().writeEvents(Announcements.all()));
            CommandRun run = agendum("validate", one.toString());
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("1 file(s) valid: 2 event(s)");
            assertThat(filesIn(dir)).isEqualTo(1);
        }

        @Test
        @DisplayName("exits 1 with one line per problem")
        void invalid() throws IOException {
            Path bad = file("bad.json", "{\"format\": \"agendum/1\", \"event\": {\"@class\": \"x\"}}");
            CommandRun run = agendum("validate", bad.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines()).singleElement().asString().startsWith(bad + ": /event/@class");
        }
    }

    @Nested
    @DisplayName("usage")
    class Usage {

        @Test
        @DisplayName("exits 2 with help on an unknown option, a bad language or no command")
        void usageErrors() {
            assertThat(agendum("convert", "--colour").exitCode()).isEqualTo(2);
            CommandRun badLanguage = agendum("convert", "--lang", "fr");
            assertThat(badLanguage.exitCode()).isEqualTo(2);
            assertThat(badLanguage.err()).contains("--lang", "Usage:");
            assertThat(agendum().exitCode()).isEqualTo(2);
            assertThat(agendum("validate").exitCode()).isEqualTo(2);
        }

        @Test
        @DisplayName("prints help and the version")
        void helpAndVersion() {
            CommandRun help = agendum("--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("convert", "validate");
            assertThat(agendum("convert", "--help").out()).contains("--with-items", "--out", "Exit codes");
            CommandRun version = agendum("--version");
            assertThat(version.exitCode()).isZero();
            assertThat(version.out()).startsWith("agendum ");
        }
    }
}
