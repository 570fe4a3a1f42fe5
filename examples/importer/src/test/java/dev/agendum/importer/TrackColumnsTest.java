package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.model.ProgrammeItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A timetable whose columns are parallel tracks, halls or stages: each cell an item in its column's track, so that
 * items of one row run side by side and the draft passes the validator.
 */
@DisplayName("A timetable's columns as tracks")
class TrackColumnsTest {

    private static final String MARKDOWN = """
            # Stadswaterdag 2027

            Donderdag 16 september 2027, 09.00 - 17.00 uur, De Kromme Hal, Veemkade 21, 1019 HZ Amsterdam

            | Tijd  | Track A · Rivieren (Grote Zaal) | Track B · Straten (Loft) |
            |-------|---------------------------------|--------------------------|
            | 09.00 | Opening door Anouk Brandsma     | *(plenair in de Grote Zaal)* |
            | 09.30 | Ruimte voor de rivier – Lena Horvath | Groene daken – Daan Kuipers |
            | 10.30 | Koffie                          | Koffie                   |
            | 11.00 | Zout in de delta – Pieter Zwanenburg | Sponsstraten – Marit Oosterhuis |
            | 12.30 | Lunch                           | Lunch                    |
            """;

    private static List<ProgrammeItem> items(String name, String text) {
        Draft draft = Cues.read(name, text);
        assertThat(draft.valid()).as("the draft passes the validator: %s", draft.violations()).isTrue();
        return draft.event().programme().allItems();
    }

    @Test
    @DisplayName("each cell of a row is an item in the track its column's head names")
    void cellsRunInTheirColumnsTracks() {
        List<ProgrammeItem> items = items("a.md", MARKDOWN);
        assertThat(items).filteredOn(i -> i.start().getHour() == 9 && i.start().getMinute() == 30)
                .extracting(ProgrammeItem::track)
                .containsExactly(Optional.of("Track A · Rivieren (Grote Zaal)"), Optional.of("Track B · Straten (Loft)"));
        assertThat(items).filteredOn(i -> i.start().getHour() == 11).hasSize(2);
    }

    @Test
    @DisplayName("a cell repeated in every column, or beside a bracketed 'plenary' note, is one item for all tracks")
    void repeatedCellsAndPlenaryNotesAreOneItem() {
        List<ProgrammeItem> items = items("a.md", MARKDOWN);
        assertThat(items).filteredOn(i -> i.track().isEmpty()).extracting(i -> i.title().text())
                .containsExactly("Opening", "Koffie", "Lunch");
        assertThat(items).hasSize(7);
    }

    @Test
    @DisplayName("an HTML timetable per day with a hall per column, cells left empty where a hall is idle")
    void hallsAsColumnsInHtml() {
        String html = "<html><body><h1>Het Ongerijmde 2027</h1><p>Vrijdag 24 september 2027, 13.00 tot 23.00 uur, "
                + "De Spoorloods, Havenkade 8, 7417 AC Deventer</p><table><thead><tr><th>Tijd</th><th>Grote Zaal</th>"
                + "<th>De Kas</th><th>Buitenpodium</th></tr></thead><tbody>"
                + "<tr><th>13.00</th><td>Opening</td><td></td><td></td></tr>"
                + "<tr><th>16.00</th><td>Lezing – Het lange nu</td><td>Interview met Kees Faber</td>"
                + "<td>Debat voor scholieren</td></tr>"
                + "<tr><th>17.30</th><td></td><td></td><td>Soep aan de lange tafel</td></tr>"
                + "</tbody></table></body></html>";
        List<ProgrammeItem> items = items("a.html", html);
        assertThat(items).extracting(i -> i.track().orElse("-"))
                .containsExactly("Grote Zaal", "Grote Zaal", "De Kas", "Buitenpodium", "Buitenpodium");
    }

    @Test
    @DisplayName("a head that labels what its columns hold makes no tracks: each row is one item")
    void labellingHeadMakesNoTracks() {
        String text = """
                # Themamiddag

                Donderdag 21 mei 2026, 13.30 - 17.00 uur

                | Tijd  | Onderdeel        | Spreker      |
                |-------|------------------|--------------|
                | 13.30 | Opening          | Jan de Vries |
                | 14.00 | Lezing over water | Ria Bos     |
                """;
        List<ProgrammeItem> items = items("a.md", text);
        assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i.track()).isEmpty());
    }

    @Test
    @DisplayName("rows that start together in different rooms of a room column run in those rooms' tracks")
    void parallelRowsInARoomColumn() {
        String html = "<html><body><h1>Klantendag 2027</h1><p>Donderdag 18 november 2027, 9u00 tot 17u00, "
                + "Evenementenhal De Leiepoort, Kortrijksesteenweg 1200, 9051 Gent</p><table>"
                + "<tr><th>Uur</th><th>Sessie</th><th>Door</th><th>Zaal</th></tr>"
                + "<tr><td>9u45</td><td>Welkom</td><td>Pieter Desmet</td><td>Zaal Schelde</td></tr>"
                + "<tr><td>11u00</td><td>Sessie A – Wat is nieuw?</td><td>Koen Maes</td><td>Zaal Schelde</td></tr>"
                + "<tr><td>11u00</td><td>Sessie B – Een planning</td><td>Griet Claeys</td><td>Zaal Leie</td></tr>"
                + "<tr><td>12u00</td><td>Lunch</td><td></td><td>Foyer</td></tr></table></body></html>";
        List<ProgrammeItem> items = items("a.html", html);
        assertThat(items).extracting(i -> i.track().orElse("-"))
                .containsExactly("-", "Zaal Schelde", "Zaal Leie", "-");
    }
}
