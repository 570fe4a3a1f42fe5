package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-first held-out set, read as d381-d400 after it was scored, missed and round twenty-five reads, each
 * in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d381-d400 missed in round twenty-five")
class AnnouncementImporterTwentyFifthCuesTest {

    static final String FESTIVAL = "# Hayfield Book Day\n\n**Saturday 22 May 2027 · Hayfield Town Hall**\n\n"
            + "| Time | Author | In conversation with | Room |\n|---|---|---|---|\n"
            + "| 10:00 | Clara Quint — *The Weir*, a first novel | Owen Tait | Main Hall |\n"
            + "| 11:30 | Dev Malhotra — a history of canals | Rosa Lind | Small Hall |\n"
            + "| 14:00 | Keynote: Iris Fell on forty years of poems | Femi Okoro (host) | Main Hall |\n";

    @Test
    @DisplayName("a timetable's column headed by a role ('Author', 'In conversation with') gives its people that role")
    void roleColumns() {
        assertThat(scored("a.md", FESTIVAL, "role")).contains("clara quint = author", "owen tait = interviewer",
                "dev malhotra = author", "rosa lind = interviewer", "femi okoro = host")
                .doesNotContain("owen tait = speaker", "rosa lind = speaker");
    }

    @Test
    @DisplayName("a role the item states (a keynote) stays, and a 'Speaker' column changes nothing")
    void statedRoleStays() {
        assertThat(scored("a.md", FESTIVAL, "role")).contains("iris fell = keynote-speaker");
        String speakers = "# Data Day\n\n**Tuesday 8 June 2027 · Leeds**\n\n| Time | Session | Speaker |\n"
                + "|---|---|---|\n| 10:00 | Keynote: open data | Ama Boateng |\n| 11:00 | Panel | Leo Vos |\n";
        assertThat(scored("a.md", speakers, "role")).contains("ama boateng = keynote-speaker");
    }

    @Test
    @DisplayName("a mailing's heading matches its contents entry by its first two words under the same number, and an"
            + " Eircode may follow its town without a comma")
    void contentsByOpeningWords() {
        String text = "===========================\n   LOUGH NOTES\n   Newsletter of the Lough Singers\n"
                + "===========================\n\nIN THIS ISSUE\n  1. A word from the Chair\n"
                + "  2. Light in Winter - our Christmas concert\n  3. Rehearsals\n\n"
                + "---------------------------\n1. A WORD FROM THE CHAIR\n---------------------------\n"
                + "What a term it has been.\n\n---------------------------\n"
                + "2. LIGHT IN WINTER - A CHRISTMAS CONCERT\n---------------------------\n"
                + "Saturday 11 December 2027 at 8pm\nSt Nicholas Church, Market Street, Galway H91 E2W3\n\n"
                + "---------------------------\n3. REHEARSALS\n---------------------------\n"
                + "No rehearsal on 1 December.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("light in winter - a christmas concert");
        assertThat(scored("a.txt", text, "place")).contains("h91 e2w3", "galway");
    }

    @Test
    @DisplayName("a 'Chair' column chairs, it does not ask")
    void chairColumn() {
        String text = "# Water Day\n\n**Tuesday 8 June 2027 · Leeds**\n\n| Time | Session | Chair |\n|---|---|---|\n"
                + "| 10:00 | Talk by Ama Boateng | Leo Vos |\n| 11:00 | Talk by Kim Hart | Jo Daly |\n";
        assertThat(scored("a.md", text, "role")).contains("leo vos = chair", "jo daly = chair")
                .doesNotContain("leo vos = interviewer");
    }

    @Test
    @DisplayName("the doors' time beside the start ('at 8pm (doors 7.30pm)') is not the start")
    void doorsBesideStart() {
        String text = "Carol concert\n\nSaturday 11 December 2027 at 8pm (doors 7.30pm)\n"
                + "St Mary's Church, Church Lane, Galway H91 X2C4\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-12-11t20:00");
    }

    @Test
    @DisplayName("doors that open before the first item's time ('7.30pm (doors open 7.15pm)') do not start the event")
    void doorsBeforeFirstItem() {
        String text = "Residents' meeting\n\nThe meeting will now be held on:\n\n    THURSDAY 25 MARCH 2027\n"
                + "    7.30pm (doors open 7.15pm)\n    St Barnabas Church Hall\n    41 Elm Road\n    Leeds LS6 2AB\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-25t19:30");
    }
}
