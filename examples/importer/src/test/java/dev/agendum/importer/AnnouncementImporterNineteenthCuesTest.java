package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fifteenth held-out set, read as d271-d290 after it was scored, missed and round nineteen reads, each in
 * wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d271-d290 missed in round nineteen")
class AnnouncementImporterNineteenthCuesTest {

    @Test
    @DisplayName("a page's change notice before its main part is read: 'Date change: … rescheduled from … to …'")
    void noticeOutsideMain() {
        String page = "<html><body><header><nav><a href=\"/\">Home</a></nav></header><div class=\"notice notice--change\">"
                + "<strong>Date change:</strong> this session has been rescheduled from Tuesday 9 March 2027 to "
                + "<strong>Tuesday 16 March 2027</strong>, same time.</div><main><h1>Retrofit at scale</h1><p>Tuesday 16 "
                + "March 2027, 12:30 - 13:30, online (Zoom webinar).</p></main></body></html>";
        assertThat(scored("a.html", page, "status")).containsExactly("rescheduled");
        String cookies = "<html><body><div class=\"alert\">We use cookies.</div><main><h1>Retrofit at scale</h1><p>Tuesday "
                + "16 March 2027, 12:30 - 13:30, online.</p></main></body></html>";
        assertThat(scored("a.html", cookies, "status")).containsExactly("scheduled");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Gewijzigd: deze infosessie gaat enkel digitaal door.", "De sessie vindt nu digitaal plaats."})
    @DisplayName("a Flemish notice that the session goes on only digitally moves it online")
    void digitaal(String notice) {
        String text = "Infosessie ontharding\n\n" + notice + "\n\nWanneer: woensdag 13 oktober 2027, 19.00 - 21.00 uur\n"
                + "Waar: online via Microsoft Teams\n";
        assertThat(scored("a.txt", text, "status")).containsExactly("moved-online");
    }

    @Test
    @DisplayName("'*** NEW DATE ***' over the event's name and its date line: rescheduled, to that date")
    void newDateNotice() {
        String text = "WHAT'S ON THIS MONTH\n\n*** NEW DATE ***\nASHCOMBE COMMUNITY CHOIR: \"SONGS OF LIGHT AND SHADE\"\n"
                + "Saturday 26 June 2027, 7.30pm\nSt Bartholomew's Church, Church Lane, Lower Ashcombe BS37 6PL\n\n"
                + "The concert was advertised in last month's Village News\nand on posters for Saturday 12 June.\n\n"
                + "Coffee morning: Saturday 5 June, 10am-12 noon, Village Hall.\n";
        assertThat(scored("a.txt", text, "status")).containsExactly("rescheduled");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-06-26t19:30");
    }

    @Test
    @DisplayName("'has been moved two weeks later to Saturday 26 June' is a move to that date")
    void movedLater() {
        String text = Cues.BATH_DINNER.replace("Friday 12 November 2027", "Saturday 26 June 2027") + "The concert has "
                + "been moved two weeks later to Saturday 26 June, same time.\n";
        assertThat(scored("a.txt", text, "status")).containsExactly("rescheduled");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"### Ook op de agenda", "### Other ISP events", "### Upcoming events", "### Andere activiteiten"})
    @DisplayName("a heading over other events puts their dates behind the event's own")
    void otherEventsHeading(String heading) {
        String text = "# Oogstfeest 2027\n\n| Dag | Geopend |\n|---|---|\n| zaterdag 2 oktober | 10:00 - 17:00 |\n\n"
                + "Erve Kampman, Holterweg 58, 7437 PB Bathmen\n\n---\n\n" + heading + "\n\n"
                + "- **Kerstmarkt in de deel**: zaterdag 18 december 2027, 14:00 - 20:00\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-10-02t10:00");
    }

    @Test
    @DisplayName("a letter's date among its fields is the day it was written; its card, which the subject abbreviates, is the title")
    void letterDateAndCard() {
        String text = "WATERSCHAP MERWEDELAND\n\nDatum:        23 augustus 2027\nOns kenmerk:  WML/2027/08412\n"
                + "Onderwerp:    uitnodiging inloopbijeenkomst kadeversterking\n\nGeachte heer, mevrouw,\n\n"
                + "Graag laten we u het ontwerp zien.\n\n    Inloopbijeenkomst Kadeversterking Graafstroom\n"
                + "    donderdag 16 september 2027, van 16.00 tot 20.00 uur\n"
                + "    Dorpshuis De Wiekslag, Kerkweg 14, 2971 AV Bleskensgraaf\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-09-16t16:00");
        assertThat(scored("a.txt", text, "title")).containsExactly("inloopbijeenkomst kadeversterking graafstroom");
    }

    @Test
    @DisplayName("a round of talks listed under its time, each title 'by' its speaker without a comma")
    void talksListedBy() {
        String text = "# Lightning Talk Night\n\nThursday 22 April 2027, 18:30 to 21:00, The Tannery Works, 21 Kirkstall "
                + "Road, Leeds LS3 1LH\n\n**19:10** Lightning talks, round one\n\n- *Signals without a framework* by "
                + "Joe Okonkwo, front-end developer at Northwind Labs\n- *Shipping a PWA* by Megan Li, Yorkbus Digital\n\n"
                + "**19:40** Break\n";
        assertThat(scored("a.md", text, "role")).containsExactlyInAnyOrder("joe okonkwo = speaker", "megan li = speaker");
        assertThat(Cues.organisations("a.md", text)).contains("northwind labs", "yorkbus digital");
    }

    @Test
    @DisplayName("labelled parts of one line, each with its own role: 'Author: A · Interviewer: B'")
    void labelledParts() {
        String text = "# Saltby Book Festival\n\nSaturday 22 May 2027, 10:00 - 21:00, The Maltings, Saltby IP17 1AA\n\n"
                + "### 10:15 · Helen Marsh: The Salt Road\nHer fourth novel follows a family of salt-makers.\n"
                + "*Author:* Helen Marsh · *Interviewer:* Tom Reeve (Coast FM)\n\n### 14:00 · Murder on the Marshes\n"
                + "*Panellists:* Sam Whitaker and Lucy Fenn · *Chair:* Nadia Brooks (Saltby Library)\n";
        assertThat(scored("a.md", text, "role")).contains("tom reeve = interviewer", "nadia brooks = chair",
                "lucy fenn = panellist").doesNotContain("tom reeve = author", "nadia brooks = panellist");
    }

    @Test
    @DisplayName("a 'Datum:' label outranks a sentence that opens with 'Op' and another date")
    void labelOverOp() {
        String text = "# Lijsttrekkersdebat Overijssel\n\nOp woensdag 17 maart 2027 kiest Overijssel nieuwe Provinciale "
                + "Staten. Wat betekent die keuze?\n\n> **Datum:** donderdag 4 maart 2027\n> **Tijd:** 19.30 - 22.00 uur\n"
                + "> **Waar:** Theater De Spiegel, Spinhuisplein 1, 8011 ZZ Zwolle\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-03-04t19:30");
    }

    @Test
    @DisplayName("'In het panel zitten:' over a list; a heading that lists roles gives the people under it none")
    void panelListAndRoleListHeading() {
        String page = "<html><body><main><h1>Webinar telelogopedie</h1><p>Dinsdag 12 oktober 2027, 19u30 tot 21u, "
                + "online.</p><h2>Spreker, panel en moderator</h2><dl><dt>Sofie Verhaegen (moderator)</dt><dd>Beleidsmedewerker."
                + "</dd></dl><p>In het panel zitten:</p><ul><li><strong>Lien Desmet</strong>, logopediste in Roeselare</li>"
                + "<li><strong>Pieter Van Acker</strong>, jurist bij het Kenniscentrum Digitale Zorg</li></ul></main></body>"
                + "</html>";
        assertThat(scored("a.html", page, "role")).contains("lien desmet = panellist", "pieter van acker = panellist",
                "sofie verhaegen = moderator").doesNotContain("lien desmet = moderator");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Land at the former Brightwell Dairy, Station Approach: 40 homes.",
            "The Tannery Works, Mill Yard, Leeds LS3 1LH."})
    @DisplayName("a site's or a street's words are no one's name")
    void siteWords(String sentence) {
        assertThat(scored("a.txt", Cues.BATH_DINNER + "19:30 Application: " + sentence + "\n", "person"))
                .noneMatch(p -> p.matches(".*(dairy|approach|works|yard).*"));
    }
}
