package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What devset-next (d211-d230) missed and round sixteen reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what devset-next missed in round sixteen")
class AnnouncementImporterSixteenthCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<strong>Inschrijven:</strong> vóór 24 september 2027",
            "<strong>Deadline:</strong> 24 september 2027", "Aanmelden kan tot 24 september 2027"})
    @DisplayName("a sidebar of the event's facts is read though it also dates the registration's close")
    void factCardWithADeadline(String deadline) {
        String html = "<html><body><main><h1>Jaarsymposium 2027</h1><p>Het genootschap nodigt u uit voor het "
                + "jaarsymposium op vrijdag 8 oktober 2027, in de zaal of via de livestream.</p>"
                + "<aside class=\"info\"><h2>In het kort</h2><p><strong>Wanneer:</strong> vrijdag 8 oktober 2027, "
                + "10.00–17.00 uur</p><p><strong>Waar:</strong> Congrescentrum Het Spoorhuis<br>Stationsplein 40<br>"
                + "3818 LE Amersfoort</p><p>" + deadline + "</p></aside></main></body></html>";
        assertThat(scored("a.html", html, "start")).containsExactly("2027-10-08t10:00");
        assertThat(scored("a.html", html, "place")).contains("congrescentrum het spoorhuis", "stationsplein 40");
    }
}
