package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people, roles and bodies the sixteenth and seventeenth held-out sets, read as d291-d330 after they were scored,
 * missed and round twenty-one reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the people, roles and bodies d291-d330 missed in round twenty-one")
class AnnouncementImporterTwentyFirstPeopleCuesTest {

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Welcome from our host for the evening, Priya Ramaswamy, and drinks. | priya ramaswamy = host",
            "Guiding us is our compère and host for the evening, Jo Whitcombe, of Vale FM. | jo whitcombe = host",
            "At 8.10pm our keynote speaker, Priya Raman, Chief Clinical Officer, opens the day. | priya raman = keynote-speaker",
            "The evening will be chaired by me, Helen Marsh, as Group Scout Leader. | helen marsh = chair",
            "De vergadering wordt geleid door de voorzitter, Henk Jansen. | henk jansen = chair"})
    @DisplayName("a role phrase with its determiner, then a comma and the name, gives that role ('our host for the evening, X')")
    void rolePhraseBeforeName(String sentence, String role) {
        String text = Cues.BATH_DINNER + sentence + "\n";
        assertThat(scored("a.txt", text, "role")).containsExactly(role);
        assertThat(scored("a.txt", text, "organisation")).doesNotContain("group scout leader");
    }

    @Test
    @DisplayName("a phrase without a role word before a comma and a name ('our director, X') gives no role")
    void positionPhraseBeforeName() {
        String text = Cues.BATH_DINNER + "Drinks are served by our director, Elske Brouwer, in the hall.\n";
        assertThat(scored("a.txt", text, "role")).isEmpty();
    }

    @Test
    @DisplayName("'Sprekers: wethouder A, projectleider B (…) en landschapsarchitect C (…)': each position opens its own person")
    void positionsBeforeEachName() {
        String text = "# Inloopavond Groene Singel\n\nDinsdag 9 november 2027, 19.30 uur, Dorpshuis De Kern, Brink 2, "
                + "9411 AB Beilen\n\nSprekers: wethouder Ilse Brandsma, projectleider Ruud Kamphuis (gemeente Veenwolde) "
                + "en landschapsarchitect Joris Heemskerk (Bureau Groenlijn).\n";
        assertThat(scored("a.md", text, "role")).containsExactlyInAnyOrder("ilse brandsma = speaker",
                "ruud kamphuis = speaker", "joris heemskerk = speaker");
        assertThat(scored("a.md", text, "organisation")).contains("gemeente veenwolde", "bureau groenlijn");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Na de film praten we verder. Het panel: regisseur Lotte Van Acker en ecologe Sara Declercq.",
            "De panelleden zijn regisseur Lotte Van Acker en ecologe Sara Declercq."})
    @DisplayName("'Het panel:' after another sentence, and 'De panelleden zijn …', name the panellists after their positions")
    void panelInASentence(String sentence) {
        String text = "De Zoute Polder\n\nVrijdag 12 november 2027, 20.00 uur, CC De Wissel, Kerkstraat 4, 2500 Lier\n\n"
                + sentence + "\n";
        assertThat(scored("a.txt", text, "role")).containsExactlyInAnyOrder("lotte van acker = panellist",
                "sara declercq = panellist");
    }

    @Test
    @DisplayName("'Spreker is wijkagent X van Politie Y.' at a sentence's start names the speaker and the body")
    void sprekerIs() {
        String text = AnnouncementImporterTwentyFirstCuesTest.TALK + "Spreker is wijkagent Ruud Kuijpers van Politie Oost-Brabant. Na de pauze is er koffie.\n";
        assertThat(scored("a.txt", text, "role")).containsExactly("ruud kuijpers = speaker");
        assertThat(scored("a.txt", text, "organisation")).contains("politie oost-brabant");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Gezinsbond Herentals", "Energieloket Herentals", "Mantelzorgpunt Herentals", "Adviesraad Herentals"})
    @DisplayName("a body named by a one-word compound ('Gezinsbond', 'Energieloket', 'Mantelzorgpunt') opens a second organiser after 'en'")
    void compoundBodies(String second) {
        String text = AnnouncementImporterTwentyFirstCuesTest.TALK + "Een organisatie van Bibliotheek Herentals en " + second + ", in het kader van de Jeugdboekenmaand.\n";
        assertThat(scored("a.txt", text, "organisation")).contains("bibliotheek herentals", second.toLowerCase());
    }

    @Test
    @DisplayName("a cue that ends a hard-wrapped line ('The panellists are') names the people on the next, each after its position")
    void cueEndsTheLine() {
        String text = Cues.BATH_DINNER + "Everyone is welcome to the debate. The panel is chaired by Tom Ellery, editor. The "
                + "panellists are\necologist Dr Aisha Rahman (Pennine Wildlife Trust), sheep farmer Geoff Barraclough and Dr "
                + "Lena Voss, who builds\nrobots for a living.\n";
        assertThat(scored("a.txt", text, "role")).contains("aisha rahman = panellist", "geoff barraclough = panellist",
                "lena voss = panellist", "tom ellery = chair");
        assertThat(scored("a.txt", text, "organisation")).contains("pennine wildlife trust");
    }

    @Test
    @DisplayName("a cue after a comma ('…, interviewed by X') is no position of the next person")
    void cueAfterAComma() {
        String text = Cues.BATH_DINNER + "Fireside chat: Margriet Veenstra, CEO of NorthWind Energy, interviewed by Amir "
                + "Haddou.\n";
        assertThat(scored("a.txt", text, "role")).contains("amir haddou = interviewer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Het Ongerijmde is een festival van Stichting Het Ongerijmde, georganiseerd samen met Bibliotheek Deventer. "
                    + "| stichting het ongerijmde | bibliotheek deventer",
            "Demo Day is run by Harbourline Ventures and co-organised with the Wessex Angels Network. "
                    + "| harbourline ventures | wessex angels network",
            "FloodHack is run by Open Delta Collective with support from Gemeente Rotterdam. "
                    + "| open delta collective | gemeente rotterdam",
            "The evening is organised by Hartley Books in association with Greywell Publishers. "
                    + "| hartley books | greywell publishers"})
    @DisplayName("more organisers' wordings: 'een festival van', 'georganiseerd samen met', 'is run by', 'co-organised with', "
            + "'with support from', 'in association with'")
    void moreOrganiserWordings(String sentence, String first, String second) {
        String text = Cues.BATH_DINNER + sentence + "\n";
        assertThat(scored("a.txt", text, "organisation")).contains(first, second);
    }

    @Test
    @DisplayName("a press officer is no body: 'press' makes no organisation of the words around it")
    void pressOfficer() {
        String text = Cues.BATH_DINNER + "Press officer NICC: +31 70 123 4567.\n";
        assertThat(scored("a.txt", text, "organisation")).noneMatch(o -> o.startsWith("press officer"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"From: Kennet Valley Harriers <news@kvh.example.org> | kennet valley harriers",
            "Van: KSA Sint-Rembert Torhout <leiding@ksa-sintrembert.example.be> | ksa sint-rembert torhout"})
    @DisplayName("a mail a body sends names it as the sender on its From line")
    void mailSender(String from, String body) {
        String text = from + "\nTo: members@kvh.example.org\nSubject: Club night\n\n" + Cues.BATH_DINNER;
        assertThat(scored("a.txt", text, "organisation")).contains(body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"From: Summer Schools Office <office@uni.example.ac.uk>",
            "Van: Waterschap Vlietlanden - Persberichten <pers@vlietlanden.example.nl>",
            "From: Jo Whitcombe <jo@example.org>"})
    @DisplayName("a sender that is a body's unit, a mail's subject or a person names no organiser")
    void mailSenderNoBody(String from) {
        String text = from + "\nTo: members@kvh.example.org\nSubject: Club night\n\n" + Cues.BATH_DINNER;
        assertThat(scored("a.txt", text, "organisation"))
                .noneMatch(o -> o.contains("persberichten") || o.contains("office") || o.contains("whitcombe"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Your facilitator is Claire Hamblin, Carer Support Worker at Carers Together. | claire hamblin = custom",
            "Our judge this year is Bill Tranter of the Westbury Society. | bill tranter = custom",
            "Uw gids is conservator textiel Ilse Hofstede. | ilse hofstede = custom",
            "Eregast is Britt Haesendonck, ooit begonnen bij onze miniemen. | britt haesendonck = custom"})
    @DisplayName("a sentence that opens with a role word and its copula names who holds it ('Your facilitator is X')")
    void roleWordIs(String sentence, String role) {
        String text = Cues.BATH_DINNER + sentence + "\n";
        assertThat(scored("a.txt", text, "role")).containsExactly(role);
        assertThat(scored("a.txt", text, "person")).doesNotContain("carer support worker", "carers together");
    }

    @Test
    @DisplayName("'Voorlezers zijn A en B' gives both the role")
    void rolePluralAre() {
        String text = AnnouncementImporterTwentyFirstCuesTest.TALK + "Voorlezers zijn Els Peeters en Karim Benali, twee vrijwilligers van de bib.\n";
        assertThat(scored("a.txt", text, "role")).containsExactlyInAnyOrder("els peeters = custom",
                "karim benali = custom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "19:15  Welcome from our host for the evening, Priya Ramaswamy | priya ramaswamy = host",
            "19:15  Welcome by our MC for both days, Joris Verhulst | joris verhulst = host",
            "19:15  Welcome and news from your hosts, Priya Shah and Dan Whitaker | dan whitaker = host"})
    @DisplayName("a programme item's role phrase before the name ('from our host for the evening, X') gives the role")
    void itemRolePhrase(String item, String role) {
        String text = Cues.BATH_DINNER + "Programme\n\n" + item + "\n20:00  Dinner\n";
        assertThat(scored("a.txt", text, "role")).contains(role);
    }

    @Test
    @DisplayName("a degree in brackets after a name ('(BA English, 2007)', 'PhD candidate') is no organisation")
    void degreeIsNoBody() {
        String text = Cues.BATH_DINNER + "Our host is Priya Ramaswamy (BA English, 2007), who presents the breakfast show.\n";
        assertThat(scored("a.txt", text, "organisation")).noneMatch(o -> o.startsWith("ba "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"13:30  Gastspreker Erik Jansen, directeur Operations, over de toekomst",
            "13:30  Guest speaker: Erik Jansen, Regional Organiser"})
    @DisplayName("a guest speaker's word before the name in an item ('Gastspreker X', 'Guest speaker: X') makes a speaker")
    void guestSpeakerInAnItem(String item) {
        String text = AnnouncementImporterTwentyFirstCuesTest.TALK + "Programma\n\n13:00  Ontvangst\n" + item + "\n";
        assertThat(scored("a.txt", text, "role")).contains("erik jansen = speaker");
        assertThat(scored("a.txt", text, "person")).doesNotContain("regional organiser");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Keynote in the Main Hall by Dr Ingrid Halvorsen.",
            "Dinner prepared by the Montpellier Rooms kitchen, then a talk by Dr Ingrid Halvorsen.",
            "Keynote by Dr Ingrid Halvorsen, Principal Engineer at Northwind.",
            "Tickets from Ingrid Halvorsen, Music Administrator."})
    @DisplayName("rooms, halls and positions set in capitals ('Main Hall', 'Principal Engineer') are nobody")
    void roomsAndPositionsAreNobody(String sentence) {
        String text = Cues.BATH_DINNER + sentence + "\n";
        assertThat(scored("a.txt", text, "person")).containsExactly("ingrid halvorsen");
    }
}
