package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The programme layout devset-next still missed after round thirteen: a plain-text timetable that sets each title
 * first and its time in a column after it ("Loop 10 km      11u15") and a post's lines led by a clock emoji
 * ("🕘 9.00 uur start 60 km"), and an aside in brackets about another day's session, which moves no items to that
 * day, each in two wordings of its own; and the opening hours set as a column, which are no programme.
 */
@DisplayName("AnnouncementImporter reads the programme layout devset-next set in round fourteen")
class AnnouncementImporterFourteenthLayoutCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Zondag 5 september 2027, Blaarmeersen, Zuiderlaan 5, 9000 Gent | Kidsrun 1 km (6–12 jaar) | 09u30 | "
            + "Loop 10 km | 11u15 | Halve marathon 21,1 km | 09u00   (tijdslimiet 3 uur) | 2027-09-05t09:00",
        "Sunday 5 September 2027, Riverside Park, Mill Lane 2, Reading | Fun run 2 km | 9:30 | Walk 5 km | 10:00 | "
            + "Half marathon | 8:45 | 2027-09-05t08:45"})
    @DisplayName("titles with their times in a column after them are the programme's items, put in time order")
    void timesInAColumnAfterTheTitles(String when, String first, String firstTime, String second, String secondTime,
                                      String third, String thirdTime, String start) {
        String text = "Charity run\n" + when + "\n\nDISTANCES\n  " + first + "        " + firstTime + "\n  " + second
                + "        " + secondTime + "\n  " + third + "        " + thirdTime + "\n";
        assertThat(scored("a.txt", text, "item")).hasSize(3);
        assertThat(scored("a.txt", text, "start")).containsExactly(start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Maandag | Dinsdag", "Mon | Tue"})
    @DisplayName("opening hours set as a column after the weekdays are no items")
    void openingHoursAreNoItems(String first, String second) {
        String text = "Open dag\nZaterdag 6 maart 2027, 10.00 - 16.00 uur, Bibliotheek, Markt 1, Zwolle\n\n"
                + "Openingstijden\n" + first + "        09.00 - 17.00\n" + second + "        09.00 - 17.00\n";
        assertThat(scored("a.txt", text, "item")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "🕘 9.00 uur start 60 km | 🕙 10.00 uur start 30 km | 2027-01-16t09:00",
        "⏰ 9:30 start of the long ride | ☕️ 11:00 coffee at the mill | 2027-01-16t09:30"})
    @DisplayName("lines led by an emoji before their time are the programme's items")
    void emojiBeforeTheTime(String first, String second, String start) {
        String text = "IJsclub De Eendracht\n14 januari om 18:12 · 🌍\n\nVeenrondetocht zaterdag 16 januari 2027\n\n"
                + "Zo gaat het:\n" + first + "\n" + second + "\n📍 IJsbaan De Eendracht, Jonenweg 4, 8355 CL Giethoorn\n";
        assertThat(scored("a.txt", text, "item")).hasSize(2).contains(start);
        assertThat(scored("a.txt", text, "start")).containsExactly(start);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Taal: Nederlands (er is een aparte Franstalige sessie op 11 maart)",
        "Language: English (the Dutch session follows on 11 March)"})
    @DisplayName("a date in brackets about another session moves no items to its day")
    void dateInBracketsMovesNoItems(String aside) {
        String text = "Webinar e-facturatie\n\nWanneer: dinsdag 9 maart 2027, van 10u tot 11u30\nOnline (Webex)\n"
                + aside + "\n\nProgramma\n10u00 – Verwelkoming\n10u10 – De regels na één jaar\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-03-09t10:00", "2027-03-09t10:10");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-09t11:30");
    }
}
