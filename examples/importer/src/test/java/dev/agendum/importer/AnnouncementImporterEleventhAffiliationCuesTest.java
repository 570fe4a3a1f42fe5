package dev.agendum.importer;

import static dev.agendum.importer.Cues.KENNISMIDDAG;
import static dev.agendum.importer.Cues.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bodies people hold that the next additions (d111–d150) write in ways the rules had not met: after a name and a
 * dash, after "van" and two capitalised words, a public body set small, a card that describes a person for roles read
 * elsewhere, a body named as an organiser is without its legal form.
 */
@DisplayName("AnnouncementImporter reads the bodies people hold, written the next additions' ways")
class AnnouncementImporterEleventhAffiliationCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Organised by Fjordline Analytics B.V.|* **14:00** Data in plain words — *Mira Holt, Head of Data, Fjordline "
                + "Analytics*|fjordline analytics b.v.",
        "Georganiseerd door Koster Advies BV.|* **14.00 uur** Subsidies zonder gedoe, door Ruud Smit (Koster Advies)"
                + "|koster advies bv"})
    @DisplayName("a speaker's body named as the organiser is without its legal form is the organiser")
    void bodyIsTheOrganiser(String organised, String item, String organiser) {
        assertThat(organisations("a.md", "# Open afternoon\n\n**Thursday 3 December 2026**\n\n" + organised
                + "\n\n## Programme\n\n" + item + "\n* **15:00** Drinks\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Sprekers:~- Dr. Anna de Wit – Hoofd Onderzoek, Stichting Waterkennis~- Pieter Jansen – directeur bij "
                + "Buurtbedrijf Noord#stichting waterkennis#buurtbedrijf noord",
        "Our guests~▪️ Dr. Lena Fischer — Senior Lecturer Urban Mobility, Delft University~▪️ Tom Baker — Head of "
                + "Operations at Fietskoerier Leiden#delft university#fietskoerier leiden"})
    @DisplayName("in a list of people, one a line, the words after a name and a dash that open with a position are "
            + "what the person holds")
    void dashedDescription(String list, String first, String second) {
        Draft draft = Cues.read("a.txt", KENNISMIDDAG + list.replace("~", "\n") + "\n");
        assertThat(Cues.scored(draft, "organisation")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    @DisplayName("a talk's title after a speaker's name and a dash is no body")
    void dashedTitle() {
        Draft draft = Cues.read("a.txt", KENNISMIDDAG + "Sprekers:\n- Anna de Wit – Water in de stad\n- Pieter Jansen – "
                + "De Buurt Bouwt\n");
        assertThat(Cues.scored(draft, "organisation")).isEmpty();
        assertThat(Cues.scored(draft, "person")).contains("anna de wit", "pieter jansen");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Programma:~14.00 uur Welkom~14.15 uur Toelichting door Sanne Vos van Zonnedak Twente, daarna vragen~"
                + "15.00 uur Borrel#zonnedak twente",
        "Programme:~14:00 Welcome~14:15 Talk by Mark Evans from Bright Harbour Robotics about drones~15:00 Drinks"
                + "#bright harbour robotics"})
    @DisplayName("'van', 'from' or 'bij' and two capitalised words after a name read whole name the person's body")
    void ofTwoCapitalisedWords(String programme, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + programme.replace("~", "\n") + "\n")).containsExactly(organiser);
    }

    private static String guestPage(String heading, String cards, String programme) {
        return "<html><body><main><h1>Open afternoon</h1><p>Thursday 3 December 2026, 13:00 - 17:00</p><section><h2>"
                + heading + "</h2><div class=\"grid\">" + cards + "</div><p>They come by in the afternoon.</p><p>Entry "
                + "is free.</p></section><section><h2>Programma</h2><ul>"
                + programme + "</ul></section></main></body></html>";
    }

    private static String card(String name, String description) {
        return "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption><strong>" + name + "</strong><span>" + description
                + "</span></figcaption></figure>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Te gast#Lotte Vermeer#onderzoeker, Hogeschool Zeeland#<li>13.30 uur Lezing door Lotte Vermeer</li>"
                + "#hogeschool zeeland",
        "Our guests#James Porter#reporter at Radio Kustlicht#<li>13:30 Talk by James Porter</li>#radio kustlicht"})
    @DisplayName("a guest card's body goes with the roles the programme gives the guest")
    void guestCardBody(String heading, String name, String description, String item, String organiser) {
        assertThat(organisations("a.html", guestPage(heading, card(name, description)
                + card("Maud Keizer", "columnist"), item))).containsExactly(organiser);
    }

    @Test
    @DisplayName("a guest card's town is no body to carry: 'dichter, Gent' says where a poet lives")
    void guestCardTown() {
        assertThat(organisations("a.html", guestPage("Te gast", card("Lotte Vermeer", "dichter, Middelburg")
                + card("Maud Keizer", "columnist"),
                "<li>13.30 uur Lezing door Lotte Vermeer</li>"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Eerst spreekt gedeputeerde Anna Smits van de provincie Drenthe over de regio.#provincie drenthe",
        "Daarna vertelt wethouder Ruud Smit van de gemeente Oosterzand over de plannen.#gemeente oosterzand"})
    @DisplayName("'van de provincie X', 'van de gemeente X' after a name: the public body set small is the person's")
    void bodySetSmall(String sentence, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).containsExactly(organiser);
    }

    private static String cardPage(String heading, String name, String description, String sentence) {
        return "<html><body><main><h1>Open afternoon</h1><p>Thursday 3 December 2026, 13:00 - 17:00</p><section>"
                + "<h2>" + heading + "</h2><div class=\"grid\"><div class=\"card\"><img src=\"/a.jpg\" alt=\"\"><h3>"
                + name + "</h3><p>" + description + "</p></div><div class=\"card\"><img src=\"/b.jpg\" alt=\"\">"
                + "<h3>Maud Keizer</h3><p>Columnist</p></div></div><p>" + sentence + "</p></section></main></body></html>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Keynote#Prof. Emma Clarke#Professor of Marine Biology, University of Kustland#The afternoon ends with a panel "
                + "led by Maud Keizer, with Emma Clarke and Jan de Vries.#university of kustland",
        "Sprekers#Dr. Anna de Wit#Cardioloog, Ziekenhuis Oosterzand#De middag sluit af met een panel onder leiding van "
                + "Maud Keizer, met Anna de Wit en Jan de Vries.#ziekenhuis oosterzand"})
    @DisplayName("a person's card (a name, and what they hold in brackets or below it) describes the person for the "
            + "roles the text gives them elsewhere")
    void cardDescribesPerson(String heading, String name, String description, String sentence, String organiser) {
        assertThat(organisations("a.html", cardPage(heading, name, description, sentence))).contains(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Programma:~14.00 uur Welkom~14.15 uur Warmtepompen in oude huizen – ir. Sanne Vos, docent aan Artevelde~"
                + "15.00 uur Borrel#artevelde",
        "Programma:~14.00 uur Welkom~14.15 uur Lezing door dr. Pieter Jansen, onderzoeker aan de KU Leuven~"
                + "15.00 uur Borrel#ku leuven"})
    @DisplayName("a position 'aan' a body, as Dutch writes a teacher's or researcher's, names the person's body")
    void positionAanBody(String programme, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + programme.replace("~", "\n") + "\n")).containsExactly(organiser);
    }
}
