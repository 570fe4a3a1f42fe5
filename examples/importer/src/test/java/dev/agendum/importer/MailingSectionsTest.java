package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A mailing of several items, its contents listed and each item under a numbered heading: the draft is read from the
 * item it announces alone.
 */
@DisplayName("A mailing's items")
class MailingSectionsTest {

    private static final String WIJKPOST = """
            Van: Wijkvereniging Vogelwijk-Oost <nieuwsbrief@vogelwijk-oost.example.nl>
            Onderwerp: Wijkpost oktober 2027: Repair Café, snoeiactie en de kerstmarkt
            Datum: vr 1 okt 2027 18:12

            ==============================================================
              WIJKPOST VOGELWIJK-OOST  |  nieuwsbrief nr. 84  |  oktober 2027
            ==============================================================

            In deze Wijkpost:
            1. Terugblik Burendag
            2. Repair Café Vogelwijk
            3. Kerstmarkt

            1. TERUGBLIK BURENDAG
            ---------------------
            Op zaterdag 25 september schoven ruim 140 buren aan bij de lange tafel. Dank aan Karin Smeenk.

            2. REPAIR CAFÉ VOGELWIJK
            ------------------------
            Op zaterdag 16 oktober, van 10.00 tot 13.00 uur, in Buurthuis De Kwikstaart, Merelstraat 21, 7415 BK Deventer.

            3. KERSTMARKT
            -------------
            Op zaterdag 11 december van 16.00 tot 20.00 uur. Meld je aan bij kerstmarkt@vogelwijk-oost.example.nl.

            --------------------------------------------------------------
            Wijkvereniging Vogelwijk-Oost | Merelstraat 21, 7415 BK Deventer
            """;

    @Test
    @DisplayName("reads the item the subject names first, under its heading, and leaves the other items out")
    void itemTheSubjectNames() {
        assertThat(scored("a.txt", WIJKPOST, "title")).containsExactly("repair café vogelwijk");
        assertThat(scored("a.txt", WIJKPOST, "start")).containsExactly("2027-10-16t10:00");
        assertThat(scored("a.txt", WIJKPOST, "person")).isEmpty();
        assertThat(scored("a.txt", WIJKPOST, "email")).isEmpty();
        assertThat(Cues.read("a.txt", WIJKPOST).problems()).anyMatch(p -> p.contains("item 2 (\"Repair Café Vogelwijk\")")
                && p.contains("subject"));
    }

    @Test
    @DisplayName("without a subject, reads the first item that dates an occasion with a time and looks not back")
    void firstOccasion() {
        String text = WIJKPOST.replaceFirst("Onderwerp: .*\n", "");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-10-16t10:00");
    }

    @Test
    @DisplayName("takes an item's own headline under its numbered heading as the title")
    void ownHeadline() {
        String text = """
                ST ALDHELM'S PARISH E-NEWS

                In this issue
                  1. Spring Serenade: a concert for the hospice
                  2. Lent lunches

                1. SPRING SERENADE: A CONCERT FOR THE HOSPICE

                Spring Serenade
                Saturday 20 March 2027, 7.30pm
                St Aldhelm's Church Hall, 14 Vicarage Road, Alresford SO24 9DL

                2. LENT LUNCHES

                Soup and bread every Friday in Lent from 12.30pm, from 19 February 2027.
                """;
        assertThat(scored("a.txt", text, "title")).containsExactly("spring serenade");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-20t19:30");
    }

    @Test
    @DisplayName("leaves a text without a list of contents as it is")
    void noContents() {
        String text = "Repair Café\n\nZaterdag 16 oktober 2027, 10.00 - 13.00 uur, Buurthuis De Kwikstaart, "
                + "Merelstraat 21, 7415 BK Deventer\n\n1. Neem mee wat kapot is\n2. Wacht op je beurt\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("repair café");
    }
}
