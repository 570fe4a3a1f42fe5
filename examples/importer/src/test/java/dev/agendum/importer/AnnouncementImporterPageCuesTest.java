package dev.agendum.importer;

import static dev.agendum.importer.Cues.VERGADERING;
import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.EventStatus;
import dev.agendum.model.ProgrammeItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues the second held-out set (now d33–d46) was misread on, each in at least two wordings: page noise, people
 * and roles in prose and lists, organisations as the text names them, stated ends, postponements without a date,
 * registration channels, phone numbers and venues. Values are compared as {@link Scoring} scores them.
 */
@DisplayName("AnnouncementImporter reads the cues of real pages")
class AnnouncementImporterPageCuesTest {

    private static final String ENGLISH_DAY = "Workshop\n\nDate: Thursday 21 May 2026, 1.30 pm - 5 pm\n\n";

    @Nested
    @DisplayName("of page noise")
    class PageNoise {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Gepubliceerd op 3 april 2025", "Published 3 April 2025",
            "Laatst gewijzigd: 1 februari 2025 (gepubliceerd 3 april 2025)"})
        @DisplayName("a publication date before the programme never dates its items: the event's date governs")
        void publicationDate(String published) {
            Draft draft = read("a.html", "<main><h1>Regiodag</h1><p>" + published + "</p><ul><li><strong>Wanneer:"
                    + "</strong> donderdag 12 juni 2025, 9.30 - 16.00 uur</li></ul><table><tr><td>9.30</td><td>Inloop"
                    + "</td></tr><tr><td>10.00</td><td>Opening door Marleen Dekker</td></tr></table></main>");
            assertThat(draft.event().programme().items()).extracting(ProgrammeItem::start)
                    .allSatisfy(start -> assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 12)));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"div class=\"cookie-banner\"", "div class=\"share-buttons\"",
            "section class=\"related-events\"", "div role=\"complementary\"", "ul id=\"breadcrumbs\""})
        @DisplayName("page furniture named by its class, id or role feeds no value")
        void furniture(String element) {
            String tag = element.substring(0, element.indexOf(' '));
            Draft draft = read("a.html", "<main><h1>Avond</h1><p>Woensdag 21 januari 2026 van 19.00 tot 21.00 uur</p>"
                    + "<" + element + "><p>Webinar – dinsdag 1 juli 2025, 12.00 – 13.00 uur. Mail info@example.nl of "
                    + "bel 088 123 4567.</p></" + tag + "></main>");
            assertThat(scored(draft, "email")).isEmpty();
            assertThat(scored(draft, "phone")).isEmpty();
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2026-01-21T19:00"));
        }

        @Test
        @DisplayName("a date before the event's first day is no programme day")
        void earlierDate() {
            Draft draft = read("a.txt", "Congres\n\nDatum: vrijdag 13 maart 2026, 9.00 - 12.00 uur\n\n"
                    + "Aanmelden voor 1 maart 2026\n9.00 Opening door Marleen Dekker\n11.00 Lunch\n");
            assertThat(draft.event().programme().items()).extracting(ProgrammeItem::start)
                    .containsExactly(LocalDateTime.parse("2026-03-13T09:00"), LocalDateTime.parse("2026-03-13T11:00"));
        }
    }

    @Nested
    @DisplayName("of organisations")
    class Organisations {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Jeroen Baas, wethouder van Haarlem | haarlem",
            "Ron Verkerk, burgemeester van Bernheze | bernheze", "Marco Bianchi, alderman of Rotterdam | rotterdam",
            "Rianne Schouten, officier van justitie bij het OM | om",
            "Rahul Mehta, Chief Data Officer, City of Rotterdam | city of rotterdam",
            "Helen Morris, Director at the Institute for Public Futures | institute for public futures"})
        @DisplayName("are named as the text names them, never with an invented expansion")
        void asWritten(String person, String organisation) {
            Draft draft = read("a.txt", VERGADERING + "14.00 Inleiding door " + person + "\n16.00 Borrel\n");
            assertThat(scored(draft, "organisation")).containsExactly(organisation);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "De regiodag wordt georganiseerd door de Regionale Energiestrategie Noord-Holland Zuid (RES NHZ). | res nhz",
            "14.00 Interview met Marta Rossi, service designer at the Social Insurance Bank (SVB) | svb",
            "Tijdens deze themamiddag van het Centrum voor Criminaliteitspreventie en Veiligheid (CCV) horen we veel. "
                    + "| ccv"})
        @DisplayName("keep the abbreviation the text defines, one with a space or in another language too")
        void abbreviations(String sentence, String abbreviation) {
            Draft draft = read("a.txt", VERGADERING + sentence + "\n");
            assertThat(scored(draft, "organisation")).contains(abbreviation);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Uitgeverij Lindeboom en Boekhandel Het Leesteken nodigen u van harte uit. | uitgeverij lindeboom "
                    + "| boekhandel het leesteken",
            "De gemeente Zwolle en ProRail nodigen bewoners uit voor een avond. | gemeente zwolle | prorail",
            "Hosted by the Institute of Public Administration and the Open Society Lab, this lecture is free. "
                    + "| institute of public administration | open society lab",
            "Een bijeenkomst van de Groene Metropoolregio en PIANOo voor inkopers. | groene metropoolregio | pianoo"})
        @DisplayName("that invite or host are the organisers, each one of a list")
        void organisers(String sentence, String first, String second) {
            Draft draft = read("a.txt", VERGADERING + sentence + "\n");
            assertThat(scored(draft, "organisation")).containsExactlyInAnyOrder(first, second);
        }

        @Test
        @DisplayName("an organiser cue that ends its source line reads the names on the next")
        void cueEndsTheLine() {
            Draft draft = read("a.md", "# Festival\n\n**Vrijdag 18 september 2026, 13.00 - 17.00 uur**\n\n"
                    + "Twee dagen over democratie. Een initiatief van\nProDemos en de Provincie Fryslân.\n");
            assertThat(scored(draft, "organisation")).containsExactlyInAnyOrder("prodemos", "provincie fryslân");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"We hope to invite him again next year.",
            "Welcome, hosted by Sofie Wubbels, in the Aula."})
        @DisplayName("a pronoun that invites or a person who hosts is no organiser")
        void noOrganiser(String sentence) {
            Draft draft = read("a.txt", ENGLISH_DAY + sentence + "\n");
            assertThat(draft.event().organisers()).isEmpty();
        }

        @Test
        @DisplayName("a position written as one capitalised word is no organisation")
        void positionWord() {
            Draft draft = read("a.txt", VERGADERING + "14.00 Interview met Nina Vos, Kinderombudsvrouw\n16.00 Borrel\n");
            assertThat(scored(draft, "organisation")).isEmpty();
            assertThat(scored(draft, "role")).containsExactly("nina vos = interviewee");
        }
    }

    @Nested
    @DisplayName("of people and roles")
    class PeopleAndRoles {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Op het programma stond een presentatie van Lieke Arts, inkoopadviseur bij PIANOo, over inkoop. "
                    + "| lieke arts | pianoo",
            "Hosted by the Institute, this lecture by Professor Miguel Santos (University of Lisbon) explores budgets. "
                    + "| miguel santos | university of lisbon",
            "The talk by Dr. Ann Lee (Nordregio) is the first of a series. | ann lee | nordregio"})
        @DisplayName("a speaker named only in prose, with the organisation beside them")
        void speakerInProse(String sentence, String person, String organisation) {
            Draft draft = read("a.txt", ENGLISH_DAY + sentence + "\n");
            assertThat(scored(draft, "role")).contains(person + " = speaker");
            assertThat(scored(draft, "organisation")).contains(organisation);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "gespreksleider Yara Bouzid, met Tjeerd Hoekstra (CDA) en Lisa Meijer (GroenLinks-PvdA)",
            "moderator Yara Bouzid, met Tjeerd Hoekstra (CDA) en Lisa Meijer (GroenLinks-PvdA)"})
        @DisplayName("a table cell that opens with the leader's role word gives the leader and the others")
        void leaderFirst(String cell) {
            Draft draft = read("a.md", "# Festival\n\nDatum: vrijdag 18 september 2026, 13.00 - 17.00 uur\n\n"
                    + "| Tijd | Programma | Met |\n|---|---|---|\n| 15.30 | Debat: wie beslist? | " + cell + " |\n"
                    + "| 16.30 | Borrel | |\n");
            assertThat(scored(draft, "role")).containsExactlyInAnyOrder("yara bouzid = moderator",
                    "tjeerd hoekstra = speaker", "lisa meijer = speaker");
            assertThat(scored(draft, "organisation")).containsExactlyInAnyOrder("cda", "groenlinks-pvda");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"15.00 Slotdebat o.l.v. Yara Bouzid", "15.00 Slotdebat onder leiding van "
                + "Yara Bouzid", "15.00 Gesprek met Herman Dijkhuis; journalist Yara Bouzid leidt het gesprek",
            "15.00 A conversation with Herman Dijkhuis; Yara Bouzid moderates"})
        @DisplayName("the one who leads is the moderator")
        void leads(String line) {
            Draft draft = read("a.txt", VERGADERING + line + "\n16.30 Borrel\n");
            assertThat(scored(draft, "role")).contains("yara bouzid = moderator");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "15.45 Interview met melkveehouder Gert-Jan van den Broek, door Loes Verbruggen",
            "15.45 Interview with Gert-Jan van den Broek, farmer, by Loes Verbruggen"})
        @DisplayName("'Interview met X door Y': X is interviewed, Y the interviewer")
        void interviewer(String line) {
            Draft draft = read("a.txt", VERGADERING + line + "\n16.30 Borrel\n");
            assertThat(scored(draft, "role")).containsExactlyInAnyOrder("gert-jan van den broek = interviewee",
                    "loes verbruggen = interviewer");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"10:00 Welcome by your host, Joris Lamberts",
            "10:00 Welcome by our host, Joris Lamberts"})
        @DisplayName("a possessive before the role word ('your host') still gives the person and the role")
        void yourHost(String line) {
            Draft draft = read("a.txt", ENGLISH_DAY + line + "\n11:00 Break\n");
            assertThat(scored(draft, "role")).containsExactly("joris lamberts = host");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "At 1.45 pm Sam Whitfield, founder of Pathways Europe, gives the keynote. | pathways europe",
            "At 2 pm Dr. Ann Lee, researcher at Nordregio, gives the keynote. | nordregio"})
        @DisplayName("a person named right after a prose item's time is on that item")
        void subjectAfterTime(String sentence, String organisation) {
            Draft draft = read("a.txt", "Conference\n\nThursday 22 October 2026, 1.30 pm - 5 pm, Rotterdam.\n\n"
                    + "The afternoon opens at 1.30 pm with a welcome by chair Ingrid Kuiper. " + sentence + "\n");
            assertThat(scored(draft, "role")).anyMatch(r -> r.endsWith(" = keynote-speaker"));
            assertThat(scored(draft, "organisation")).contains(organisation);
        }
    }

    @Nested
    @DisplayName("of ends, status and times")
    class EndsAndStatus {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Het festival eindigt zaterdag om 16.30 uur.",
            "De middag duurt tot 16.30 uur.", "Om 16.00 uur is er een toost, waarna we de middag rond 16.30 uur "
                    + "afsluiten."})
        @DisplayName("an end stated in a sentence of its own ends the event")
        void statedEnd(String sentence) {
            Draft draft = read("a.txt", "Middag\n\nDatum: zaterdag 19 september 2026\n\n13.00 Inloop\n14.00 "
                    + "Opening door Anke de Haan\n16.00 Afsluiting\n\n" + sentence + "\n");
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-09-19T16:30"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Het congres van vrijdag 30 januari 2026 (9.30 - 16.30 uur) wordt uitgesteld. Een nieuwe datum is nog "
                    + "niet bekend; we verwachten die voor 1 maart te melden.",
            "The congress of Friday 30 January 2026 (9.30 am - 4.30 pm) is postponed. The new date is not yet known; "
                    + "we expect to announce it before 1 March."})
        @DisplayName("a postponement whose new date is not yet known is postponed, not rescheduled")
        void postponed(String sentence) {
            Draft draft = read("a.txt", "Congres\n\n" + sentence + "\n");
            assertThat(draft.event().status()).isEqualTo(EventStatus.POSTPONED);
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2026-01-30T09:30"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"12 noon Closing lecture by Karel Veenstra", "12 noon Lunch"})
        @DisplayName("'12 noon' is a programme time")
        void noon(String line) {
            Draft draft = read("a.txt", ENGLISH_DAY.replace("1.30 pm", "10 am") + "10 am Welcome\n" + line + "\n");
            assertThat(draft.event().programme().items()).extracting(ProgrammeItem::start)
                    .contains(LocalDateTime.parse("2026-05-21T12:00"));
        }
    }

    @Nested
    @DisplayName("of registration channels and phones")
    class Channels {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Deelname is gratis. Aanmelden: link volgt.",
            "Participation is free. Registration: link follows."})
        @DisplayName("'Aanmelden: link volgt' is a link-follows channel")
        void linkFollows(String sentence) {
            Draft draft = read("a.txt", VERGADERING + sentence + "\n");
            assertThat(scored(draft, "channel")).containsExactly("link-follows");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Aanmelden kan via de website of telefonisch via 038 499 8000.",
            "Register on the website or by phone on 038 499 8000."})
        @DisplayName("registration by phone is a phone channel")
        void phone(String sentence) {
            Draft draft = read("a.txt", VERGADERING + sentence + "\n");
            assertThat(scored(draft, "channel")).containsExactly("phone +31 38 499 8000");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Het ticket blijft geldig. Liever je geld terug? Stuur dan een mail naar "
                + "tickets@example.nl.", "Your ticket stays valid. Want a refund? Send an e-mail to tickets@example.nl."})
        @DisplayName("an address for refunds is a contact, no registration channel")
        void refund(String sentence) {
            Draft draft = read("a.txt", VERGADERING + sentence + "\n");
            assertThat(scored(draft, "channel")).isEmpty();
            assertThat(draft.event().contacts()).singleElement()
                    .satisfies(c -> assertThat(c.email()).contains("tickets@example.nl"));
        }

        @Test
        @DisplayName("a registration sentence that breaks off before its link takes the link on the next line")
        void linkOnNextLine() {
            Draft draft = read("a.md", "# Masterclass\n\n**When:** Wednesday 10 February 2027, 10:00-12:30\n\n"
                    + "New participants can still sign up at\n[example.org/masterclass](https://example.org/"
                    + "masterclass); the fee stays the same.\n");
            assertThat(scored(draft, "channel")).containsExactly("web https://example.org/masterclass");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"0031 6 38 29 17 40 | +31 6 38291740",
            "+31 (0)73 681 25 00 | +31 73 681 2500", "0031 (0)73 681 25 00 | +31 73 681 2500"})
        @DisplayName("phones dialled with 00 or written with (0) are put in international form")
        void phones(String written, String international) {
            Draft draft = read("a.txt", VERGADERING + "Persvragen: Daan Vermolen, woordvoerder, " + written + "\n");
            assertThat(scored(draft, "phone")).containsExactly(international);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Vragen? Bel 14 038 of mail info@example.nl.",
            "Meer informatie: Gemeente Zwolle, telefoon 14038, info@example.nl"})
        @DisplayName("a municipality's service number after a phone word is a phone, as libphonenumber accepts it")
        void serviceNumber(String sentence) {
            Draft draft = read("a.txt", VERGADERING + sentence + "\n");
            assertThat(scored(draft, "phone")).containsExactly("+31 14038");
        }

        @Test
        @DisplayName("a page's footer gives no phone, even a service number")
        void footer() {
            Draft draft = read("a.html", "<body><main><h1>Avond</h1><p>Woensdag 21 januari 2026 van 19.00 tot 21.00 "
                    + "uur</p></main><footer><p>Bel 14 038 · 088 123 4567</p></footer></body>");
            assertThat(scored(draft, "phone")).isEmpty();
        }
    }

    @Nested
    @DisplayName("of venues")
    class Venues {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Het congres is in De Reehorst, Bennekomseweg 24, 6717 LM Ede. | De Reehorst",
            "De lezing is in de Bergkerk, Kerkstraat 1, 6717 LM Ede. | Bergkerk",
            "**18 september** · Cultuurcentrum De Mast, Havenkade 5, 8911 AK Leeuwarden | Cultuurcentrum De Mast"})
        @DisplayName("keep a capitalised article and start after a separator, never take a title")
        void names(String line, String venue) {
            Draft draft = read("a.md", "# Dag\n\nDatum: vrijdag 18 september 2026, 9.30 - 16.30 uur\n\n" + line + "\n");
            assertThat(draft.event().venue().orElseThrow().name().text()).isEqualTo(venue);
        }
    }
}
