package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pins what {@link HardWraps} answers of a hard-wrapped plain text, read through {@link PlainReader}. */
@DisplayName("HardWraps")
class HardWrapsTest {

    private static List<Line> lines(String input) {
        return PlainReader.read(input).leaves();
    }

    @Nested
    @DisplayName("a break that cuts a name")
    class CutsName {

        @Test
        @DisplayName("joins a long line ending in a given name or an honorific to the surname or name below it")
        void givenNameOrHonorific() {
            assertThat(lines("De opening van de middag verzorgt Sanne\nBosman, directeur van het museum."))
                    .extracting(Line::text)
                    .containsExactly("De opening van de middag verzorgt Sanne Bosman, directeur van het museum.");
            assertThat(lines("Na de pauze volgt een lezing door prof.\nHenk Vos over de dijken van morgen."))
                    .hasSize(1);
        }

        @Test
        @DisplayName("joins a long line that leaves a bracket open to the line that closes it")
        void openBracket() {
            assertThat(lines("Aan tafel zit ook Kofi Mensah (voorzitter\nHuurdersraad Oost) met vragen uit de zaal."))
                    .hasSize(1);
            assertThat(lines("Het slotwoord is aan Henk Vos (directeur\nBibliotheek Noord), daarna een borrel."))
                    .hasSize(1);
        }

        @Test
        @DisplayName("keeps a short line, and a line above a timetable's or a list's line, apart")
        void keepsApart() {
            assertThat(lines("Sprekers: Sanne\nBosman en anderen")).hasSize(2);
            assertThat(lines("De opening van de middag verzorgt Sanne\n14.30 Koffie en thee in de hal")).hasSize(2);
            assertThat(lines("De opening van de middag verzorgt Sanne\n- Bosman")).hasSize(2);
        }
    }

    @Nested
    @DisplayName("a cue's sentence that goes on")
    class CueGoesOn {

        private static final String LONG = "Het programma duurt tot vijf uur en daarna is er een borrel. Aanmelden";

        @Test
        @DisplayName("reads a long line's open sentence on with the lower-case line below it in the same paragraph")
        void goesOn() {
            String input = LONG + "\nkan tot 1 juni bij het secretariaat.";
            List<Line> lines = lines(input);
            assertThat(HardWraps.wrapped(lines.get(0))).isTrue();
            assertThat(HardWraps.openSentence(lines.get(0)).strip()).isEqualTo("Aanmelden");
            assertThat(HardWraps.cueGoesOn(input, lines.get(0), lines.get(1))).isTrue();
        }

        @Test
        @DisplayName("stops at a blank line, at a line opening in capitals, and at a short label's line")
        void stops() {
            String parted = LONG + "\n\nkan tot 1 juni bij het secretariaat.";
            List<Line> lines = lines(parted);
            assertThat(HardWraps.cueGoesOn(parted, lines.get(0), lines.get(1))).isFalse();
            String capital = LONG + "\nGraag voor 1 juni.";
            lines = lines(capital);
            assertThat(HardWraps.cueGoesOn(capital, lines.get(0), lines.get(1))).isFalse();
            String label = "Aanmelden\nkan tot 1 juni.";
            lines = lines(label);
            assertThat(HardWraps.wrapped(lines.get(0))).isFalse();
            assertThat(HardWraps.cueGoesOn(label, lines.get(0), lines.get(1))).isFalse();
        }

        @Test
        @DisplayName("reads a short line on when its sentence ends in a word no sentence ends in ('… a place at')")
        void linkingWordAtTheEnd() {
            String input = "Seats are limited to 150. Request a place at\nharbourline.example.com/demoday today.";
            List<Line> lines = lines(input);
            assertThat(HardWraps.wrapped(lines.get(0))).isTrue();
            assertThat(HardWraps.cueGoesOn(input, lines.get(0), lines.get(1))).isTrue();
            assertThat(HardWraps.wrapped(lines("Seats are limited to 150. Request a place").get(0))).isFalse();
        }

        @Test
        @DisplayName("finds no open sentence in a line that ends with a stop")
        void closed() {
            assertThat(HardWraps.openSentence(lines("Het programma duurt tot vijf uur.").get(0))).isEmpty();
            assertThat(HardWraps.openSentence(lines("Vragen? Bel het secretariaat, tel.").get(0)).strip())
                    .isEqualTo("Bel het secretariaat, tel.");
        }
    }

    @Nested
    @DisplayName("a body's name that goes on")
    class NameGoesOn {

        @Test
        @DisplayName("reads the capitalised words that open the next line, with the joiners between them")
        void readsTheName() {
            Document document = PlainReader.read("De avond wordt georganiseerd door de Stichting\n"
                    + "Groen Dorp van het Noorden en andere partners uit de buurt.");
            assertThat(HardWraps.nameGoesOn(document, document.leaves(), 0)).isTrue();
            assertThat(HardWraps.withWrappedName(document, document.leaves(), 0).text())
                    .isEqualTo("De avond wordt georganiseerd door de Stichting Groen Dorp van het Noorden");
        }

        @Test
        @DisplayName("ends a name at a word set small or a stop")
        void nameEnd() {
            assertThat(HardWraps.nameEnd("Wijkraad Oost en Buurthuis Zuid nodigen u uit")).isEqualTo(31);
            assertThat(HardWraps.nameEnd("Kennisnetwerk Water. Daarna volgt")).isEqualTo(19);
            assertThat(HardWraps.nameEnd("nodigen u uit")).isZero();
        }

        @Test
        @DisplayName("leaves a short line, and one ending in a stop, alone")
        void leavesAlone() {
            Document tooShort = PlainReader.read("Met dank aan de Stichting\nGroen Dorp");
            assertThat(HardWraps.nameGoesOn(tooShort, tooShort.leaves(), 0)).isFalse();
            Document stop = PlainReader.read("De avond wordt georganiseerd door de buurt zelf.\nGroen Dorp helpt mee.");
            assertThat(HardWraps.nameGoesOn(stop, stop.leaves(), 0)).isFalse();
        }
    }
}
