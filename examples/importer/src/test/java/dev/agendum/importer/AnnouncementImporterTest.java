package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.EventStatus;
import dev.agendum.model.JoinLink;
import dev.agendum.model.RoleType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("AnnouncementImporter")
class AnnouncementImporterTest {

    private static final AnnouncementImporter IMPORTER = Scoring.IMPORTER;

    private static Draft read(String name, String text) {
        return IMPORTER.read(name, text);
    }

    private static Provenance value(Draft draft, String path) {
        return draft.values().stream().filter(v -> v.path().equals(path)).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("gives every value a basis")
    class Provenances {

        private final String text = "Werksessie Data\n\nDatum: 3 juni 2024\nTijd: 10.00 - 12.00 uur\n"
                + "Locatie: online\n";

        @Test
        @DisplayName("a value read from the text quotes its words and their offsets in the input")
        void source() {
            Draft draft = read("a.txt", text);
            Source start = (Source) value(draft, "start").basis();
            assertThat(start.words()).isEqualTo("3 juni 2024 … 10.00 - 12.00 uur");
            assertThat(text.substring(start.start(), start.start() + 11)).isEqualTo("3 juni 2024");
        }

        @Test
        @DisplayName("a value the text does not state is an assumption that says so")
        void assumption() {
            Draft draft = read("a.txt", text);
            assertThat(value(draft, "zone").basis()).isInstanceOf(Assumption.class);
            assertThat(value(draft, "zone").basis().describe()).contains("Europe/Amsterdam", "Dutch");
        }

        @Test
        @DisplayName("every path of the event that holds a value has an entry")
        void everyValue() {
            Draft draft = read("a.txt", text);
            assertThat(draft.values()).extracting(Provenance::path)
                    .contains("id", "title", "language", "zone", "start", "end", "attendanceMode", "status",
                            "revision");
            assertThat(draft.valid()).isTrue();
        }
    }

    @Nested
    @DisplayName("reads dates and times")
    class Times {

        @Test
        @DisplayName("in English forms, with 12-hour times")
        void english() {
            Draft draft = read("a.txt", "Lecture on cities\n\nFriday, April 5, 2024, 2 pm - 4 pm at the library.\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2024-04-05T14:00"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2024-04-05T16:00"));
            assertThat(draft.language()).isEqualTo(Locale.ENGLISH);
        }

        @Test
        @DisplayName("a run of days as a multi-day event")
        void days() {
            Draft draft = read("a.txt", "Congres\n\n16 en 17 november 2023, 9.00 - 17.00 uur\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2023-11-16T09:00"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2023-11-17T17:00"));
        }

        @Test
        @DisplayName("a weekday that does not match its date is listed as a problem")
        void weekday() {
            Draft draft = read("a.txt", "Congres\n\nDatum: maandag 16 november 2023, 9.00 - 17.00 uur\n");
            assertThat(draft.problems()).anySatisfy(p -> assertThat(p).contains("Monday", "Thursday"));
        }

        @Test
        @DisplayName("a date without a year takes the year the text gives elsewhere, as an assumption")
        void yearFromContext() {
            Draft draft = read("a.txt", "Seminar\n\nOp 15 januari om 14.00 uur.\n\nDatum: 15 januari, 14.00 - 15.00 uur"
                    + "\nGepubliceerd 2020-12-10\n");
            assertThat(draft.event().start().getYear()).isEqualTo(2020);
            assertThat(value(draft, "start").basis().describe()).contains("year 2020");
        }

        @Test
        @DisplayName("no date at all is no announcement")
        void noDate() {
            assertThatThrownBy(() -> read("a.txt", "Just some words.\nAnd more.\n"))
                    .isInstanceOf(NotAnAnnouncementException.class).hasMessageContaining("no date");
        }
    }

    @Nested
    @DisplayName("reads people")
    class People {

        @Test
        @DisplayName("with roles from their role words and affiliations from the words beside them")
        void roles() {
            Draft draft = read("a.txt", "Seminar\n\nDatum: 3 juni 2024\n\n14.00 Welkom door Anna de Boer (dagvoorzitter)"
                    + "\n14.10 Paneldiscussie met Jan Smit, wethouder Utrecht en Els Kok (VNG)\n15.00 Afsluiting\n");
            var items = draft.event().programme().items();
            assertThat(items.get(0).participations()).singleElement()
                    .satisfies(p -> assertThat(p.role().type()).isEqualTo(RoleType.CHAIR));
            assertThat(items.get(1).participations()).extracting(p -> p.role().type())
                    .containsExactly(RoleType.PANELLIST, RoleType.PANELLIST);
            assertThat(items.get(1).participations().get(0).affiliations().get(0).organisation().orElseThrow()
                    .name().text()).isEqualTo("Gemeente Utrecht");
            assertThat(items.get(1).participations().get(1).affiliations().get(0).organisation().orElseThrow()
                    .abbreviation()).contains("VNG");
        }

        @Test
        @DisplayName("with phone numbers in international form")
        void phones() {
            Draft draft = read("a.txt", "Seminar\n\nDatum: 3 juni 2024, 10.00-11.00\n\nVoor vragen: contact met "
                    + "Piet Jansen, piet@example.nl, 06-25068171\n");
            assertThat(draft.event().people()).singleElement()
                    .satisfies(p -> assertThat(p.phone()).contains("+31 6 25068171"));
        }
    }

    @Nested
    @DisplayName("reads where and how people attend")
    class Places {

        @Test
        @DisplayName("a venue with a Dutch address, its country assumed from the postal code")
        void venue() {
            Draft draft = read("a.txt", "Avond\n\nWoensdag 6 maart 2024, 19.30 - 21.00 uur\n"
                    + "Locatie: Bibliotheek, Oudegracht 167, 3511 AL Utrecht\n");
            assertThat(draft.event().attendanceMode()).isEqualTo(AttendanceMode.IN_PERSON);
            var address = draft.event().venue().orElseThrow().address().orElseThrow();
            assertThat(address.oneLine()).isEqualTo("Oudegracht 167, 3511 AL Utrecht, NL");
            assertThat(value(draft, "venue.address.country").assumed()).isTrue();
        }

        @Test
        @DisplayName("an online event whose link is still to come, listed as not placed")
        void linkToFollow() {
            Draft draft = read("a.txt", "Webinar\n\n3 juni 2024, 10.00-11.00 uur, online (link volgt)\n");
            assertThat(draft.event().online().orElseThrow().joinLink()).contains(JoinLink.toFollow());
            assertThat(draft.unplaced()).anySatisfy(u -> assertThat(u.source().words()).isEqualTo("link volgt"));
        }
    }

    @Nested
    @DisplayName("reads status and registration")
    class Status {

        @Test
        @DisplayName("a cancelled event from its status word")
        void cancelled() {
            Draft draft = read("a.txt", "Borrel\n\nDe borrel van 8 maart 2024 om 17.00 uur is geannuleerd.\n");
            assertThat(draft.event().status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(((Source) value(draft, "status").basis()).words()).isEqualTo("geannuleerd");
        }

        @Test
        @DisplayName("a link without a target as a channel known by its words, listed as not placed")
        void linkWithoutTarget() {
            Draft draft = read("a.md", "# Sessie\n\n3 juni 2024, 10.00-11.00 uur online\n\nDeelnemen? [Klik hier](#)\n");
            var channel = draft.event().registration().orElseThrow().channels().get(0);
            assertThat(channel.address()).isEmpty();
            assertThat(channel.label().orElseThrow().text()).isEqualTo("Klik hier");
            assertThat(draft.unplaced()).anySatisfy(u -> assertThat(u.source().words()).isEqualTo("Klik hier"));
        }

        @Test
        @DisplayName("fee, places, waiting list and closing date")
        void terms() {
            Draft draft = read("a.txt", "Cursus\n\nDatum: 3 juni 2024, 10.00-16.00 uur\nLocatie: Zaal 1, Markt 1, "
                    + "1234 AB Ede\nKosten: € 45. Maximaal 20 deelnemers; daarna een wachtlijst.\n"
                    + "Aanmelden kan tot 20 mei 2024 via https://example.org/cursus\n");
            var registration = draft.event().registration().orElseThrow();
            assertThat(registration.fee().orElseThrow().amount()).isEqualByComparingTo("45");
            assertThat(registration.capacity().orElseThrow().places()).isEqualTo(20);
            assertThat(registration.capacity().orElseThrow().waitingList()).isTrue();
            assertThat(registration.closes()).contains(LocalDateTime.parse("2024-05-20T23:59"));
            assertThat(draft.valid()).isTrue();
        }
    }

    @Nested
    @DisplayName("is configured")
    class Configured {

        @Test
        @DisplayName("with a zone and a language that replace the assumed ones")
        void zoneAndLanguage() {
            AnnouncementImporter importer = AnnouncementImporter.builder().zone(ZoneId.of("Europe/London"))
                    .language(Locale.ENGLISH).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
            Draft draft = importer.read("a.txt", "Talk\n\n3 June 2024, 10:00-11:00, online\n");
            assertThat(draft.event().zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(draft.event().revision().published()).isEqualTo(Instant.EPOCH);
        }

        @Test
        @DisplayName("deterministically: the same text gives the same draft")
        void deterministic() {
            String text = "Seminar\n\nDatum: 3 juni 2024\n14.00 Welkom door Anna de Boer\n15.00 Afsluiting\n";
            assertThat(read("a.txt", text)).isEqualTo(read("a.txt", text));
        }
    }
}
