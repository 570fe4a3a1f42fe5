package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.examples.Announcements;
import dev.agendum.json.AgendumJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code agendum convert} with inputs it cannot use: all or nothing, every problem reported where it is. */
@DisplayName("agendum convert, all or nothing")
class ConvertRefusalTest extends CommandTestBase {

    @Nested
    @DisplayName("refuses and writes nothing")
    class Refusals {

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
    }

    @Nested
    @DisplayName("reports in the language asked for")
    class Messages {

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
}
