package dev.agendum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.importer.AnnouncementImporter;
import dev.agendum.importer.Draft;
import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RegistrationChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The bundled announcements' texts, imported, agree with the events modelled by hand ({@link Announcements}) in
 * every time, person, role, affiliation, contact and registration channel. The texts are read from the shared
 * folder beside the project ({@code ../shared/announcements}); without it these tests are skipped, so that the
 * project builds on its own.
 */
@DisplayName("The bundled announcements' texts, imported,")
public class ImportedAnnouncementsTest {

    private static final AnnouncementImporter IMPORTER = AnnouncementImporter.builder()
            .clock(Clock.fixed(Instant.parse("2021-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

    /** The shared folder's announcements, looked for beside this directory and each of its parents. */
    public static Optional<Path> sharedAnnouncements() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("announcements");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Draft imported(String file) throws IOException {
        Optional<Path> folder = sharedAnnouncements();
        Assumptions.assumeTrue(folder.isPresent(), "../shared/announcements is not there");
        Path text = folder.get().resolve(file);
        return IMPORTER.read(text.getFileName().toString(), Files.readString(text));
    }

    @Nested
    @DisplayName("\"Leren samenwerken aan opgaven\"")
    class Seminar {

        @Test
        @DisplayName("agrees with the hand-modelled seminar")
        void agrees() throws IOException {
            Draft draft = imported("leren-samenwerken-aan-opgaven.txt");
            assertAgree(draft, Announcements.lerenSamenwerkenAanOpgaven());
        }
    }

    @Nested
    @DisplayName("\"Samenwerken als één overheid\"")
    class Meeting {

        @Test
        @DisplayName("agrees with the hand-modelled meeting")
        void agrees() throws IOException {
            Draft draft = imported("samenwerken-als-een-overheid.txt");
            assertAgree(draft, Announcements.samenwerkenAlsEenOverheid());
        }
    }

    static void assertAgree(Draft draft, Event hand) {
        Event got = draft.event();
        assertThat(draft.violations()).isEmpty();
        assertThat(List.of(got.start(), got.end(), got.zone())).as("times")
                .isEqualTo(List.of(hand.start(), hand.end(), hand.zone()));
        assertThat(got.attendanceMode()).isEqualTo(hand.attendanceMode());
        assertThat(people(got)).as("people").isEqualTo(people(hand));
        assertThat(participations(got, got.participations())).as("event roles and affiliations")
                .isEqualTo(participations(hand, hand.participations()));
        assertThat(items(got)).as("programme: times, roles, affiliations").isEqualTo(items(hand));
        assertThat(contacts(got)).as("contacts").isEqualTo(contacts(hand));
        assertThat(channels(got)).as("registration channels").isEqualTo(channels(hand));
        assertThat(got.registration().map(r -> r.requirement()))
                .isEqualTo(hand.registration().map(r -> r.requirement()));
    }

    private static List<String> people(Event event) {
        List<String> people = new ArrayList<>();
        for (Person p : event.people()) {
            people.add(p.name() + " " + p.email().orElse("-") + " " + p.phone().orElse("-"));
        }
        return people.stream().sorted().toList();
    }

    private static List<String> participations(Event event, List<Participation> participations) {
        List<String> out = new ArrayList<>();
        for (Participation p : participations) {
            StringBuilder line = new StringBuilder(event.person(p.personId()).map(Person::name).orElse("?"))
                    .append(" as ").append(p.role().type().code());
            for (Affiliation a : p.affiliations()) {
                line.append(" [").append(a.position().map(t -> t.text()).orElse("")).append(" @ ")
                        .append(a.organisation().map(o -> o.abbreviation().orElse(o.name().text())
                                .toLowerCase(Locale.ROOT)).orElse("")).append("]");
            }
            out.add(line.toString());
        }
        return out;
    }

    private static List<String> items(Event event) {
        List<String> out = new ArrayList<>();
        for (ProgrammeItem item : event.programme().allItems()) {
            out.add(item.start() + "–" + item.end().map(Object::toString).orElse("") + " " + item.kind().code() + " "
                    + participations(event, item.participations()));
        }
        return out;
    }

    private static List<String> contacts(Event event) {
        List<String> out = new ArrayList<>();
        for (Contact c : event.contacts()) {
            out.add(c.role().code() + " " + c.personId().flatMap(event::person).map(Person::name).orElse("desk") + " "
                    + c.email().orElse("-") + " " + c.phone().orElse("-"));
        }
        return out;
    }

    /** Type, address and words: what a channel is for is compared apart (see the README). */
    private static List<String> channels(Event event) {
        List<String> out = new ArrayList<>();
        for (RegistrationChannel c : event.registration().map(r -> r.channels()).orElse(List.of())) {
            out.add(c.type().code() + " " + c.address().orElse("-") + " " + c.label().map(l -> l.text()).orElse("-"));
        }
        return out;
    }
}
