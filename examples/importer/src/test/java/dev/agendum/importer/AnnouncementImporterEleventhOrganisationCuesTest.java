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
 * The organisers the next additions (d111–d150) write in ways the rules had not met: a name a plain text or Markdown
 * source wraps onto the next line, an event platform's organiser line and its followers, an HTML page's footer, a
 * masthead, a mail's sender, a byline, a flyer's sender, a text's opening and closing name, "the organiser, X",
 * "samen met", a chat message's sender, a saint's title, a body that says what it is.
 */
@DisplayName("AnnouncementImporter reads organisers written the next additions' ways")
class AnnouncementImporterEleventhOrganisationCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De middag wordt georganiseerd door de Stichting Vrienden~van het Stadspark in de oude oranjerie.|"
                + "stichting vrienden van het stadspark",
        "De middag wordt georganiseerd door Wijkvereniging Oost in samenwerking met de Stichting~Buurtbelangen Oost. "
                + "Toegang gratis.|stichting buurtbelangen oost",
        "This afternoon is organised by the Friends of the Botanical Garden together with~Groen Kapitaal Utrecht, "
                + "two local charities.|groen kapitaal utrecht"})
    @DisplayName("a name that a plain text wraps onto the next line (~ marks a line feed) is read whole, up to the "
            + "first word set small")
    void wrappedName(String sentence, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence.replace("~", "\n") + "\n")).contains(organiser);
    }

    @Test
    @DisplayName("a short label's line ends where its writer ended it: the next line is no part of the name")
    void labelLineIsNotWrapped() {
        assertThat(organisations("a.txt", OPEN_AFTERNOON + "Organisers: Harbour Choir\nLocation: Town Hall, Delft\n"))
                .contains("harbour choir").noneMatch(o -> o.contains("location"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Organised by **Harbour Arts Foundation** · 1.2k followers · Follow#harbour arts foundation",
        "Georganiseerd door Stichting Buurtkracht | 4,6 ★ (87 beoordelingen)#stichting buurtkracht",
        "Organised by **Fjordline Analytics B.V.** • 4.9 ★#fjordline analytics b.v."})
    @DisplayName("an event platform's organiser line ends the name at a separator mark; a legal form keeps its "
            + "full stop")
    void platformOrganiserLine(String line, String organiser) {
        assertThat(organisations("a.md", "# Open afternoon\n\n**Thursday 3 December 2026 · 13:00 – 17:00**\n"
                + line + "\n")).containsExactly(organiser);
    }

    private static String page(String header, String body, String footer) {
        return "<html><head><title>Open afternoon</title></head><body><header>" + header + "</header><main>"
                + "<h1>Open afternoon</h1><p>Thursday 3 December 2026, 13:00 - 17:00</p>" + body + "</main><footer><p>"
                + footer + "</p><p><a href=\"/privacy\">Privacy</a> · <a href=\"/cookies\">Cookies</a></p></footer>"
                + "</body></html>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "<a class=\"logo\" href=\"/\">Gemeente Oosterzand</a>#Gemeente Oosterzand · Raadhuisplein 1 · 4321 AB "
                + "Oosterzand#gemeente oosterzand",
        "<div class=\"brand\">Hogeschool Kustland</div>#Hogeschool Kustland · Havenweg 12 · 8400 Oostende · "
                + "+32 59 00 00 00#hogeschool kustland"})
    @DisplayName("an HTML page's footer that sets its body's address apart names the page's publisher, when the page "
            + "names that body again (its logo)")
    void pageFooter(String header, String footer, String organiser) {
        assertThat(organisations("a.html", page(header, "<p>Come and see.</p>", footer))).containsExactly(organiser);
    }

    @Test
    @DisplayName("a footer's body the page names nowhere else is no publisher: a venue's or a partner's address")
    void footerNamedOnce() {
        assertThat(organisations("a.html", page("<a href=\"/\">Home</a>", "<p>Come and see.</p>",
                "Cultuurhuis De Schakel · Markt 4 · 4321 AB Oosterzand"))).isEmpty();
    }

    @Test
    @DisplayName("a footer's name made of the words of an organiser's name and abbreviation is that organiser")
    void footerPartlyAbbreviated() {
        assertThat(organisations("a.html", page("<a href=\"/\">KKP Zeeland Noord</a>",
                "<p>De middag wordt georganiseerd door het Kennisnetwerk Kustplatform Zeeland Noord (KKP ZN).</p>",
                "KKP Zeeland Noord · Postbus 12 · 4321 AB Oosterzand"))).containsExactly("kkp zn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "By **Harbour Repair Café** · 860 followers · [Follow](https://events.example.com/o/harbour)#harbour repair café",
        "**Hosted by** Sam Lee and 3 others · Python Leiden (2,304 members)#python leiden",
        "Door **Buurtnetwerk De Linde** · 1,4k volgers#buurtnetwerk de linde"})
    @DisplayName("an event platform's line names the page or group that puts the event on, with its followers or "
            + "members counted")
    void followedPage(String line, String organiser) {
        assertThat(organisations("a.md", "# Open afternoon\n\n" + line + "\n\n**Thursday 3 December 2026 · 13:00 – "
                + "17:00**\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Nieuwsbrief Wijkvereniging Het Zuiden — oktober 2026#wijkvereniging het zuiden",
        "De Kaatsbal — clubblad van KV Oosterhout '58#kv oosterhout '58",
        "Newsletter of the Delft Rowing Club, autumn 2026#delft rowing club"})
    @DisplayName("a mailing's or a club paper's masthead names the body that sends it")
    void masthead(String masthead, String organiser) {
        assertThat(organisations("a.txt", masthead + "\n\n" + KENNISMIDDAG + "Iedereen is welkom.\n"))
                .containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Bewonersbrief – Rivierwijk Noord – september 2026",
        "KERKBRIEF HERVORMDE GEMEENTE OOSTERZAND",
        "Weekly Bulletin · Sunday 6 December 2026"})
    @DisplayName("a masthead whose name is set apart by a dash, or set in capitals, names no body")
    void mastheadWithoutBody(String masthead) {
        assertThat(organisations("a.txt", masthead + "\n\n" + KENNISMIDDAG + "Iedereen is welkom.\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Van: Secretariaat Duinrand Ziekenhuis <secretariaat@duinrand.example.nl>#duinrand ziekenhuis",
        "From: Events Team Harbourside Museum <events@harbourside.example.org>#harbourside museum"})
    @DisplayName("a mail's sender on a body's own address names the body, from the word its domain names on")
    void mailSender(String sender, String organiser) {
        assertThat(organisations("a.txt", sender + "\nOnderwerp: Kennismiddag\n\n" + KENNISMIDDAG + "Iedereen is welkom.\n"))
                .containsExactly(organiser);
    }

    @Test
    @DisplayName("a mail's sender whose name holds no body's word (a person, an office) names no organiser")
    void mailSenderPerson() {
        assertThat(organisations("a.txt", "Van: Marjolein Duinrand <marjolein@duinrand.example.nl>\nOnderwerp: "
                + "Kennismiddag\n\n" + KENNISMIDDAG + "Iedereen is welkom.\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "*Faculteit Geesteswetenschappen · Universiteit van Oosterzand*#faculteit geesteswetenschappen"
                + "#universiteit van oosterzand",
        "Museum Kustland | Stichting Vrienden van het Museum#museum kustland#stichting vrienden van het museum"})
    @DisplayName("a byline of two or three bodies under the title names those who put the event on")
    void bylineOfBodies(String byline, String first, String second) {
        assertThat(organisations("a.md", "# Kennismiddag\n\n" + byline + "\n\n**Donderdag 3 december 2026, 13.00 - "
                + "17.00 uur**\n\nIedereen is welkom.\n")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    @DisplayName("a byline with a part that is no body's name (an address, a label) names no organiser")
    void bylineWithAddress() {
        assertThat(organisations("a.md", "# Kennismiddag\n\nBibliotheek Kustland · Havenweg 3 · Oosterzand\n\n"
                + "**Donderdag 3 december 2026, 13.00 - 17.00 uur**\n\nIedereen is welkom.\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "KAMERKOOR DE LINDE~nodigt u uit op zijn voorjaarsconcert~~zaterdag 3 april 2027 om 20.00 uur~~"
                + "Kamerkoor De Linde zingt werk van Bach.#Kamerkoor De Linde",
        "Harbour Brass Band~invites you to its spring concert~~Saturday 3 April 2027 at 8 pm#Harbour Brass Band"})
    @DisplayName("a flyer's line that names a body, over a line that invites, names the organiser, spelt as the text "
            + "writes it elsewhere when set in capitals")
    void flyerSender(String flyer, String organiser) {
        Draft draft = Cues.read("a.txt", flyer.replace("~", "\n") + "\n");
        assertThat(draft.event().organisers()).extracting(o -> o.name().text()).containsExactly(organiser);
    }

    @Test
    @DisplayName("a flyer's line of people over an invitation names no organiser")
    void flyerOfPeople() {
        assertThat(organisations("a.txt", "Anna en Pieter de Vries\nnodigen u uit op hun feest\n\nzaterdag 3 april "
                + "2027 om 20.00 uur\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Update published 2 November 2026 by the organiser, Harbour Events & Congress.#harbour events & congress",
        "Bericht van de organisator, Stichting Zomerpark Oost: de middag gaat door.#stichting zomerpark oost"})
    @DisplayName("'the organiser, X' and 'de organisator, X' name the organiser in apposition")
    void organiserInApposition(String sentence, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "ST MARY'S ANGLICAN CHURCH, ANTWERP#St Mary's Anglican Church · https://www.stmarys.example.be#St Mary's "
                + "Anglican Church",
        "PAROCHIE SINT-JOZEF OOSTERZAND#Parochie Sint-Jozef Oosterzand | secretariaat 03 000 00 00#Parochie Sint-Jozef "
                + "Oosterzand"})
    @DisplayName("a body's name that opens a text and opens one of its last lines names the sender, spelt as the last "
            + "line writes it")
    void openedAndSigned(String head, String foot, String organiser) {
        String text = head + "\nWeekly news\n\nSaturday 6 March 2027, 19:30\n\nA talk in the hall.\nAll welcome.\n"
                + "Coffee afterwards.\n\n" + foot + "\n";
        assertThat(Cues.read("a.txt", text).event().organisers()).extracting(o -> o.name().text())
                .containsExactly(organiser);
    }

    @Test
    @DisplayName("a text that opens with a body's name and ends otherwise names no sender so")
    void openedOnly() {
        assertThat(organisations("a.txt", "ST MARY'S ANGLICAN CHURCH, ANTWERP\nWeekly news\n\nSaturday 6 March 2027, "
                + "19:30\n\nA talk in the hall.\nAll welcome.\nCoffee afterwards.\nSee you there.\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Om 15.00 uur wandelen we door de wijk, samen met de Bewonersvereniging Oosterpark.#bewonersvereniging oosterpark",
        "The museum hosts this evening together with the Kustland Heritage Foundation to ask what a coast keeps."
                + "#kustland heritage foundation"})
    @DisplayName("a body the event is held 'samen met' or 'together with' puts it on too, its name ending with its "
            + "capitalised words")
    void heldTogetherWith(String sentence, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).contains(organiser);
    }

    @Test
    @DisplayName("a person the event is held together with is no body")
    void togetherWithPerson() {
        assertThat(organisations("a.txt", KENNISMIDDAG + "Om 15.00 uur wandelen we door de wijk, samen met Joris Kamphuis.\n"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "[03-11-26 19:40] Sandra (secretaris HV Zuiderkwartier): Beste leden!#hv zuiderkwartier",
        "[2026-11-03, 08:15] Tom (coordinator Harbour Rowing Club): Hi all#harbour rowing club"})
    @DisplayName("a forwarded chat message's sender who writes a position and a body's name writes for the organiser")
    void chatSender(String header, String organiser) {
        assertThat(organisations("a.txt", "[Doorgestuurd]\n" + header + "\n" + KENNISMIDDAG + "Tot dan!\n"))
                .containsExactly(organiser);
    }

    @Test
    @DisplayName("a chat message's sender with a note that is no position names no body")
    void chatSenderWithoutPosition() {
        assertThat(organisations("a.txt", "[03-11-26 19:40] Sandra (moeder van Daan): Beste ouders!\n" + KENNISMIDDAG
                + "Tot dan!\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "This Advent, St. Columba's Parish Church invites you to an evening of carols.#st. columba's parish church",
        "Each spring, St. Anne's Community Choir invites everyone to sing along.#st. anne's community choir"})
    @DisplayName("a saint's title before an organiser's name is part of it, its dot no sentence's end")
    void saintsTitle(String sentence, String organiser) {
        assertThat(organisations("a.txt", OPEN_AFTERNOON + sentence + "\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Tea and cake afterwards. Harbour Friends Trust is a registered charity in Scotland (SC000000).#harbour friends "
                + "trust",
        "Koffie na afloop. Buurtkracht Oosterzand is een onafhankelijke stichting die buren verbindt.#buurtkracht "
                + "oosterzand"})
    @DisplayName("a body that says what it is ('is a registered charity', 'is een stichting') puts the event on")
    void saysWhatItIs(String sentence, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Deze middag over zorg in de wijk wordt georganiseerd door het Kenniscentrum~Wijkzorg Oosterzand (KWO) en de "
                + "gemeente.#kwo",
        "The afternoon on coastal change is organised by the Institute for~Coastal Studies Kustland (ICSK) and friends."
                + "#icsk"})
    @DisplayName("in a Markdown source too, an organiser and its abbreviation that wrap onto the next line are read "
            + "whole (~ marks a line feed)")
    void wrappedDefinition(String paragraph, String organiser) {
        assertThat(organisations("a.md", "# Open afternoon\n\n**Thursday 3 December 2026, 13:00 - 17:00**\n\n"
                + paragraph.replace("~", "\n") + "\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Het congres wordt georganiseerd door de Raad voor Kustbeheer (RVK) en de Vereniging van Kustgemeenten (VKG)."
                + "#vkg",
        "The day is organised by the Coastal Data Institute (CDI) and the Harbour Trust of Kustland.#harbour trust of "
                + "kustland"})
    @DisplayName("an organiser's abbreviation in brackets does not end the list when 'en' or 'and' goes on")
    void listGoesOnAfterAbbreviation(String sentence, String organiser) {
        assertThat(organisations("a.txt", KENNISMIDDAG + sentence + "\n")).contains(organiser);
    }
}
