package dev.agendum.examples.cli;

import static dev.agendum.examples.cli.CommandRun.agendum;
import static dev.agendum.examples.cli.CommandRun.convertBeforeValidator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.examples.Announcements;
import dev.agendum.json.AgendumJson;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code agendum convert} in a cold start, where the validator is still being built when the inputs are read: the
 * outputs are staged from an unchecked first pass, and committed only when a second, validating read finds every
 * input valid.
 */
@DisplayName("agendum convert, before the validator is built")
class ConvertBeforeValidatorTest extends CommandTestBase {

    @Nested
    @DisplayName("writes")
    class Outputs {

        @Test
        @DisplayName("the very bytes a validating first pass writes")
        void sameBytes() throws IOException {
            CommandRun early = convertBeforeValidator("--out", out("early").toString());
            assertThat(early.exitCode()).as(early.err()).isZero();
            assertThat(early.out()).contains("Converted 2 event(s) with 9 programme item(s) and 16 people");
            agendum("convert", "--out", out("late").toString());
            for (String name : new String[] {"events.ics", "events.jsonld", "events.json"}) {
                assertThat(read(out("early").resolve(name))).as(name).isEqualTo(read(out("late").resolve(name)));
            }
        }
    }

    @Nested
    @DisplayName("refuses and writes nothing")
    class Refusals {

        @Test
        @DisplayName("for an input that breaks a business rule alone, though it reads well: earlier output stays")
        void businessRuleOnly() throws IOException {
            agendum("convert", "--out", out("out").toString());
            byte[] before = read(out("out").resolve("events.ics"));
            Path broken = brokenPhone();
            CommandRun run = convertBeforeValidator("--out", out("out").toString(), broken.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(broken + ": /event/people/7/phone", "Nothing written: 1 problem(s).");
            assertThat(read(out("out").resolve("events.ics"))).isEqualTo(before);
            assertThat(filesIn(out("out"))).isEqualTo(3);
        }

        @Test
        @DisplayName("with every problem, the business rules' too, when an input does not read")
        void everyProblem() throws IOException {
            Path broken = brokenPhone();
            Path malformed = file("malformed.json", "{\"format\": \"agendum/1\", \"event\": {\"id\": ");
            CommandRun run = convertBeforeValidator("--out", out("out").toString(), broken.toString(),
                    malformed.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(broken + ": /event/people/7/phone", malformed + ": ",
                    "Nothing written: 2 problem(s).");
            assertThat(out("out")).doesNotExist();
        }

        @Test
        @DisplayName("reporting an invalid input before a --person no event lists, and that person alone after")
        void problemsBeforeUnmatched() throws IOException {
            CommandRun invalid = convertBeforeValidator("--person", "nobody", "--out", out("a").toString(),
                    brokenPhone().toString());
            assertThat(invalid.exitCode()).isEqualTo(1);
            assertThat(invalid.err()).contains("/event/people/7/phone").doesNotContain("--person nobody");
            CommandRun unmatched = convertBeforeValidator("--person", "nobody", "--out", out("b").toString());
            assertThat(unmatched.exitCode()).isEqualTo(2);
            assertThat(unmatched.err()).contains("--person nobody: no event lists this person");
            assertThat(out("a")).doesNotExist();
            assertThat(out("b")).doesNotExist();
        }
    }

    /** The seminar with a phone number not in international form: well-formed JSON, one business rule broken. */
    private Path brokenPhone() throws IOException {
        return file("phone.json", AgendumJson.create().writeEvent(Announcements.lerenSamenwerkenAanOpgaven())
                .replace("\"phone\": \"+31 6 25068171\"", "\"phone\": \"06 25068171\""));
    }
}
