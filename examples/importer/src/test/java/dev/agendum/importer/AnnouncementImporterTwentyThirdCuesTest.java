package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the nineteenth held-out set, read as d361-d370 after it was scored, missed and round twenty-three reads, each
 * in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d361-d370 missed in round twenty-three")
class AnnouncementImporterTwentyThirdCuesTest {

    static final String PARISH_NEWS = "DE KLOKKENLUIDER\nMaandblad van de parochie Sint-Maarten Venray\n"
            + "Nummer 4 - april 2027\n=================================================\n\n"
            + "In dit nummer\n  1. Van de pastoor\n  2. Orgelconcert: Bach en Buxtehude\n  3. Kort nieuws\n\n"
            + "-------------------------------------------------\n1. VAN DE PASTOOR\n"
            + "-------------------------------------------------\nDe lente is er. Op zondag 11 april om 10.00 uur "
            + "is er een gezinsviering.\n\n"
            + "-------------------------------------------------\n2. ORGELCONCERT - BACH EN BUXTEHUDE\n"
            + "-------------------------------------------------\nOp zaterdag 17 april 2027 speelt organist Ruud "
            + "Hermans in de\nSint-Petrusbasiliek, Grote Markt 2, 5801 BS Venray.\n"
            + "Aanvang 15.00 uur (kerk open vanaf 14.30 uur).\n\n"
            + "Kaarten bestellen\n  - online: www.orgelvenray.example.nl/kaarten\n"
            + "  - telefonisch via het Parochiesecretariaat: 0478 58 12 34\n"
            + "  - aan de kerkdeur, zolang er plaatsen zijn\n\n"
            + "-------------------------------------------------\n3. KORT NIEUWS\n"
            + "-------------------------------------------------\n* De koffieochtend vervalt in mei.\n";

    @Test
    @DisplayName("a ruled heading names its contents entry though other marks part its words ('-' for ':')")
    void headingWithOtherMarks() {
        assertThat(scored("a.txt", PARISH_NEWS, "title")).containsExactly("orgelconcert - bach en buxtehude");
        assertThat(scored("a.txt", PARISH_NEWS, "start")).containsExactly("2027-04-17t15:00");
    }

    @Test
    @DisplayName("a church open before the start is the doors, no item and no start")
    void churchOpens() {
        assertThat(scored("a.txt", PARISH_NEWS, "item")).isEmpty();
    }

    @Test
    @DisplayName("'Kaarten bestellen' heads the ways to book: a site, a number 'telefonisch via' a desk, the"
            + " church door")
    void waysToBook() {
        assertThat(scored("a.txt", PARISH_NEWS, "channel")).containsExactlyInAnyOrder(
                "web https://www.orgelvenray.example.nl/kaarten", "phone +31 478 581 234", "in-person");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Jaarconcert - nieuwe datum | jaarconcert",
            "Jaarconcert: LET OP: NIEUWE DATUM | jaarconcert", "Matthäus-Passion - nieuwe datum | matthäus-passion"})
    @DisplayName("a notice after a name of one word, or of two joined by a hyphen, leaves the title")
    void oneWordName(String heading, String title) {
        String text = "# " + heading + "\n\nZaterdag 12 juni 2027 om 20.00 uur in De Harmonie, Ruiterstraat 4, "
                + "8911 BN Leeuwarden.\n";
        assertThat(scored("a.md", text, "title")).containsExactly(title);
    }

    static final String FORWARDED = "Van: Eva Brink <e.brink@ingenieursbureau.example.nl>\n"
            + "Onderwerp: FW: Nieuwsbrief oktober\n\nHoi team,\n\nZie punt 2 hieronder, wie gaat er mee?\n\nEva\n\n"
            + "-----Oorspronkelijk bericht-----\nVan: KNVB Waterbouw <info@waterbouw.example.nl>\n\n"
            + "VERENIGING WATERBOUW NEDERLAND\nNieuwsbrief oktober 2027\n\n"
            + "1. Ledenvergadering\n2. [EN] Delta Works Symposium 2027: programme published\n3. Nieuwe leden\n\n"
            + "________________________________________\n1. LEDENVERGADERING\n\n"
            + "De ledenvergadering is op woensdag 13 oktober 2027 om 19.00 uur in Utrecht.\n\n"
            + "________________________________________\n2. [EN] DELTA WORKS SYMPOSIUM 2027: PROGRAMME PUBLISHED\n\n"
            + "The full programme of the Delta Works Symposium 2027, our yearly meeting on coastal\n"
            + "engineering, is now online. The symposium is held on Saturday 20 November 2027 at the\n"
            + "Zeeuwse Bibliotheek, Kousteensedijk 7, 4331 JE\nMiddelburg, from 09:30 to 17:00.\n\n"
            + "  09:30  Opening\n  10:00  Keynote - Prof. Lucía Herrera,\n"
            + "         Universidad Politecnica de Madrid\n\n"
            + "________________________________________\n3. NIEUWE LEDEN\n\nWelkom aan twaalf nieuwe leden.\n";

    @Test
    @DisplayName("a numbered list without a label whose entries head the items further on is a mailing's contents,"
            + " and the forwarder's 'zie punt 2' chooses the item")
    void pointedItem() {
        assertThat(scored("a.txt", FORWARDED, "start")).containsExactly("2027-11-20t09:30");
        assertThat(scored("a.txt", FORWARDED, "title")).containsExactly("delta works symposium 2027");
    }

    @Test
    @DisplayName("a programme that 'is now online' says nothing of how the event is attended")
    void publishedProgramme() {
        assertThat(scored("a.txt", FORWARDED, "attendance")).containsExactly("in-person");
    }

    @Test
    @DisplayName("a Dutch postal code that ends a line has its town on the next")
    void wrappedTown() {
        assertThat(scored("a.txt", FORWARDED, "place")).containsExactly("zeeuwse bibliotheek", "kousteensedijk 7",
                "4331 je", "middelburg");
    }

    @Test
    @DisplayName("a university named in its own language is a body, no person")
    void foreignUniversity() {
        assertThat(scored("a.txt", FORWARDED, "person")).containsExactly("lucía herrera");
    }

    static final String SCHOOL_MAIL = "---------- Doorgestuurd bericht ---------\n"
            + "Van: Directie Atheneum Lier <directie@atheneum-lier.example.be>\nDatum: di 2 mrt. 2027 om 09:40\n"
            + "Onderwerp: Opendeuravond: NIEUWE LOCATIE + info over de busregeling\n"
            + "Aan: <ouders@atheneum-lier.example.be>\n\n"
            + "Beste ouders\n\nOp donderdag 11 maart 2027 om 19.00 uur is onze opendeuravond.\n\n"
            + "LET OP: de avond gaat NIET door in de refter. We wijken uit naar de sporthal,\n"
            + "Berlaarsestraat 10, 2500 Lier.\n\nDirecteur Sofie Lambrecht en leerkracht Bart Cools\n"
            + "geven de voorstelling van de richtingen.\n\nLaat even weten met hoeveel u komt via "
            + "https://www.atheneum-lier.example.be/opendeur.\n";

    @Test
    @DisplayName("a mail subject's change of place after the name ('NIEUWE LOCATIE + …') leaves the title")
    void subjectNotice() {
        assertThat(scored("a.txt", SCHOOL_MAIL, "title")).containsExactly("opendeuravond");
    }

    @Test
    @DisplayName("'gaat NIET door in de refter' moves the evening to another room, it does not cancel it")
    void notInThatRoom() {
        assertThat(scored("a.txt", SCHOOL_MAIL, "status")).containsExactly("scheduled");
    }

    @Test
    @DisplayName("subjects wrapped before their plural verb ('A en B' over 'geven de voorstelling') speak")
    void wrappedPluralSubjects() {
        assertThat(scored("a.txt", SCHOOL_MAIL, "role")).contains("sofie lambrecht = speaker", "bart cools = speaker");
    }

    @Test
    @DisplayName("'laat weten met hoeveel u komt via …' asks to register")
    void howMany() {
        assertThat(scored("a.txt", SCHOOL_MAIL, "channel"))
                .containsExactly("web https://www.atheneum-lier.example.be/opendeur");
    }

    static final String CYCLE = "# Online cursus: Penningmeester in een vereniging\n\n"
            + "De cursus wordt begeleid door **Lien Goris**, boekhouder en trainer.\n\n## Sessies\n\n"
            + "| # | Datum | Uur | Onderwerp |\n|---|---|---|---|\n"
            + "| 1 | dinsdag 14 september 2027 | 19.30 – 21.30 | De kas en de bank |\n"
            + "| 2 | dinsdag 21 september 2027 | 19.30 – 21.30 | Begroting |\n"
            + "| 3 | dinsdag 28 september 2027 | 19.30 – 21.30 | Subsidies |\n"
            + "| 4 | dinsdag 5 oktober 2027 | 19.00 – 21.00 | Jaarrekening |\n\n"
            + "We werken via Zoom. De link voor de vier sessies krijg je een week vooraf per mail.\n\n## Contact\n\n"
            + "Vragen? Neem contact op met Wim Claes,\ncursusverantwoordelijke:\n\n"
            + "- mail: [cursus@verenigingswerk.example.be](mailto:cursus@verenigingswerk.example.be)\n"
            + "- gsm: 0476 12 34 56\n";

    @Test
    @DisplayName("a table of a cycle's sessions, each row numbered with its date and hours, runs from the first to the"
            + " last, every session an item")
    void sessionSeries() {
        assertThat(scored("a.md", CYCLE, "item")).containsExactly("2027-09-14t19:30", "2027-09-21t19:30",
                "2027-09-28t19:30", "2027-10-05t19:00");
        assertThat(scored("a.md", CYCLE, "end")).containsExactly("2027-10-05t21:00");
    }

    @Test
    @DisplayName("'De link voor de sessies krijg je … per mail' says the join link is still to come")
    void linkToCome() {
        assertThat(scored("a.md", CYCLE, "channel")).contains("link-follows");
    }

    @Test
    @DisplayName("the addresses listed under a contact cue that ends in a colon are the contact's")
    void listedContacts() {
        assertThat(scored("a.md", CYCLE, "email")).containsExactly("cursus@verenigingswerk.example.be");
        assertThat(scored("a.md", CYCLE, "phone")).containsExactly("+32 476 12 34 56");
    }

    @Test
    @DisplayName("who a course is 'begeleid door' guides it, a role of its own")
    void guidedBy() {
        assertThat(scored("a.md", CYCLE, "role")).contains("lien goris = custom");
    }

    @Test
    @DisplayName("the recipients of a forwarded mail ('Aan: <…>') are no contact")
    void recipients() {
        assertThat(scored("a.txt", SCHOOL_MAIL, "email")).doesNotContain("ouders@atheneum-lier.example.be");
    }

    @Test
    @DisplayName("a mailing's offer to show itself in a browser, its masthead and its issue month are no title;"
            + " a change notice flags the item that is the event")
    void flaggedItem() {
        String text = "<html><body><table role=\"presentation\"><tr><td>"
                + "<p>Wordt deze mail niet goed weergegeven? Bekijk hem in je browser.</p>"
                + "<p>Nieuws uit Het Groene Woud</p><p>mei 2027</p>"
                + "<p>Het nieuwe wandelpad is klaar</p><p>Sinds maart kun je rond het ven wandelen.</p>"
                + "<p>Nieuwe datum!</p><p>Paddenstoelen zoeken met de boswachter</p>"
                + "<p>De tocht schuift op naar zondag 16 mei 2027, van 9.00 tot 11.00 uur.</p>"
                + "</td></tr></table></body></html>";
        assertThat(scored("a.html", text, "title")).containsExactly("paddenstoelen zoeken met de boswachter");
    }

    @Test
    @DisplayName("a page's buttons ('Add to calendar', 'Share') beside the registration link make no menu, and a"
            + " joining link that 'arrives by email' is still to come")
    void buttonsAndJoiningLink() {
        String text = "# Quarterly product briefing\n\nWednesday 10 March 2027, 2:00pm - 3:00pm, online\n\n"
                + "[Sign up](https://events.example.co.uk/e/briefing) · [Add to calendar](#) · [Share](#)\n\n"
                + "Your personal joining link arrives by email a day before the start.\n";
        assertThat(scored("a.md", text, "channel")).containsExactlyInAnyOrder(
                "web https://events.example.co.uk/e/briefing", "link-follows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Tickets ook te koop aan de kerk vanaf 19.30 uur.",
            "You can also buy a ticket on the night at the box office.",
            "If places remain, you can enter on the day at the registration tent.",
            "Free tickets from the front desk."})
    @DisplayName("tickets on the night, at the registration tent or the front desk are bought in person")
    void inPerson(String sentence) {
        String text = "Zomerconcert\n\nZaterdag 19 juni 2027, 20.00 uur, Kerkplein 1, 2011 HE Haarlem\n\n"
                + "Reserveren via https://www.zomerconcert.example.nl/kaarten. " + sentence + "\n";
        assertThat(scored("a.txt", text, "channel")).contains("in-person");
    }

    @Test
    @DisplayName("'there is no ticket desk on the night' sells nothing in person")
    void noDesk() {
        String text = "Late opening\n\nSaturday 19 June 2027, 7pm, 1 Castle Street, York YO1 9RN\n\n"
                + "Tickets are sold online only: there is no ticket desk on the night. Book at "
                + "https://www.yorkmuseum.example.org.uk/late.\n";
        assertThat(scored("a.txt", text, "channel")).doesNotContain("in-person");
    }
}
