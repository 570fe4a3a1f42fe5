package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisations the next additions (d111–d150) write in ways the rules had not met: a name a plain text wraps
 * onto the next line, an event platform's organiser line, a legal form, an HTML page's footer.
 */
@DisplayName("AnnouncementImporter reads organisations written the next additions' ways")
class AnnouncementImporterEleventhOrganisationCuesTest {

    private static final String DAY = "Kennismiddag\n\nDonderdag 3 december 2026, 13.00 - 17.00 uur\n\n";
    private static final String EN_DAY = "Open afternoon\n\nThursday 3 December 2026, 13:00 - 17:00\n\n";

    private static Set<String> organisations(String name, String text) {
        return Cues.scored(name, text, "organisation");
    }

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
        assertThat(organisations("a.txt", DAY + sentence.replace("~", "\n") + "\n")).contains(organiser);
    }

    @Test
    @DisplayName("a short label's line ends where its writer ended it: the next line is no part of the name")
    void labelLineIsNotWrapped() {
        assertThat(organisations("a.txt", EN_DAY + "Organisers: Harbour Choir\nLocation: Town Hall, Delft\n"))
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
        assertThat(organisations("a.txt", masthead + "\n\n" + DAY + "Iedereen is welkom.\n"))
                .containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Bewonersbrief – Rivierwijk Noord – september 2026",
        "KERKBRIEF HERVORMDE GEMEENTE OOSTERZAND",
        "Weekly Bulletin · Sunday 6 December 2026"})
    @DisplayName("a masthead whose name is set apart by a dash, or set in capitals, names no body")
    void mastheadWithoutBody(String masthead) {
        assertThat(organisations("a.txt", masthead + "\n\n" + DAY + "Iedereen is welkom.\n")).isEmpty();
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
        Draft draft = Cues.read("a.txt", DAY + list.replace("~", "\n") + "\n");
        assertThat(Cues.scored(draft, "organisation")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    @DisplayName("a talk's title after a speaker's name and a dash is no body")
    void dashedTitle() {
        Draft draft = Cues.read("a.txt", DAY + "Sprekers:\n- Anna de Wit – Water in de stad\n- Pieter Jansen – "
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
        assertThat(organisations("a.txt", DAY + programme.replace("~", "\n") + "\n")).containsExactly(organiser);
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
        "Van: Secretariaat Duinrand Ziekenhuis <secretariaat@duinrand.example.nl>#duinrand ziekenhuis",
        "From: Events Team Harbourside Museum <events@harbourside.example.org>#harbourside museum"})
    @DisplayName("a mail's sender on a body's own address names the body, from the word its domain names on")
    void mailSender(String sender, String organiser) {
        assertThat(organisations("a.txt", sender + "\nOnderwerp: Kennismiddag\n\n" + DAY + "Iedereen is welkom.\n"))
                .containsExactly(organiser);
    }

    @Test
    @DisplayName("a mail's sender whose name holds no body's word (a person, an office) names no organiser")
    void mailSenderPerson() {
        assertThat(organisations("a.txt", "Van: Marjolein Duinrand <marjolein@duinrand.example.nl>\nOnderwerp: "
                + "Kennismiddag\n\n" + DAY + "Iedereen is welkom.\n")).isEmpty();
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
        "Eerst spreekt gedeputeerde Anna Smits van de provincie Drenthe over de regio.#provincie drenthe",
        "Daarna vertelt wethouder Ruud Smit van de gemeente Oosterzand over de plannen.#gemeente oosterzand"})
    @DisplayName("'van de provincie X', 'van de gemeente X' after a name: the public body set small is the person's")
    void bodySetSmall(String sentence, String organiser) {
        assertThat(organisations("a.txt", DAY + sentence + "\n")).containsExactly(organiser);
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
        assertThat(organisations("a.txt", DAY + sentence + "\n")).containsExactly(organiser);
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
        assertThat(organisations("a.txt", DAY + sentence + "\n")).contains(organiser);
    }

    @Test
    @DisplayName("a person the event is held together with is no body")
    void togetherWithPerson() {
        assertThat(organisations("a.txt", DAY + "Om 15.00 uur wandelen we door de wijk, samen met Joris Kamphuis.\n"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "[03-11-26 19:40] Sandra (secretaris HV Zuiderkwartier): Beste leden!#hv zuiderkwartier",
        "[2026-11-03, 08:15] Tom (coordinator Harbour Rowing Club): Hi all#harbour rowing club"})
    @DisplayName("a forwarded chat message's sender who writes a position and a body's name writes for the organiser")
    void chatSender(String header, String organiser) {
        assertThat(organisations("a.txt", "[Doorgestuurd]\n" + header + "\n" + DAY + "Tot dan!\n"))
                .containsExactly(organiser);
    }

    @Test
    @DisplayName("a chat message's sender with a note that is no position names no body")
    void chatSenderWithoutPosition() {
        assertThat(organisations("a.txt", "[03-11-26 19:40] Sandra (moeder van Daan): Beste ouders!\n" + DAY
                + "Tot dan!\n")).isEmpty();
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
        "This Advent, St. Columba's Parish Church invites you to an evening of carols.#st. columba's parish church",
        "Each spring, St. Anne's Community Choir invites everyone to sing along.#st. anne's community choir"})
    @DisplayName("a saint's title before an organiser's name is part of it, its dot no sentence's end")
    void saintsTitle(String sentence, String organiser) {
        assertThat(organisations("a.txt", EN_DAY + sentence + "\n")).containsExactly(organiser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Tea and cake afterwards. Harbour Friends Trust is a registered charity in Scotland (SC000000).#harbour friends "
                + "trust",
        "Koffie na afloop. Buurtkracht Oosterzand is een onafhankelijke stichting die buren verbindt.#buurtkracht "
                + "oosterzand"})
    @DisplayName("a body that says what it is ('is a registered charity', 'is een stichting') puts the event on")
    void saysWhatItIs(String sentence, String organiser) {
        assertThat(organisations("a.txt", DAY + sentence + "\n")).containsExactly(organiser);
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
}
