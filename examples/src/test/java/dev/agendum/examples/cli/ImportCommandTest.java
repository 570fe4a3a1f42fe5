package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.json.AgendumJson;
import dev.agendum.model.Event;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("agendum import")
class ImportCommandTest {

    @TempDir
    Path dir;


    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static final String SEMINAR = """
            Seminar Open Overheid

            Datum: dinsdag 12 maart 2024
            Tijd: 14.00 tot 16.00 uur
            Locatie: online (link volgt)

            14.00 Welkom door Anna de Boer (moderator)
            14.10 Lezing door Tom Visser (NSOB)
            15.50 Afsluiting

            Aanmelden via https://example.org/aanmelden
            """;

    @Nested
    @DisplayName("when every file gives a draft")
    class AllDrafts {

        @Test
        @DisplayName("writes one collection, one draft per file in order, and a report; exits 0")
        void writesBoth() throws IOException {
            Path a = file("a.txt", SEMINAR);
            Path b = file("b.md", SEMINAR.replace("12 maart", "19 maart").replace("dinsdag", "dinsdag"));
            Path out = dir.resolve("out");
            CommandRun run = agendum("import", "--out", out.toString(), a.toString(), b.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            List<Event> events = AgendumJson.create().readEvents(out.resolve("events.json"));
            assertThat(events).extracting(e -> e.start().toLocalDate().toString())
                    .containsExactly("2024-03-12", "2024-03-19");
            String report = Files.readString(out.resolve("import-report.md"));
            assertThat(report).contains("## " + a, "## " + b, "\"14.10\"", "link volgt", "zone Europe/Amsterdam");
        }

        @Test
        @DisplayName("writes what validate and convert accept as it is")
        void convertAccepts() throws IOException {
            Path out = dir.resolve("out");
            assertThat(agendum("import", "--out", out.toString(), file("a.txt", SEMINAR).toString()).exitCode())
                    .isZero();
            assertThat(agendum("validate", out.resolve("events.json").toString()).exitCode()).isZero();
            Path feed = dir.resolve("feed");
            CommandRun convert = agendum("convert", "--out", feed.toString(), out.resolve("events.json").toString());
            assertThat(convert.exitCode()).as(convert.err()).isZero();
            assertThat(Files.readString(feed.resolve("events.ics")))
                    .contains("DTSTART;TZID=Europe/Amsterdam:20240312T140000");
        }
    }

    @Nested
    @DisplayName("writes registration as the JSON format carries it")
    class RegistrationInJson {

        private static final String HEAD = "Werksessie Data\n\nDatum: dinsdag 12 maart 2024\nTijd: 14.00 tot "
                + "16.00 uur\nLocatie: Zaal 2, Markt 1, 1234 AB Ede\n\n";

        @Test
        @DisplayName("a required, an optional and an unstated registration as true, false and left out")
        void requirement() throws IOException {
            Path out = dir.resolve("out");
            CommandRun run = agendum("import", "--out", out.toString(),
                    file("required.txt", HEAD + "Aanmelden is verplicht via https://example.org/a\n").toString(),
                    file("optional.txt", HEAD + "Aanmelden is niet nodig; wie wil, kan zich melden via "
                            + "https://example.org/b\n").toString(),
                    file("unstated.txt", HEAD + "Toegang: € 10.\n").toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            List<Event> events = AgendumJson.create().readEvents(out.resolve("events.json"));
            assertThat(events).extracting(e -> e.registration().orElseThrow().requirement()).containsExactly(
                    Registration.Requirement.REQUIRED, Registration.Requirement.OPTIONAL,
                    Registration.Requirement.NOT_STATED);
            String json = Files.readString(out.resolve("events.json"));
            assertThat(json).containsPattern("\"required\"\\s*:\\s*true")
                    .containsPattern("\"required\"\\s*:\\s*false");
            assertThat(json.split("\"required\"", -1)).as("one registration leaves it out").hasSize(3);
        }

        @Test
        @DisplayName("a channel for information with its purpose, a channel to register without one (the default)")
        void purpose() throws IOException {
            Path out = dir.resolve("out");
            CommandRun run = agendum("import", "--out", out.toString(), file("a.txt", HEAD + "Aanmelden via "
                    + "https://example.org/a of mail voor meer informatie naar info@example.org\n").toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            Event event = AgendumJson.create().readEvents(out.resolve("events.json")).get(0);
            assertThat(event.registration().orElseThrow().channels())
                    .extracting(RegistrationChannel::type, RegistrationChannel::purpose)
                    .containsExactly(tuple(RegistrationChannel.Type.WEB, RegistrationChannel.Purpose.REGISTRATION),
                            tuple(RegistrationChannel.Type.EMAIL, RegistrationChannel.Purpose.INFORMATION));
            String json = Files.readString(out.resolve("events.json"));
            assertThat(json).containsPattern("\"purpose\"\\s*:\\s*\"information\"");
            assertThat(json.split("\"purpose\"", -1)).as("only the information channel writes it").hasSize(2);
        }
    }

    @Nested
    @DisplayName("when a file gives no draft")
    class NoDraft {

        @Test
        @DisplayName("names it, still writes the others' drafts, and exits 1")
        void namesIt() throws IOException {
            Path good = file("good.txt", SEMINAR);
            Path bad = file("bad.txt", "Nothing here names a day.\n");
            Path out = dir.resolve("out");
            CommandRun run = agendum("import", "--out", out.toString(), good.toString(), bad.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(bad.toString()).contains("no date").doesNotContain(good.toString());
            assertThat(AgendumJson.create().readEvents(out.resolve("events.json"))).hasSize(1);
            assertThat(Files.readString(out.resolve("import-report.md"))).contains("No draft: no date");
        }

        @Test
        @DisplayName("asks for --year when a date has none and the text names none, and takes it when given")
        void year() throws IOException {
            // without its weekday too: "dinsdag 12 maart" alone would fix the year nearest the import's day
            Path text = file("a.txt", SEMINAR.replace(" 2024", "").replace("dinsdag ", ""));
            Path out = dir.resolve("out");
            assertThat(agendum("import", "--out", out.toString(), text.toString()).err()).contains("--year");
            CommandRun run = agendum("import", "--year", "2024", "--out", out.toString(), text.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readString(out.resolve("import-report.md"))).contains("given by the caller (--year)");
        }
    }

    @Nested
    @DisplayName("with the bundled announcements' texts")
    class Bundled {

        @Test
        @DisplayName("followed by convert turns each into a feed with the announced times")
        void feeds() throws IOException {
            Optional<Path> shared = dev.agendum.examples.ImportedAnnouncementsTest.sharedAnnouncements();
            Assumptions.assumeTrue(shared.isPresent(), "../shared/announcements is not there");
            Path out = dir.resolve("out");
            CommandRun imported = agendum("import", "--out", out.toString(),
                    shared.get().resolve("leren-samenwerken-aan-opgaven.txt").toString(),
                    shared.get().resolve("samenwerken-als-een-overheid.txt").toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            Path feed = dir.resolve("feed");
            assertThat(agendum("convert", "--out", feed.toString(), out.resolve("events.json").toString()).exitCode())
                    .isZero();
            assertThat(Files.readString(feed.resolve("events.ics"))).contains(
                    "DTSTART;TZID=Europe/Amsterdam:20210115T140000", "DTEND;TZID=Europe/Amsterdam:20210115T150000",
                    "DTSTART;TZID=Europe/Amsterdam:20210402T100000", "DTEND;TZID=Europe/Amsterdam:20210402T120000");
        }
    }
}
