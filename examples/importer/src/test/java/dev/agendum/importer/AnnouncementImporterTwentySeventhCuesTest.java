package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-third held-out set, read as d411-d430 after it was scored, missed and round twenty-seven reads,
 * each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d411-d430 missed in round twenty-seven")
class AnnouncementImporterTwentySeventhCuesTest {

    @Test
    @DisplayName("a release's own date beside its kind ('Persbericht | dinsdag 12 oktober 2027') is not the event's")
    void releaseDateBesideItsKind() {
        String text = "# Minister opent congres over koele wijken\n\n*Persbericht | dinsdag 12 oktober 2027*\n\nHet"
                + " congres vindt plaats op **donderdag 4 november 2027** in De Werf, Utrecht.\n\n| Tijd | Onderdeel |\n"
                + "|---|---|\n| 09.30 | Ontvangst |\n| 10.00 | Opening |\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-11-04t09:30");
        assertThat(scored("a.md", text, "item")).containsExactly("2027-11-04t09:30", "2027-11-04t10:00");
    }
}
