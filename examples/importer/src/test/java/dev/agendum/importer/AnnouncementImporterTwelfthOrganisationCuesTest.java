package dev.agendum.importer;

import static dev.agendum.importer.Cues.KENNISMIDDAG;
import static dev.agendum.importer.Cues.OPEN_AFTERNOON;
import static dev.agendum.importer.Cues.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisers the ninth held-out set (d151–d170) writes in ways the rules had not met: a verb whose subject is a
 * pronoun, a second organiser joined by "with" and one named in apposition, "vzw X", a footer's cue, a sender's
 * domain, a post or letter that signs with the name it opens with, a research group before its school, an
 * affiliation that ends with its sentence, a masthead or breadcrumb before the mailing or page, a body's greeting.
 */
@DisplayName("AnnouncementImporter reads organisers written the ninth held-out set's ways")
class AnnouncementImporterTwelfthOrganisationCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Daarom organiseren we in elke wijk een avond over de plannen.",
        "Dit voorjaar organiseren wij weer een open middag voor alle buren.",
        "Om u op weg te helpen nodigen wij u uit voor een avond in de aula."})
    @DisplayName("a pronoun after 'organiseren' or 'nodigen' is the verb's subject: the word that opens the sentence "
            + "names no body")
    void pronounSubject(String sentence) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "This workshop is organised by the Harbour Crafts Network with De Smidse, a training centre of Erfgoed "
                + "Kustland.#harbour crafts network#de smidse#erfgoed kustland",
        "The walk is organized by the Dune Trust with Het Groene Huis, a visitor centre of Natuurpunt Kust."
                + "#dune trust#het groene huis#natuurpunt kust"})
    @DisplayName("'with' before a capitalised name joins a second organiser, whose Dutch article is its own, and an "
            + "apposition 'a … of X' names the body X")
    void withAndApposition(String sentence, String first, String second, String third) {
        assertThat(organisations("a.txt", OPEN_AFTERNOON + sentence + "\n")).containsExactlyInAnyOrder(first, second, third);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Klankrijk is een organisatie van vzw Klankrijk, in samenwerking met Stad Lier.#vzw klankrijk#stad lier",
        "De Dijkdagen zijn een initiatief van vzw Dijkwerk, in samenwerking met Gemeente Zele.#vzw dijkwerk"
                + "#gemeente zele"})
    @DisplayName("an HTML page's footer that says whose organisation the event is names the organisers, 'vzw X' "
            + "with its legal form first")
    void footerCue(String footer, String first, String second) {
        String page = "<html><head><title>Open afternoon</title></head><body><main><h1>Open afternoon</h1><p>Thursday"
                + " 3 December 2026, 13:00 - 17:00</p><p>Come and see.</p></main><footer><p>" + footer
                + "</p></footer></body></html>";
        assertThat(organisations("a.html", page)).contains(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Van: BVZ Thuiszorg <nieuws@bvz.example.nl>#bvz",
        "From: NRDA Membership <news@nrda.example.org>#nrda",
        "Van: Oudheidkundige Kring Oud-Ede <bestuur@oud-ede.example.nl>#oudheidkundige kring oud-ede",
        "Van: Historische Vereniging Oud-Lunteren <info@oudlunteren.example.nl>"
                + "#historische vereniging oud-lunteren"})
    @DisplayName("a mail's sender names the body whose abbreviation its domain spells, or the whole body's name whose "
            + "last word it spells")
    void senderDomain(String sender, String organiser) {
        assertThat(organisations("a.txt", sender + "\nOnderwerp: Kennismiddag\n\n" + KENNISMIDDAG
                + "Iedereen is welkom.\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "IJsclub Nooitgedacht Vollenhove#IJsclub Nooitgedacht Vollenhove#ijsclub nooitgedacht vollenhove",
        "OBS De Klimboom#directeur OBS De Klimboom#obs de klimboom"})
    @DisplayName("a post or letter that signs with the body's name it opens with, alone or after the signer's "
            + "position, names that body, though replies or a slip follow")
    void signedMidway(String head, String signature, String organiser) {
        String text = head + "\nKerkstraat 4\n\nDinsdag 9 november 2027, 19.30 uur\n\nWe praten over de plannen.\n"
                + "Iedereen is welkom.\n\nMet vriendelijke groet,\n\nAnja Smits\n" + signature + "\n\n"
                + "Reacties\nPiet de Vries\nGeldt dit ook voor de baan?\nBeantwoorden\nAnja Wolters\nTot dan!\n";
        assertThat(organisations("a.txt", text)).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Het kenniscafé wordt georganiseerd door het lectoraat Water & Klimaat van Hogeschool Deltaland."
                + "#lectoraat water & klimaat#hogeschool deltaland",
        "The seminar is organised by the Department of Marine Biology of Kustland University."
                + "#department of marine biology#kustland university"})
    @DisplayName("a research group or a department before 'van' or 'of' and its school is a body of its own, "
            + "beside the school")
    void partAndBody(String sentence, String part, String body) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).containsExactlyInAnyOrder(part, body);
    }

    @Test
    @DisplayName("a hospital's ward before 'van' and the hospital is no body of its own")
    void wardIsNoBody() {
        assertThat(organisations("a.txt", KENNISMIDDAG + "De avond wordt georganiseerd door de afdeling Longziekten"
                + " van Ziekenhuis Kustland.\n")).containsExactly("ziekenhuis kustland");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Het debat wordt geleid door Anouk Visser, verslaggever bij Omroep Kustland. Gastheer is Tim Bos.#omroep kustland",
        "De avond wordt gepresenteerd door Joris Kramer, redacteur bij Dagblad Noord. Na afloop is er een borrel."
                + "#dagblad noord"})
    @DisplayName("a person's affiliation ends with its sentence: the next sentence's words are no part of the body")
    void affiliationEndsWithSentence(String sentence, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).contains(organiser)
                .noneMatch(o -> o.contains(". "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "14.00 uur Paneldiscussie met Eva de Ruiter, burgemeester Gem. Oude Waterland#gemeente oude waterland",
        "14.00 uur Gesprek met Karin Bos, wethouder Gem. Hoge Zandmeer. Daarna een borrel.#gemeente hoge zandmeer"})
    @DisplayName("the full stop of 'Gem.' abbreviates 'gemeente' and ends no sentence: the municipality is read whole")
    void abbreviationEndsNoSentence(String item, String municipality) {
        assertThat(organisations("a.txt", KENNISMIDDAG + "Programma\n13.00 uur Opening\n" + item + "\n"))
                .contains(municipality);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Fenland Heritage Society — Members' bulletin 2027/3#fenland heritage society",
        "Historische Vereniging Oostzaan | Nieuwsbrief april 2027#historische vereniging oostzaan",
        "**Lectoraat Slimme Steden** › Agenda#lectoraat slimme steden",
        "**TV De Kaats '72** · Clubblad · mei 2027#tv de kaats '72",
        "**Z&RV De Zeehond** · Clubnieuws · april 2027#z&rv de zeehond"})
    @DisplayName("a masthead or a breadcrumb that sets a body's name before the mailing or the page names the sender, "
            + "a club's name by the abbreviation it opens with")
    void mastheadBeforePublication(String head, String organiser) {
        assertThat(organisations("a.md", head + "\n\n# Kennismiddag\n\n**Donderdag 3 december 2026, 13.00 - 17.00 "
                + "uur**\n\nIedereen is welkom.\n")).containsExactly(organiser);
    }

    @Test
    @DisplayName("a title's dash before no publication names no sender: 'Museum Night — Programme' is an event")
    void titleDashIsNoMasthead() {
        assertThat(organisations("a.md", "Museum Night — Programme\n\n# Museum Night\n\n**Thursday 3 December 2026, "
                + "19:00 - 23:00**\n\nAll welcome.\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Groetjes van het buurtcomité Lindenhof!#buurtcomité lindenhof",
        "Greetings from the Parkside Residents' Committee.#parkside residents' committee"})
    @DisplayName("a greeting from a body signs the text with the organiser's name")
    void greetingFromBody(String greeting, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + "Iedereen is welkom.\n\n" + greeting + "\n"))
                .containsExactly(organiser);
    }

    @Test
    @DisplayName("a greeting from people names no body")
    void greetingFromPeople() {
        assertThat(organisations("a.txt", KENNISMIDDAG + "Iedereen is welkom.\n\nGroetjes van Els en Jan!\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Kind regards,~Events Office~Kustland University#events office#kustland university",
        "Met vriendelijke groet,~Bureau Evenementen~Stichting Wijkbelang Noord#bureau "
                + "evenementen#stichting wijkbelang noord"})
    @DisplayName("a closing signed by a body, not by a person, names the body on each line of a body's name under it")
    void signedByBody(String signature, String first, String second) {
        assertThat(organisations("a.txt", KENNISMIDDAG + "Iedereen is welkom.\n\n" + signature.replace("~", "\n")
                + "\ninfo@kustland.example.org\n")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    @DisplayName("a closing signed by a person leaves the bodies under the name to the person")
    void signedByPerson() {
        assertThat(organisations("a.txt", KENNISMIDDAG + "Iedereen is welkom.\n\nKind regards,\nSanne Bakker\n"
                + "Events Office\nKustland University\n")).doesNotContain("kustland university");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "<h2>Contact</h2><p>Dienst Burgerzaken<br>burgerzaken@oosterzand.example<br>09 000 00 00</p>"
                + "#dienst burgerzaken",
        "<h2>Vragen?</h2><p>Stichting Dorpshuis Lindeveld</p><p>info@lindeveld.example.nl</p>"
                + "#stichting dorpshuis lindeveld"})
    @DisplayName("a contact block's body over its address names a body")
    void contactBlockBody(String block, String organiser) {
        String page = "<html><head><title>Open afternoon</title></head><body><main><h1>Open afternoon</h1><p>Thursday"
                + " 3 December 2026, 13:00 - 17:00</p><p>Come and see.</p>" + block + "</main></body></html>";
        assertThat(organisations("a.html", page)).contains(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "BIBLIOTHEEK KUSTLAND · ENGLISH CORNER#Bibliotheek Kustland Centrum, Marktplein 2#bibliotheek kustland",
        "MUSEUM DE WAAG | LEDENNIEUWS#Waar: Museum De Waag, zaal 3#museum de waag"})
    @DisplayName("a masthead in capitals names the body in the spelling the text gives it elsewhere")
    void mastheadInCapitals(String head, String elsewhere, String organiser) {
        assertThat(organisations("a.txt", head + "\n\n" + KENNISMIDDAG + elsewhere + "\nIedereen is welkom.\n"))
                .contains(organiser);
    }

    @Test
    @DisplayName("a masthead in capitals that the text spells nowhere else names no body")
    void mastheadInCapitalsOnly() {
        assertThat(organisations("a.txt", "BIBLIOTHEEK KUSTLAND · ENGLISH CORNER\n\n" + KENNISMIDDAG
                + "Iedereen is welkom.\n")).isEmpty();
    }
}
