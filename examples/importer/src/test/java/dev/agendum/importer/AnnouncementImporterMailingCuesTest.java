package dev.agendum.importer;

import static dev.agendum.importer.Cues.VERGADERING;
import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues the third held-out set (now d47–d60) was misread on, each in at least two wordings: press releases and
 * newsletters, stated spans and ends, mailto links and phone numbers as Dutch pages set them. Values are compared as
 * {@link Scoring} scores them; the people of the same mailings are in {@link AnnouncementImporterMailingPeopleCuesTest}.
 */
@DisplayName("AnnouncementImporter reads the cues of press releases, newsletters and pages")
class AnnouncementImporterMailingCuesTest {

    @Nested
    @DisplayName("of mailings")
    class Mailings {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '~', value = {
            "PERSBERICHT\\n\\nKennisdag Kust 2027: veilig en aantrekkelijk?\\n\\nVlissingen, 12 januari 2027 – Op "
                + "vrijdag 5 maart 2027 van 9.30 tot 16.00 uur komen we samen. ~ kennisdag kust 2027: veilig en "
                + "aantrekkelijk?",
            "PRESS RELEASE – FOR IMMEDIATE RELEASE\\n\\nWater Atlas launched in Delft\\n\\nDelft, 2 June 2026 – The "
                + "atlas is presented on Tuesday 16 June 2026 from 3.30 pm to 6 pm. ~ water atlas launched in delft",
            "Nieuwsbrief Netwerk Dorpen – januari 2027\\nLukt het niet om deze e-mail te lezen? Bekijk hem online: "
                + "https://example.nl/n\\n\\nBeste dorpsgenoten,\\n\\nIn deze nieuwsbrief: ons webinar.\\n\\n=== "
                + "UITNODIGING ===\\n\\nWebinar: Samen een warmtenet\\n\\nDonderdag 18 februari 2027, 15:00 – 16:30 u"
                + " ~ webinar: samen een warmtenet",
            "Public Health Futures | Newsletter no. 14 | March 2026\\nView this e-mail in your browser [1]\\n\\nDear "
                + "colleague,\\n\\n------\\nROUNDTABLE: HEAT AND HEALTH\\n------\\n\\nTuesday 14 April 2026, 2 pm – "
                + "4.30 pm ~ roundtable: heat and health"})
        @DisplayName("a press release's or newsletter's masthead is not the title: the first headline after it is")
        void masthead(String text, String title) {
            Draft draft = read("a.txt", text.replace("\\n", "\n"));
            assertThat(scored(draft, "title")).containsExactly(title);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"De kennisdag duurt van 9.30 tot 16.00 uur; tot 10.00 uur is er inloop.",
            "The summit runs from 9.30 am to 4 pm, with coffee until 10 am."})
        @DisplayName("the range a text says the event lasts gives its times, before the programme's")
        void span(String sentence) {
            Draft draft = read("a.txt", "Kennisdag\n\nOp vrijdag 5 maart 2027 in Vlissingen.\n\n" + sentence
                    + " Om 10.00 uur opent Anja Meulenberg de dag. Om 15.30 uur sluiten we af met een borrel.\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2027-03-05T09:30"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2027-03-05T16:00"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Dag 1 eindigt om 17.00 uur. | De tweedaagse eindigt om 15.30 uur.",
            "De eerste dag is om 17.00 uur afgelopen. | Het congres eindigt om 15.30 uur."})
        @DisplayName("of several stated ends, the last is the event's: a day's own end comes first")
        void lastEnd(String first, String last) {
            Draft draft = read("a.txt", "Tweedaagse\n\nWoensdag 10 en donderdag 11 juni 2026\n\nWOENSDAG 10 JUNI\n"
                    + "09.30 uur Ontvangst\n16.00 uur Borrel\n" + first + "\n\nDONDERDAG 11 JUNI\n09.00 uur Inloop\n"
                    + "15.00 uur Afsluiting\n" + last + "\n");
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-06-11T15:30"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Op zaterdag 14 november 2026 kwamen ruim 200 dorpsbewoners naar Winsum.",
            "Op vrijdag 9 oktober 2026 openden we de nieuwe werkplaats."})
        @DisplayName("a date set right under the title outranks a newsletter's look back at an earlier date")
        void dateUnderTitle(String lookBack) {
            Draft draft = read("a.txt", "Nieuwsbrief Dorpen – januari 2027\n\nWebinar: Samen een warmtenet\n\n"
                    + "Donderdag 18 februari 2027, 15:00 – 16:30 u, online via Zoom\n\nTERUGBLIK\n\n" + lookBack
                    + "\n");
            assertThat(draft.event().start()).isEqualTo(LocalDateTime.parse("2027-02-18T15:00"));
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2027-02-18T16:30"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Netwerk Dorpen · Postbus 1234 · 9701 BE Groningen",
            "Public Health Futures, P.O. Box 1000, 3720 BA Bilthoven"})
        @DisplayName("a PO box is a mailing address, never a venue")
        void mailbox(String footer) {
            Draft draft = read("a.txt", "Webinar: Samen een warmtenet\n\nDonderdag 18 februari 2027, 15:00 – 16:30 u,"
                    + " online via Zoom\n\n---\n" + footer + "\n");
            assertThat(scored(draft, "place")).isEmpty();
            assertThat(scored(draft, "attendance")).containsExactly("online");
        }
    }

    @Nested
    @DisplayName("of times and places")
    class TimesAndPlaces {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Omdat het buurthuis dicht is, komen we niet samen in Buurthuis De Meeuw, Slotermeerlaan 58, 1064 HC "
                + "Amsterdam, maar in Wijkcentrum Het Anker.",
            "The forum will not be held at Media Park, Mediapark 2, 1217 WE Hilversum, as planned."})
        @DisplayName("an address the sentence says the event is not at is no venue; the event's date repeated "
                + "with its times gives them")
        void notHere(String moved) {
            Draft draft = read("a.txt", "Bewonersavond: nieuwe datum\n\nDe bewonersavond van donderdag 8 oktober 2026 "
                    + "is verplaatst naar dinsdag 13 oktober 2026. " + moved + "\n\nWanneer en waar\n\nDinsdag 13 "
                    + "oktober 2026, 19.30 tot 21.30 uur\nWijkcentrum Het Anker, Burgemeester De Vlugtlaan 125, 1063 BJ "
                    + "Amsterdam\n");
            assertThat(scored(draft, "place")).contains("1063 bj").doesNotContain("1064 hc", "1217 we");
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-10-13T21:30"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"The summer school ends on Wednesday at 14:00.",
            "De zomerschool eindigt op woensdag om 14.00 uur."})
        @DisplayName("an end stated with a day between the verb and the time")
        void endOnDay(String sentence) {
            Draft draft = read("a.txt", "Summer School\n\nMonday 6 to Wednesday 8 July 2026\n\nProgramme\n09:00 "
                    + "Registration\n12:30 Farewell lunch\n\n" + sentence + "\n");
            assertThat(draft.event().end()).isEqualTo(LocalDateTime.parse("2026-07-08T14:00"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"All sessions are in person; there is no livestream.",
            "De avond is niet online te volgen en er is geen livestream."})
        @DisplayName("a way of attending the text denies is none")
        void denied(String sentence) {
            Draft draft = read("a.txt", "Avond\n\nDatum: donderdag 21 mei 2026, 19.30 - 21.00 uur\nLocatie: "
                    + "Dorpshuis De Skalm, Kerkpad 3, 8461 GL Oudehaske\n\n" + sentence + "\n");
            assertThat(scored(draft, "attendance")).containsExactly("in-person");
        }
    }

    @Nested
    @DisplayName("of contacts")
    class Contacts {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Vragen? Mail [Marieke Holtkamp](mailto:m.holtkamp@example.nl).",
            "Questions? Write to [Marieke Holtkamp](mailto:m.holtkamp@example.nl?subject=Debat)."})
        @DisplayName("a mailto link's address is the contact's e-mail address")
        void mailto(String line) {
            Draft draft = read("a.md", "# Debat\n\nDatum: donderdag 17 september 2026, 20.00 – 22.15 uur\n\n" + line
                    + "\n");
            assertThat(scored(draft, "email")).containsExactly("m.holtkamp@example.nl");
            assertThat(scored(draft, "person")).contains("marieke holtkamp");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"0118 - 65 43 21 | +31 118 654 321", "(0513) 48 95 00 | +31 513 489 500",
            "06 - 40 12 77 88 | +31 6 40127788", "+31 (0)570 - 69 36 00 | +31 570 693 600",
            "071 - 5 123 456 | +31 71 512 3456"})
        @DisplayName("a phone with a spaced hyphen or its area code in brackets")
        void phones(String written, String international) {
            Draft draft = read("a.txt", VERGADERING + "Vragen? Bel Ineke Westra: " + written + ".\n");
            assertThat(scored(draft, "phone")).containsExactly(international);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Heeft u vragen? Wijkconsulent Sandra Bakker is bereikbaar op 06 - 51 22 83 47. | sandra bakker",
            "Secretariat: Annemijn Kroes, secretariaat@example.org, 071 - 5 123 456 | annemijn kroes",
            "For interviews, please contact press officer Daan Hofstede, +31 (0) 15 278 54 00. | daan hofstede"})
        @DisplayName("a contact after a position, a desk label or a role word, with the phone as theirs")
        void contactPerson(String line, String person) {
            Draft draft = read("a.txt", VERGADERING + line + "\n");
            assertThat(scored(draft, "person")).containsExactly(person);
            assertThat(scored(draft, "organisation")).noneMatch(o -> o.startsWith("+"));
            assertThat(draft.event().people().get(0).phone()).isPresent();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Aanmelden is niet verplicht, maar helpt ons. Bel 020 - 615 48 20 of mail naar avond@example.nl.",
            "Registration is optional but helps us plan. Call 020 - 615 48 20 or write to avond@example.nl."})
        @DisplayName("a sentence that says how to register, after one that asks, gives channels")
        void howToRegister(String paragraph) {
            Draft draft = read("a.txt", VERGADERING + paragraph + "\n");
            assertThat(scored(draft, "channel")).contains("phone +31 20 615 4820", "email avond@example.nl");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Applications close on 1 June 2026. | Apply now",
            "Fees and applications | Apply here"})
        @DisplayName("'Apply now' and 'Applications close' are registration words")
        void apply(String before, String button) {
            Draft draft = read("a.html", "<main><h1>Summer School</h1><p>Monday 6 to Wednesday 8 July 2026, 9:00 - "
                    + "17:00</p><p>" + before + "</p><p><a href=\"https://example.nl/apply\">" + button
                    + "</a></p></main>");
            assertThat(scored(draft, "channel")).containsExactly("web https://example.nl/apply");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Voor een plek in de zaal moet je wel reserveren, telefonisch bij de kassa: +31 (0)570 - 69 36 00.",
            "Reserveer een plek telefonisch bij de balie via 0570 - 69 36 00."})
        @DisplayName("reserving by phone at a desk is a phone channel")
        void reserveByPhone(String sentence) {
            Draft draft = read("a.txt", VERGADERING + sentence + "\n");
            assertThat(scored(draft, "channel")).containsExactly("phone +31 570 693 600");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Schouwburg Deventer (Theaterzaal), Leeuwenbrug 88, 7411 TJ Deventer",
            "Bij Schouwburg Deventer (grote zaal), Leeuwenbrug 88, 7411 TJ Deventer"})
        @DisplayName("a venue's room in brackets is not its name")
        void room(String place) {
            Draft draft = read("a.txt", "Debat\n\nDonderdag 17 september 2026, 20.00 – 22.15 uur\n" + place + "\n");
            assertThat(scored(draft, "place")).contains("schouwburg deventer", "7411 tj");
        }

        @Test
        @DisplayName("an HTML label set apart by its class reads as 'Label:'")
        void htmlLabel() {
            Draft draft = read("a.html", "<main><h1>Informatieavond</h1><p><span class=\"label\">Datum</span> dinsdag 3"
                    + " maart 2026</p><p><span class=\"label\">Tijd</span> 19.30 - 21.45 uur</p><p><span class=\""
                    + "label\">Locatie</span> Dorpshuis De Skalm, Kerkpad 3, 8461 GL Oudehaske</p></main>");
            assertThat(scored(draft, "place")).containsExactlyInAnyOrder("dorpshuis de skalm", "kerkpad 3", "8461 gl",
                    "oudehaske");
        }
    }
}
