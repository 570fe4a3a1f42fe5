package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the sixteenth and seventeenth held-out sets, read as d291-d330 after they were scored, missed and round
 * twenty-one reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d291-d330 missed in round twenty-one")
class AnnouncementImporterTwentyFirstCuesTest {

    private static final String FAIR = "<html><body><main><h1>Imkersdagen 2027</h1>"
            + "<p>De Imkersdagen worden georganiseerd door Bijenhuis Zuiderkempen.</p><h2>Openingsuren</h2><table>"
            + "<tr><th>Dag</th><th>Open</th></tr>"
            + "<tr><td>Vrijdag 15 oktober 2027</td><td>13u00 - 20u00</td></tr>"
            + "<tr><td>Zaterdag 16 oktober 2027</td><td>10u00 - 18u00</td></tr></table>"
            + "<p>Ontmoetingscentrum De Linde, Dorpsstraat 3, 2490 Balen</p><h2>Lezingen</h2><table>"
            + "<tr><th>Wanneer</th><th>Lezing</th><th>Spreker</th></tr>"
            + "<tr><td>vr 15/10, 14u30</td><td>Varroa in de winter</td><td>Greet Peeters, bijenteeltconsulent</td></tr>"
            + "<tr><td>za 16/10, 11u00</td><td>Honing keuren</td><td>Marc Aerts, Imkersbond Kempen</td></tr>"
            + "</table>";

    @Test
    @DisplayName("a table of opening hours, a row a day, gives the fair's days: it closes at the last day's hour")
    void openingHoursRun() {
        String page = FAIR + "</main></body></html>";
        assertThat(scored("a.html", page, "start")).containsExactly("2027-10-15t13:00");
        assertThat(scored("a.html", page, "end")).containsExactly("2027-10-16t18:00");
    }

    @Test
    @DisplayName("a timetable's cell of day and time ('vr 15/10, 14u30') sets the row's day; its speakers' bodies are read")
    void dayLedCells() {
        String page = FAIR + "</main></body></html>";
        assertThat(scored("a.html", page, "item")).containsExactly("2027-10-15t14:30", "2027-10-16t11:00");
        assertThat(scored("a.html", page, "organisation")).contains("imkersbond kempen");
    }

    @Test
    @DisplayName("a day-led row after the event's days is another occasion's: a club calendar's evening is no item")
    void dayLedRowOutsideTheEvent() {
        String text = "# Kampioenenfeest\n\nZaterdag 8 mei 2027, vanaf 19u in zaal Kouter, Kerkstraat 4, 9160 Lokeren.\n\n"
                + "## Clubkalender\n\n| Datum | Activiteit |\n|---|---|\n| vr 11 juni 2027, 20u | Algemene vergadering |\n";
        assertThat(scored("a.md", text, "item")).isEmpty();
        assertThat(scored("a.md", text, "start")).containsExactly("2027-05-08t19:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Het panel bestaat uit drie wethouders:", "The panel is made up of:"})
    @DisplayName("a sentence that says what the panel is made of introduces its panellists, with their bodies")
    void panelMadeOf(String intro) {
        String text = "# Debat over de ringweg\n\nDonderdag 14 oktober 2027, 20.00 - 22.00 uur, Theater De Spiegel, "
                + "Spiegelstraat 2, 3811 AB Amersfoort\n\n" + intro + "\n\n- **Joke Mulder**, Gemeente Leusden\n"
                + "- **Bram Peters**, Gemeente Soest\n";
        assertThat(scored("a.md", text, "role")).containsExactlyInAnyOrder("joke mulder = panellist",
                "bram peters = panellist");
        assertThat(scored("a.md", text, "organisation")).contains("gemeente leusden", "gemeente soest");
    }

    @Test
    @DisplayName("a faith's title before a name ('Rabbi', 'Imam', 'pastoor') opens it, so the list under 'speakers:' is read")
    void faithTitles() {
        String text = "Evening of faiths\n\nThursday 14 October 2027, 19:00 to 21:00, Friends Meeting House, "
                + "12 Hill Road, Bristol.\n\nOur speakers for the evening:\n  - Rabbi Leah Cohen, Clifton Synagogue\n"
                + "  - Imam Tariq Haddad, Eastville Mosque\n  - Anna Price, Bristol Hindu Centre\n";
        assertThat(scored("a.txt", text, "role")).containsExactlyInAnyOrder("leah cohen = speaker",
                "tariq haddad = speaker", "anna price = speaker");
        assertThat(scored("a.txt", text, "person")).doesNotContain("rabbi leah cohen");
        assertThat(scored("a.txt", text, "organisation")).contains("clifton synagogue", "eastville mosque");
    }

    @Test
    @DisplayName("'jointly arranged by A and B' names two bodies; 'organised jointly with' one more; a carol's arranger none")
    void jointly() {
        String text = Cues.BATH_DINNER + "It is jointly arranged by Hillside Quaker Meeting and Avon Faith Forum.\n"
                + "The series is organised jointly with the Bath Maritime Society.\nWe close with a carol arranged by "
                + "John Rutter.\n";
        assertThat(scored("a.txt", text, "organisation")).contains("hillside quaker meeting", "avon faith forum",
                "bath maritime society").doesNotContain("john rutter", "hillside quaker meeting and avon faith forum");
    }
}
