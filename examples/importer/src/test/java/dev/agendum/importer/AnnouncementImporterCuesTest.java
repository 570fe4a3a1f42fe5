package dev.agendum.importer;

import static dev.agendum.importer.Cues.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.Affiliation;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Organisation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cues whose misreading cost the first held-out set its precision, each in more than one wording. */
@DisplayName("AnnouncementImporter reads cues")
class AnnouncementImporterCuesTest {

    @Nested
    @DisplayName("of a move in time")
    class Moves {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The meeting has been moved from 9 April to Tuesday 16 April 2024, 10:00-12:00.",
            "The talk was postponed from Friday 5 April to Tuesday 16 April 2024 (10:00-12:00).",
            "De lezing is verplaatst van 9 april naar dinsdag 16 april 2024, 10.00 tot 12.00 uur.",
            "De lezing van 9 april kan niet doorgaan. Nieuwe datum: dinsdag 16 april 2024, 10.00 - 12.00 uur."})
        @DisplayName("give the new date, status rescheduled and the old date as the previous start")
        void newDate(String sentence) {
            Draft draft = read("a.txt", "Lezing\n\n" + sentence + "\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2024-04-16T10:00"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2024-04-16T12:00"));
            assertThat(draft.event().status()).isEqualTo(EventStatus.RESCHEDULED);
            assertThat(draft.event().previousStart().orElseThrow().toLocalDate().getDayOfMonth()).isIn(5, 9);
            assertThat(draft.valid()).isTrue();
        }

        @Test
        @DisplayName("a run of days without a move word stays a multi-day event")
        void runOfDays() {
            Draft draft = read("a.txt", "Summer school\n\nFrom 1 July to 3 July 2024, 9:00-17:00.\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2024-07-01T09:00"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2024-07-03T17:00"));
            assertThat(draft.event().status()).isEqualTo(EventStatus.SCHEDULED);
        }

        @Test
        @DisplayName("a postponement without a new date stays postponed")
        void postponed() {
            Draft draft = read("a.txt", "Workshop\n\nThe workshop of 7 March 2024 (9:30-12:30) has been postponed. "
                    + "We will announce a new date soon.\n");
            assertThat(draft.event().status()).isEqualTo(EventStatus.POSTPONED);
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2024-03-07T09:30"));
        }
    }

    @Nested
    @DisplayName("of status set in capitals before the title")
    class CapitalisedStatus {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "AFGELAST – Fietstocht langs de Maas | CANCELLED",
            "GEANNULEERD: Lezing over de Maas | CANCELLED",
            "CANCELED - Walk along the Maas | CANCELLED",
            "UITGESTELD – Fietstocht langs de Maas | POSTPONED"})
        @DisplayName("as a status cue, never an organiser's abbreviation")
        void statusNotOrganiser(String title, EventStatus status) {
            Draft draft = read("a.txt", title + "\n\nZaterdag 21 september 2024, 10.00 - 12.00 uur.\n");
            assertThat(draft.event().status()).isEqualTo(status);
            assertThat(draft.event().organisers()).isEmpty();
        }

        @Test
        @DisplayName("while an abbreviation opening the title still names an organiser")
        void abbreviationStillOrganiser() {
            Draft draft = read("a.txt", "PBL-seminar Water\n\nZaterdag 21 september 2024, 10.00 - 12.00 uur.\n");
            assertThat(draft.event().organisers()).extracting(o -> o.abbreviation().orElseThrow())
                    .containsExactly("PBL");
        }
    }

    @Nested
    @DisplayName("of items without people, and of people in prose")
    class ItemsWithoutPeople {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"11:35 Q&A", "11:35 Q & A", "11.35 Vragen uit de zaal",
            "11:35 Questions from the floor"})
        @DisplayName("as a questions item with nobody in it")
        void questions(String line) {
            Draft draft = read("a.txt", "Talk\n\n14 October 2024, 11:00-12:00\n\n11:00 Talk by James Wood\n" + line
                    + "\n");
            var items = draft.event().programme().items();
            assertThat(items).hasSize(2);
            assertThat(items.get(1).kind()).isEqualTo(ItemKind.QUESTIONS);
            assertThat(items.get(1).participations()).isEmpty();
            assertThat(draft.event().people()).extracting(Person::name).containsExactly("James Wood");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Om 19.30 uur opent Anna de Boer de avond. Daarna vertelt buurtwerker Tom Wolters over het budget. "
                    + "Om 20.30 uur praten we verder.",
            "At 7.30 pm the evening opens with Anna de Boer. After that, a talk by Tom Wolters on the budget. At "
                    + "8.30 pm we talk in groups."})
        @DisplayName("a sentence without a time that goes on from an item adds its people to that item")
        void sequel(String prose) {
            Draft draft = read("a.txt", "Avond\n\nWoensdag 16 oktober 2024.\n\n" + prose + "\n");
            var items = draft.event().programme().items();
            assertThat(items).hasSize(2);
            assertThat(items.get(0).participations()).hasSize(2);
            assertThat(items.get(1).participations()).isEmpty();
            assertThat(draft.event().people()).extracting(Person::name).containsExactly("Anna de Boer",
                    "Tom Wolters");
        }

        @Test
        @DisplayName("one sentence with a time and nobody in it gives the event's start, not a programme")
        void loneSentence() {
            Draft draft = read("a.txt", "Fietstocht\n\nZaterdag 21 september 2024.\n\nVertrek om 10.00 uur bij het "
                    + "station.\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2024-09-21T10:00"));
            assertThat(draft.event().programme().items()).isEmpty();
        }
    }

    @Nested
    @DisplayName("of contacts")
    class Contacts {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "For questions, contact Sarah Klein at s.klein@example.org.",
            "Contactpersoon: Sarah Klein, s.klein@example.org",
            "Vragen? Neem contact op met Sarah Klein via s.klein@example.org.",
            "Contact: Sarah Klein (s.klein@example.org)",
            "Vragen? Mail Sarah Klein: s.klein@example.org"})
        @DisplayName("as the person named after the contact words, with the address")
        void named(String sentence) {
            Draft draft = read("a.txt", "Workshop\n\nDatum: 7 maart 2024, 9.30 - 12.30 uur\n\n" + sentence + "\n");
            assertThat(draft.event().people()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Sarah Klein");
                assertThat(p.email()).contains("s.klein@example.org");
            });
            assertThat(draft.event().contacts()).singleElement()
                    .satisfies(c -> assertThat(c.personId()).contains(draft.event().people().get(0).id()));
        }

        @Test
        @DisplayName("a phone number after \"bel\" is the named person's")
        void phone() {
            Draft draft = read("a.txt", "Fietstocht\n\nZaterdag 21 september 2024, 10.00 - 12.00 uur.\n\nVragen? "
                    + "Bel Peter Linssen op 06 12 34 56 78.\n");
            assertThat(draft.event().people()).singleElement()
                    .satisfies(p -> assertThat(p.phone()).contains("+31 6 12345678"));
        }
    }

    @Nested
    @DisplayName("of affiliations")
    class Affiliations {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Karin Visser, decaan Faculteit REBO | decaan | Faculteit REBO",
            "Karin Visser, hoogleraar Universiteit Utrecht | hoogleraar | Universiteit Utrecht",
            "Karin Visser, hoogleraar aan de Universiteit Utrecht | hoogleraar | Universiteit Utrecht",
            "Karin Visser, Programmamanager Agenda Stad BZK | Programmamanager Agenda Stad | "
                    + "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
            "Karin Visser, researcher at the University of Amsterdam | researcher | University of Amsterdam"})
        @DisplayName("keep the organisation's whole name and the position before it")
        void wholeName(String person, String position, String organisation) {
            Draft draft = read("a.txt", "Symposium\n\nVrijdag 29 november 2024, 13.00 - 17.30 uur\n\n"
                    + "13.00 Opening door " + person + "\n17.00 Borrel\n");
            Affiliation affiliation = draft.event().programme().items().get(0).participations().get(0)
                    .affiliations().get(0);
            assertThat(affiliation.position().orElseThrow().text()).isEqualTo(position);
            assertThat(affiliation.organisation().map(Organisation::name).orElseThrow().text())
                    .isEqualTo(organisation);
        }
    }

    @Nested
    @DisplayName("of the fourth held-out set's styles")
    class FourthSet {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "| Day | Time | Session |\n|---|---|---|\n| Tue 9 Feb | 10:00 | Opening |\n| Wed 10 Feb | 09:30 | Keynote |",
            "| Dag | Tijd | Onderdeel |\n|---|---|---|\n| di 9 feb | 10.00 | Opening |\n| wo 10 feb | 9.30 | Lezing |"})
        @DisplayName("a timetable with a day column gives each row its own day")
        void dayColumn(String table) {
            Draft draft = read("a.md", "# Conference 2027\n\n9–10 February 2027, Rotterdam\n\n" + table + "\n");
            assertThat(draft.event().programme().items()).extracting(ProgrammeItem::start).containsExactly(
                    LocalDateTime.parse("2027-02-09T10:00"), LocalDateTime.parse("2027-02-10T09:30"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Skills forum moves to 18 November|The forum, planned for Wednesday 4 November 2026, will now take place "
                    + "on Wednesday 18 November 2026.",
            "Skills forum moves to 18 November|The forum was scheduled for Wednesday 4 November 2026; it is now "
                    + "held on Wednesday 18 November 2026."})
        @DisplayName("a title that says the event moves to a date, and a date it was planned for, give the new date")
        void movesTo(String title, String sentence) {
            Draft draft = read("a.txt", "PRESS RELEASE\n\n" + title + "\n\n" + sentence
                    + " The forum runs from 9.30 am to 4 pm.\n");
            assertThat(draft.event().status()).isEqualTo(EventStatus.RESCHEDULED);
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2026-11-18T09:30"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-11-18T16:00"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "At 10 am Ann Lee opens the day. From 11.30 am a panel discusses the plans.",
            "At 10 am Ann Lee opens the day. From 11:30 a panel chaired by Bo Berg discusses the plans."})
        @DisplayName("a sentence that starts with From and one time starts an item; from … to … is the event's span")
        void fromStartsAnItem(String prose) {
            Draft draft = read("a.txt", "Forum\n\nWednesday 18 November 2026\n\nThe forum runs from 9.30 am to "
                    + "4 pm. " + prose + "\n");
            assertThat(draft.event().programme().items()).extracting(ProgrammeItem::start).containsExactly(
                    LocalDateTime.parse("2026-11-18T10:00"), LocalDateTime.parse("2026-11-18T11:30"));
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2026-11-18T09:30"));
        }
    
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "De open dag stond gepland van 10.00 tot 16.00 uur in de zuivering. Om 11.00 uur opent de dijkgraaf.",
            "The open day was planned from 10:00 to 16:00 at the works. At 11:00 the chair opens the day."})
        @DisplayName("the range an event was planned for is its span, not its first and last items")
        void plannedSpan(String sentence) {
            Draft draft = read("a.txt", "Open dag\n\nZaterdag 6 juni 2026\n\n" + sentence + " Om 14.00 uur "
                    + "volgt een rondleiding.\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2026-06-06T10:00"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-06-06T16:00"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Op woensdag loopt het programma van 13.00 tot 17.30 uur, op donderdag van 9.00 tot 15.30 uur.",
            "On Wednesday the programme runs from 13:00 to 17:30, on Thursday from 9:00 to 15:30."})
        @DisplayName("a span given per day ends with the last day's range")
        void spanPerDay(String sentence) {
            Draft draft = read("a.txt", "Symposium\n\nWoensdag 16 en donderdag 17 september 2026\n\n" + sentence
                    + "\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2026-09-16T13:00"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-09-17T15:30"));
        }
    
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Bibliotheek Hoeksche Waard > Agenda > Lezingen|Geplaatst op 20 oktober 2026",
            "Home › Events › Talks|Posted on 20 October 2026"})
        @DisplayName("a breadcrumb trail and a posting date above the headline are not the title")
        void breadcrumb(String trail, String posted) {
            Draft draft = read("a.txt", trail + "\n" + posted + "\n\nUITGESTELD: Lezing over de watersnood\n\n"
                    + "De lezing van donderdag 29 oktober gaat niet door. Het programma zoals het gepland was: van "
                    + "19.30 tot 21.00 uur.\n");
            assertThat(draft.event().title().text()).isEqualTo("UITGESTELD: Lezing over de watersnood");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2026-10-29T19:30"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-10-29T21:00"));
        }
    
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "THE FIXER – news from the repair network|Issue 31 · January 2027",
            "De Klusser – nieuws uit het netwerk|Bekijk deze e-mail in je browser: https://example.org/31"})
        @DisplayName("a mailing's name with an issue or browser line under it is not the title: its headline is")
        void mailingHead(String name, String second) {
            Draft draft = read("a.txt", name + "\n" + second + "\n\nHello repairers,\n\nWEBINAR\n\n"
                    + "Webinar: Repair data for everyone\n\nThursday 28 January 2027, 19:00–20:30, online\n");
            assertThat(draft.event().title().text()).isEqualTo("Webinar: Repair data for everyone");
        }
    
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"<dt>Time</dt><dd>4 pm – 6 pm</dd>", "<dt>Tijd:</dt><dd>16.00 - 18.00 uur</dd>"})
        @DisplayName("a time value under a bare Time label of a term list is the event's span")
        void termList(String term) {
            Draft draft = read("a.html", "<h1>Lecture</h1><dl><dt>Date</dt><dd>Wednesday 21 October 2026</dd>" + term
                    + "</dl><ul><li>4.00 pm – Welcome</li><li>5.30 pm – Drinks</li></ul>");
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-10-21T18:00"));
        }
    
        @Test
        @DisplayName("a menu of links to the page's own parts and its code of conduct gives no registration channel")
        void menu() {
            Draft draft = read("a.md", "# Conference\n\n10 February 2027, Rotterdam\n\n[Programme](#programme) · "
                    + "[Tickets](#tickets) · [Code of conduct](https://example.org/coc)\n\n[Register now]"
                    + "(https://example.org/register)\n");
            assertThat(draft.event().registration().orElseThrow().channels()).extracting(c -> c.address().orElse(""))
                    .containsExactly("https://example.org/register");
        }
    }
}
