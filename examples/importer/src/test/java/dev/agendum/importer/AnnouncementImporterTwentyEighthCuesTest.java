package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-fourth held-out set, read as d431-d450 after it was scored, missed and round twenty-eight reads,
 * each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d431-d450 missed in round twenty-eight")
class AnnouncementImporterTwentyEighthCuesTest {

    @Test
    @DisplayName("a street's or a venue's name in a timetable ('Main Street', 'Cascade House Hotel') is no person, while"
            + " a person named Lane stays one")
    void placesAreNoPeople() {
        String text = "# Cascades Weekend\n\nSaturday 5 June 2027, Ennistymon\n\n| Time | Event | Where |\n|---|---|---|\n"
                + "| 11:00 | Street session | Main Street |\n| 14:00 | Céilí | Cascade House Hotel |\n\n"
                + "The céilí is led by Stuart Lane.\n";
        assertThat(scored("a.md", text, "person")).contains("stuart lane")
                .doesNotContain("main street", "cascade house hotel");
    }

    @Test
    @DisplayName("'we have decided to run it entirely online instead' moves the event online, and a town of two places"
            + " joined ('Hei- en Boeicop') is one town")
    void runOnlineAndJoinedTown() {
        String english = "MAY EVENING MEETING: NOW A WEBINAR\n\nWednesday 19 May 2027, 7pm\n\nThe hall is closed for"
                + " repairs, so we have decided to run it entirely online instead.\n";
        assertThat(scored("a.txt", english, "status")).containsExactly("moved-online");
        String dutch = "Informatieavond dijkversterking\n\nDinsdag 9 maart 2027, 19.00 uur\n\n    Dorpshuis De Wiel,"
                + " Dorpsstraat 41, 4126 RK Hei- en Boeicop\n";
        assertThat(scored("a.txt", dutch, "place")).contains("4126 rk", "hei- en boeicop");
    }

    @Test
    @DisplayName("'The meeting is expected to close by 9.30pm' ends the meeting")
    void closeBy() {
        String text = "MEETING OF THE FULL COUNCIL\n\nTuesday 16 March 2027 at 7pm, Council Chamber, Town Hall.\n\n"
                + "The meeting is expected to close by 9.30pm.\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-16t21:30");
    }
}
