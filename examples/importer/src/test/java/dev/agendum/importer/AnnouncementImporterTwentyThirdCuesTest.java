package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    @DisplayName("'Kaarten bestellen' heads the ways to book: a site, a number 'telefonisch via' a desk, the church door")
    void waysToBook() {
        assertThat(scored("a.txt", PARISH_NEWS, "channel")).containsExactlyInAnyOrder(
                "web https://www.orgelvenray.example.nl/kaarten", "phone +31 478 581 234", "in-person");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jaarconcert - nieuwe datum", "Jaarconcert: LET OP: NIEUWE DATUM"})
    @DisplayName("a one-word name keeps its notice when it would be left as a bare word, a two-part name loses it")
    void oneWordName(String heading) {
        String text = "# " + heading + "\n\nZaterdag 12 juni 2027 om 20.00 uur in De Harmonie, Ruiterstraat 4, "
                + "8911 BN Leeuwarden.\n";
        assertThat(scored("a.md", text, "title")).containsExactly(heading.toLowerCase(java.util.Locale.ROOT));
        String compound = text.replace(heading, "Matthäus-Passion - nieuwe datum");
        assertThat(scored("a.md", compound, "title")).containsExactly("matthäus-passion");
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
            + "  09:30  Opening\n  10:00  Keynote - Prof. Lucía Herrera,\n         Universidad Politecnica de Madrid\n\n"
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

    @Test
    @DisplayName("a performer's word after 'onder leiding van' is the role, and alto and leader of the band are roles")
    void performers() {
        String text = "Voorjaarsconcert\n\nZaterdag 8 mei 2027, 20.00 uur, Grote Kerk, Kerkplein 1, 2011 HE Haarlem\n\n"
                + "Onder leiding van dirigent Marit Hoekstra zingt het koor. Solisten zijn sopraan Anouk Vos en\n"
                + "alt Lieke Dekker; het orkest speelt met concertmeester Ruben Smit.\n";
        assertThat(scored("a.txt", text, "role")).containsExactlyInAnyOrder("marit hoekstra = custom",
                "anouk vos = custom", "lieke dekker = custom", "ruben smit = custom");
    }
}
