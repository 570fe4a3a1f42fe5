package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The titles that devset-next still missed after round thirteen: a member paper's masthead with its publication word
 * before the month, a bulletin's first section that gives no date, a PDF's running head, a chat channel's copied head
 * with its short-code emoji, and an agenda page whose heading names the listing over one event's card (the other
 * events it lists under "Ook in de agenda" are no part of the announcement). Each in two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the titles devset-next set in round fourteen")
class AnnouncementImporterFourteenthTitleCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "# Vogelwerkgroep De Kievit – clubnieuws maart 2027 | Vogelwacht bij de Oostplas",
        "# Dorpsraad Elst – bewonersbrief oktober 2027 | Snoeidag in het Dorpsbos"})
    @DisplayName("a paper's masthead with a publication word before its month is no title; the dated section is")
    void mastheadWithPublicationWord(String masthead, String headline) {
        String text = masthead + "\n\n## Van het bestuur\n\nHet was een druk voorjaar. Dank aan alle vrijwilligers.\n\n"
                + "## " + headline + "\n\nWe gaan weer op pad.\n\n| | |\n|---|---|\n| **Datum** | zaterdag 17 april 2027 |\n"
                + "| **Tijd** | 9.30 tot 12.00 uur |\n| **Waar** | Dorpshuis De Linde, Kerkstraat 4, 6661 AB Elst |\n";
        assertThat(scored("a.md", text, "title")).containsExactly(headline.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ziekenhuis Oost – Patiëntenvoorlichting          Afdeling Cardiologie | Leven met hartfalen",
        "Gemeente Dalfsen – Informatieblad                Team Wonen | Wonen boven winkels in de kern"})
    @DisplayName("a running head set over each page of a PDF's text is no title; the headline under it is")
    void runningHead(String head, String headline) {
        String rule = "=".repeat(70);
        String text = head + "\n" + rule + "\n\n          INFORMATIEAVOND\n          " + headline + "\n\n"
                + "U bent welkom op dinsdag 9 februari 2027 van 19.00 tot 21.00 uur in Het Trefpunt, Markt 3, 7721 AB "
                + "Dalfsen.\n\nPagina 1 van 2\n\n" + head + "\n" + rule + "\n\nAanmelden is niet nodig.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly(headline.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "#general | Noor Bakker  9:05 AM | :tada: *Friday Demo Day: what we shipped in Q1* :tada: | friday demo day: what we shipped in q1",
        "#team-utrecht | Jeroen de Wit  14:20 | :pizza: *Pizza & Postmortems* | pizza & postmortems"})
    @DisplayName("a chat channel's copied head (channel, poster and time) is no title; the message's bold line is")
    void chatHead(String channel, String poster, String line, String title) {
        String text = channel + "\n" + poster + "\n" + line + "\nNext Thursday 18 March 2027, 16:00–17:00, in the "
                + "Atrium of our office, Stationsplein 1, 3511 ED Utrecht.\nBring a colleague!\n";
        assertThat(scored("a.txt", text, "title")).containsExactly(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Agenda | Lezing: de Hanze in Kampen | Ook in de agenda",
        "What's on | Night Walk on the Heath | More events"})
    @DisplayName("an agenda page's heading is no title; the card's dated heading is, and the other cards add nothing")
    void agendaPageCard(String listing, String headline, String more) {
        String text = "<html><head><title>" + listing + " | Museum</title></head><body><main><h1>" + listing + "</h1>"
                + "<article><h2>" + headline + "</h2><p>Donderdag 11 maart 2027 · 19.30 – 21.30 uur</p>"
                + "<ul><li>19.30 uur – Welkom</li><li>19.40 uur – Lezing</li></ul></article>"
                + "<h2>" + more + "</h2><article><h3>Zegels maken</h3><p>zondag 14 maart 2027, 14.00 – 16.00 uur</p>"
                + "<ul><li>14.00 uur – Start</li></ul></article></main></body></html>";
        assertThat(scored("a.html", text, "title")).containsExactly(headline.toLowerCase(java.util.Locale.ROOT));
        assertThat(scored("a.html", text, "item")).containsExactly("2027-03-11t19:30", "2027-03-11t19:40");
        assertThat(scored("a.html", text, "end")).containsExactly("2027-03-11t21:30");
    }
}
