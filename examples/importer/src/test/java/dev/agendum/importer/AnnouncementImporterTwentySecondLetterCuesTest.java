package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a council's summons among d331-d350 missed and round twenty-two reads: the officer's address under the
 * letterhead, the venue in a wrapped sentence, the chair named across a line break, the hour the meeting closes.
 */
@DisplayName("AnnouncementImporter reads a council's summons as round twenty-two does")
class AnnouncementImporterTwentySecondLetterCuesTest {

    private static final String SUMMONS = "ASHCOMBE TOWN COUNCIL\n"
            + "Town Clerk: Mr Peter Vane, 3 Mill Row, Ashcombe, Frome BA11 2PL\n"
            + "Tel: 01632 960123 | clerk@ashcombe-tc.example.org.uk\n\n"
            + "Members are summoned to the Annual Meeting of Ashcombe Town Council, to be held in the\n"
            + "Council Chamber of Ashcombe Market House, 1 High Street,\n"
            + "Ashcombe, BA11 2QX on Monday 10 May 2027 at 7pm.\n\n"
            + "The public are welcome. The Chairwoman,\nCllr Ruth Denning, will close the meeting no later than 9pm.\n";

    @Test
    @DisplayName("an officer's address under the letterhead ('Town Clerk: Mr Peter Vane, 3 Mill Row, …') is no venue")
    void officersAddress() {
        assertThat(scored("a.txt", SUMMONS, "place")).doesNotContain("3 mill row", "ba11 2pl");
    }

    @Test
    @DisplayName("a wrapped sentence names the venue and street on the line above the town and its code")
    void venueInAWrappedSentence() {
        assertThat(scored("a.txt", SUMMONS, "place")).containsExactly("ashcombe market house", "1 high street",
                "ba11 2qx", "ashcombe");
    }

    @Test
    @DisplayName("a role phrase that ends a wrapped line ('The Chairwoman,') names the councillor on the next")
    void chairAcrossTheBreak() {
        assertThat(scored("a.txt", SUMMONS, "person")).contains("ruth denning");
        assertThat(scored("a.txt", SUMMONS, "role")).containsExactly("ruth denning = chair");
    }

    @Test
    @DisplayName("'will close the meeting no later than 9pm' gives the end")
    void closesTheMeeting() {
        assertThat(scored("a.txt", SUMMONS, "end")).containsExactly("2027-05-10t21:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"De voorzitter sluit de vergadering uiterlijk om 22.00 uur.",
            "We sluiten de bijeenkomst rond 22.00 uur."})
    @DisplayName("Dutch: the chair closing the meeting at an hour gives the end")
    void closesTheMeetingInDutch(String closing) {
        String text = "Ledenvergadering Tennisvereniging Smash\n\nDonderdag 18 maart 2027 om 20.00 uur in het "
                + "clubhuis, Parklaan 2, 3722 AB Bilthoven.\n\n" + closing + "\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-18t22:00");
    }
}
