package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The places that d171–d190 wrote in ways the rules had not met: a British address, its street's number first and
 * its postcode after the town ("41 Riverside Walk, Bristol BS1 6XN"); a room, a space or a floor named in capitals
 * between the building and its street ("Meeting Room 2", "The Atrium", "First Floor Events Space"), which is not the
 * venue; and a registered office's address, which is the sender's. Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the places of d171-d190's cues")
class AnnouncementImporterThirteenthPlaceCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Harbourside Arts Centre, 7 Canal Row, Leeds LS1 4AP | harbourside arts centre | 7 canal row | ls1 4ap | leeds",
        "The Old Granary, 112 Mill Lane, Norwich NR3 1HX | the old granary | 112 mill lane | nr3 1hx | norwich"})
    @DisplayName("a British address gives its venue, its street with the number first, its postcode and its town")
    void britishAddress(String line, String venue, String street, String code, String town) {
        String text = "Book launch\n\nDate: Tuesday 16 March 2027, 19:30 - 21:30\n\n" + line + "\n";
        assertThat(scored("a.txt", text, "place")).containsExactlyInAnyOrder(venue, street, code, town);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Harbourside Arts Centre, Studio Room 3, 7 Canal Row, Leeds LS1 4AP | harbourside arts centre | studio room 3",
        "The Old Granary, Second Floor Reading Space, 112 Mill Lane, Norwich NR3 1HX | the old granary"
            + " | second floor reading space",
        "Buurthuis De Kroon, Grote Zaal, Lindelaan 4, 3581 KL Utrecht | buurthuis de kroon | grote zaal"})
    @DisplayName("a room, a space or a floor named in capitals between the building and its street is not the venue")
    void roomNamedInCapitals(String line, String venue, String room) {
        String text = "Book launch\n\nDate: Tuesday 16 March 2027, 19:30 - 21:30\n\n" + line + "\n";
        assertThat(scored("a.txt", text, "place")).contains(venue).doesNotContain(room);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Registered office: 12 Dock Street, Hull HU1 3DL. Charity no. 1012345.",
        "Stichting Buurtkracht, statutair gevestigd te Zwolle, Kerkstraat 9, 8011 RB Zwolle"})
    @DisplayName("a registered office's address under an online event is the sender's, not a venue")
    void registeredOffice(String footer) {
        String text = "Webinar: plain language\n\nDate: Tuesday 16 March 2027, 19:30 - 21:30\n\nJoin us online via "
                + "Zoom.\n\n---\n" + footer + "\n";
        assertThat(scored("a.txt", text, "place")).isEmpty();
        assertThat(scored("a.txt", text, "attendance")).containsExactly("online");
    }
}
