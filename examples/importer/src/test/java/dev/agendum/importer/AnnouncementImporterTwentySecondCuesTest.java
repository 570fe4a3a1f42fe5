package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the eighteenth held-out set, read as d331-d350 after it was scored, missed and round twenty-two reads, each
 * in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d331-d350 missed in round twenty-two")
class AnnouncementImporterTwentySecondCuesTest {

    @Test
    @DisplayName("a night's line-up runs on past midnight for every small-hours slot, not only the first after the evening")
    void nightRunsOn() {
        String text = "# Winterbal in De Schuur\n\n**Vrijdag 17 december 2027 · van 20u tot 4u**\n\n"
                + "De Schuur, Molenweg 12, 3500 Hasselt\n\n## Programma\n\n- **20u00** · Deuren open\n"
                + "- **23u00** · Live band De Kabels\n- **00u30** · DJ Noor Claes\n- **02u15** · DJ Ward Peeters\n";
        assertThat(scored("a.md", text, "item")).containsExactly("2027-12-17t20:00", "2027-12-17t23:00",
                "2027-12-18t00:30", "2027-12-18t02:15");
        assertThat(scored("a.md", text, "start")).containsExactly("2027-12-17t20:00");
    }

    static final String NEWSLETTER = "Van: Cultuurraad Herent <info@cultuurraad.example.be>\n"
            + "Onderwerp: Nieuwsbrief maart - verteltheater, werken aan de zaal en meer\n\n"
            + "Dag iedereen,\n\nDeze maand in de nieuwsbrief: een avond verteltheater, de werken in de zaal en een oproep.\n\n\n"
            + "1. Verteltheater: Mira Janssens brengt 'Het zoute meer'\n"
            + "-------------------------------------------------------\n\n"
            + "Op vrijdag 19 maart 2027 om 20 uur vertelt Mira Janssens haar nieuwe voorstelling in het\n"
            + "Cultuurhuis, Kerkstraat 2, 3020 Herent. Kaarten kosten 8 euro.\n\n\n"
            + "2. Werken aan de zaal\n--------------------\n\n"
            + "Van maandag 1 maart tot vrijdag 12 maart, telkens van 8u tot 17u, wordt de vloer van de\n"
            + "grote zaal vernieuwd. De kleine zaal blijft open.\n\n\n"
            + "3. Oproep: vrijwilligers\n------------------------\n\n"
            + "Voor het zomerfeest zoeken we nog helpers aan de bar. Meld je bij Lore Wuyts.\n\n"
            + "Vragen over het verteltheater of iets anders? Bel Pieter Goossens op 016 22 33 44.\n\n"
            + "Tot binnenkort!\n";

    @Test
    @DisplayName("a mailing with no contents, its items under numbered, ruled headings, is read from the item it dates")
    void ruledHeadingsWithoutContents() {
        assertThat(scored("a.txt", NEWSLETTER, "title"))
                .containsExactly("verteltheater: mira janssens brengt 'het zoute meer'");
        assertThat(scored("a.txt", NEWSLETTER, "start")).containsExactly("2027-03-19t20:00");
        assertThat(scored("a.txt", NEWSLETTER, "person")).doesNotContain("lore wuyts");
    }

    @Test
    @DisplayName("the contacts that close a mailing's last item ('Vragen over …? Bel …') are the whole mailing's")
    void closingContacts() {
        assertThat(scored("a.txt", NEWSLETTER, "phone")).containsExactly("+32 16 22 33 44");
        assertThat(scored("a.txt", NEWSLETTER, "person")).contains("pieter goossens");
    }

    @Test
    @DisplayName("a subject names an item by one of its longer words ('verteltheater'), and an item that dates nothing is no event")
    void subjectNamesByAWord() {
        String reordered = NEWSLETTER.replace("Onderwerp: Nieuwsbrief maart - verteltheater, werken",
                "Onderwerp: Nieuwsbrief maart - oproep, verteltheater, werken");
        // the subject names the call for helpers first, but it dates nothing: "verteltheater" names the event
        assertThat(scored("a.txt", reordered, "start")).containsExactly("2027-03-19t20:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zomerconcert in de tuin (LET OP: NIEUWE DATUM)", "Zomerconcert in de tuin (nieuwe datum!)",
            "Zomerconcert in de tuin (uitgesteld)"})
    @DisplayName("a notice in brackets after a heading's name leaves the title")
    void bracketedNotice(String heading) {
        String text = "# " + heading + "\n\nZaterdag 3 juli 2027 om 16.00 uur in de pastorietuin, Dorpsstraat 1, "
                + "4931 AB Geertruidenberg.\n";
        assertThat(scored("a.md", text, "title")).containsExactly("zomerconcert in de tuin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Toespraak door onze voorzitter, Hanneke Bos", "Welkomstwoord door onze voorzitter Hanneke Bos"})
    @DisplayName("a club's own chair speaking on an item ('door onze voorzitter, X') speaks; the chair is a position")
    void ownChairSpeaks(String line) {
        String text = "Jubileumavond HV Rapid\n\nZaterdag 6 november 2027 in de kantine, Sportlaan 4, 5211 AB "
                + "'s-Hertogenbosch.\n\n19.30 uur  Ontvangst\n20.00 uur  " + line + "\n20.30 uur  Buffet\n";
        assertThat(scored("a.txt", text, "role")).containsExactly("hanneke bos = speaker");
    }

    static final String SERIES = "# Wandeling langs de oude lijnbaan\n\nDe Historische Kring leidt dit voorjaar vier "
            + "wandelingen.\n\n| Datum | Tijd | Gids | Beschikbaarheid |\n|---|---|---|---|\n"
            + "| zaterdag 3 april 2027 | 10.00–11.30 | Hanna Kok | Nog plaatsen |\n"
            + "| zaterdag 17 april 2027 | 10.00–11.30 | – | **Afgelast** |\n"
            + "| zaterdag 1 mei 2027 | 10.00–11.30 | Bas Smit | Vol |\n"
            + "| zaterdag 15 mei 2027 | 10.00–11.30 | Hanna Kok | Nog plaatsen |\n\n"
            + "**Afgelast: zaterdag 17 april.** Je krijgt je geld terug, of je kunt kosteloos omboeken.\n\n"
            + "- **Prijs:** € 5 per persoon\n- **Verzamelen:** bij de ingang van het museum\n\n"
            + "Kaarten via de website; restkaarten op de dag zelf aan de museumkassa.\n"
            + "Vragen? Bel de kassa: 0299 12 34 56 (dinsdag t/m zaterdag, 11.00–17.00 uur).\n\n## Adres\n\n"
            + "Museum De Lijnbaan\nZeedijk 4\n1131 AB Volendam\n";

    @Test
    @DisplayName("one cancelled row of a series' date table, and the line that says so, leave the series scheduled")
    void oneDateOfASeries() {
        assertThat(scored("a.md", SERIES, "status")).containsExactly("scheduled");
        assertThat(scored("a.md", SERIES, "item")).containsExactly("2027-04-03t10:00", "2027-05-01t10:00",
                "2027-05-15t10:00");
    }

    @Test
    @DisplayName("a series' columns of guide and availability are no parallel tracks")
    void seriesColumnsAreNoTracks() {
        assertThat(scored("a.md", SERIES, "item")).hasSize(3);
    }

    @Test
    @DisplayName("a meeting point in the venue ('Verzamelen: bij de ingang …') is no venue; the address block is")
    void meetingPointIsNoVenue() {
        assertThat(scored("a.md", SERIES, "place")).containsExactly("museum de lijnbaan", "zeedijk 4", "1131 ab",
                "volendam");
    }

    @Test
    @DisplayName("a week's opening hours ('dinsdag t/m zaterdag, 11.00–17.00 uur') are not the last day's hours")
    void weekOfOpeningHours() {
        assertThat(scored("a.md", SERIES, "end")).containsExactly("2027-05-15t11:30");
    }

    @Test
    @DisplayName("free rebooking is no free event; a desk named in one word ('aan de museumkassa') sells at the door")
    void freeRebookingAndDesk() {
        Draft draft = Cues.read("a.md", SERIES);
        assertThat(draft.event().registration().flatMap(r -> r.fee()).map(f -> f.amount().stripTrailingZeros().toPlainString()))
                .contains("5");
        assertThat(scored("a.md", SERIES, "channel")).contains("in-person");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NIEUW UUR:   19u00 tot 21u00 (en niet meer om 20u)", "Nieuw tijdstip: 19u00 tot 21u00"})
    @DisplayName("a new hour's label over the same day reschedules the evening")
    void newHour(String label) {
        String text = "Infoavond: de overstap naar het secundair\n\nDATUM (ongewijzigd): donderdag 11 maart 2027\n"
                + label + "\nPLAATS: zaal De Mol, Dorp 3, 9840 De Pinte\n";
        assertThat(scored("a.txt", text, "status")).containsExactly("rescheduled");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-11t19:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Onderwerp: Algemene ledenvergadering 8 april wordt online",
            "Onderwerp: Algemene ledenvergadering 8 april\n\nWe stellen niet uit, maar vergaderen we online via Teams."})
    @DisplayName("'… wordt online' in a subject, and 'vergaderen we online', move the meeting online")
    void meetingMovesOnline(String words) {
        String text = "Van: Bestuur Roeivereniging Aegir <bestuur@aegir.example.nl>\n" + words + "\n\n"
                + "Beste leden,\n\nDe algemene ledenvergadering is op donderdag 8 april 2027 om 20.00 uur.\n";
        assertThat(scored("a.txt", text, "status")).containsExactly("moved-online");
        assertThat(scored("a.txt", text, "attendance")).containsExactly("online");
    }

    @Test
    @DisplayName("the spaces a label's column leaves before a venue over its address block do not cut the venue's name")
    void alignedLabelColumn() {
        String text = "Infoavond: de overstap naar het secundair\n\nDATUM:       donderdag 11 maart 2027, 19u30\n"
                + "NIEUWE PLEK:    OC Het Spoorhuis, zaal Perron\n                Stationsplein 4\n                9000 Gent\n";
        assertThat(scored("a.txt", text, "place")).contains("oc het spoorhuis");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PERFORMANCE CANCELLED", "!!! NIEUWE DATUM - NIEUWE DATUM !!!", "Aankondiging - maart 2027"})
    @DisplayName("a notice set as the first line ('PERFORMANCE CANCELLED', 'Aankondiging - maart 2027') names no event")
    void noticeIsNoTitle(String notice) {
        String text = notice + "\n\nLentefeest in de Oranjerie\n\nZaterdag 20 maart 2027 om 15.00 uur in de Oranjerie, "
                + "Slotlaan 2, 3701 AB Zeist.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("lentefeest in de oranjerie");
    }

    @Test
    @DisplayName("a poster's 'presenteren' line is followed by the event's name")
    void posterPresents() {
        String text = "Jeugdhuis De Stal  i.s.m.  Muziekcollectief Bries\n                  presenteren\n\n"
                + "                 Stalrock #4\n\nZaterdag 8 mei 2027, deuren 20u, in Jeugdhuis De Stal, "
                + "Dorpsstraat 9, 8790 Waregem.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("stalrock #4");
    }

    @Test
    @DisplayName("a letter's subject loses what the letter is ('Betreft: oproeping Jaarvergadering 2027')")
    void convocationSubject() {
        String text = "VME Residentie Linde\nBetreft: oproeping Jaarvergadering 2027\n\nGeachte eigenaar,\n\n"
                + "U wordt uitgenodigd op dinsdag 13 april 2027 om 19u30 in zaal Ter Linde, Lindelaan 1, 8500 Kortrijk.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("jaarvergadering 2027");
    }
}
