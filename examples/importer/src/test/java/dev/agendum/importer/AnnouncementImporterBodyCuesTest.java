package dev.agendum.importer;

import static dev.agendum.importer.Cues.THEMAMIDDAG;
import static dev.agendum.importer.Cues.read;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cues of organisations that the fifth held-out set (h76–h90, now d76–d90) wrote in ways the rules had not met:
 * a municipal position with a portfolio, a body's name in one Dutch compound, "van Stichting …", an abbreviation with
 * a hyphen, a department of a body, the board of an association. Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads organisations")
class AnnouncementImporterBodyCuesTest {

    private static Set<String> item(String line) {
        return scored(read("a.txt", THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n16.30 uur Borrel\n"),
                "organisation");
    }

    @Nested
    @DisplayName("beside a person")
    class BesideAPerson {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Debat met Kees Mol (wethouder Wonen van Deventer) | deventer",
            "Debat met Kees Mol (wethouder Ruimtelijke Ordening van de gemeente Deventer) | gemeente deventer",
            "Debate with Kees Mol (alderman for Housing of Deventer) | deventer"})
        @DisplayName("a municipal position with its portfolio names the place after it")
        void portfolio(String line, String organisation) {
            assertThat(item(line)).containsExactly(organisation);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Opening by Kees Mol, alderman for health, City of Deventer",
            "Opening by Kees Mol, alderman for education, City of Deventer"})
        @DisplayName("an alderman for a portfolio is no municipality of that portfolio's name")
        void aldermanFor(String line) {
            assertThat(item(line)).containsExactly("city of deventer");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Gesprek met Sanne Bos, beleidsadviseur Wonen gemeente Zeist",
            "Gesprek met Sanne Bos, adviseur Armoede provincie Utrecht"})
        @DisplayName("capitalised words before a body's word set small belong to the position")
        void portfolioBeforeBody(String line) {
            assertThat(item(line)).hasSize(1).allMatch(o -> o.startsWith("gemeente ") || o.startsWith("provincie "));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Debat met Ria Smit (bestuurder Zorggroep Westland) | zorggroep westland",
            "Lezing door Ria Smit (directeur Kenniscentrum Waterbouw) | kenniscentrum waterbouw",
            "Lezing door imker Ria Smit van de Bijenstichting Twente | bijenstichting twente"})
        @DisplayName("a body named in one Dutch compound is an organisation")
        void compounds(String line, String organisation) {
            assertThat(item(line)).containsExactly(organisation);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Workshop door trainer Guido Maas van Stichting Open Boek | stichting open boek",
            "Workshop door coach Guido Maas van Vereniging Eigen Huis | vereniging eigen huis"})
        @DisplayName("'van' before a body's word gives the person's organisation, not a surname")
        void vanABody(String line, String organisation) {
            assertThat(item(line)).containsExactly(organisation);
            assertThat(scored(read("a.txt", THEMAMIDDAG + "Programma\n14.00 uur " + line + "\n"), "person"))
                    .containsExactly("guido maas");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"Panel with Ana Ruiz (municipality of Groningen) | municipality of groningen",
            "Talk by Professor Ana Ruiz of the University of Twente | university of twente"})
        @DisplayName("a body's own word opens its name, also after 'of the'")
        void bodyOf(String line, String organisation) {
            assertThat(item(line)).containsExactly(organisation);
        }
    }

    @Nested
    @DisplayName("as the organiser")
    class AsTheOrganiser {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"De Vereniging van Wijkverpleegkundigen in Gelderland (VWG-G) organiseert een studiedag.",
            "De Vereniging van Wijkverpleegkundigen in Gelderland\n(VWG-G) organiseert een studiedag."})
        @DisplayName("an abbreviation with a hyphen names the organiser, also when it opens the next line")
        void hyphenedAbbreviation(String sentence) {
            Draft draft = read("a.md", "# Studiedag\n\n**Vrijdag 9 oktober 2026, 9.30 - 16.30 uur**\n\n" + sentence
                    + "\n");
            assertThat(scored(draft, "organisation")).containsExactly("vwg-g");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Tijdens deze infoavond van de afdeling Longziekten van Ziekenhuis Gelderse Vallei hoort u meer.",
            "Een middag van de afdeling Jeugd van Gemeente Ede, voor ouders."})
        @DisplayName("a department of a body organises as the body")
        void department(String sentence) {
            Draft draft = read("a.txt", THEMAMIDDAG + sentence + "\n");
            assertThat(scored(draft, "organisation")).hasSize(1)
                    .allMatch(o -> o.equals("ziekenhuis gelderse vallei") || o.equals("gemeente ede"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Het bestuur van Vereniging Groen Wageningen nodigt alle leden uit.",
            "The board of Vereniging Groen Wageningen invites all members."})
        @DisplayName("the board of an association organises as the association")
        void board(String sentence) {
            Draft draft = read("a.txt", THEMAMIDDAG + sentence + "\n");
            assertThat(scored(draft, "organisation")).containsExactly("vereniging groen wageningen");
        }
    }
}
