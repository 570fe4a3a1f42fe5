package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twentieth held-out set, read as d351-d360 and d371-d380 after it was scored, missed and round
 * twenty-four reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d351-d380 missed in round twenty-four")
class AnnouncementImporterTwentyFourthCuesTest {

    @Test
    @DisplayName("an aside of facts right under the headline is the event's, whatever other days the page names")
    void factsUnderHeadline() {
        String text = "<html><body><main><article><h1>Lime and Stone: Repairing Old Walls</h1>"
                + "<aside class=\"event-facts\"><p><strong>When:</strong> Thursday 23 September 2027, 10:00–16:00</p>"
                + "<p><strong>Where:</strong> Guild Hall, 4 Bridge Street, York YO1 6DD</p></aside>"
                + "<p>A day of case studies for surveyors and masons.</p>"
                + "<p>Cancellations received by Friday 10 September 2027 are refunded.</p>"
                + "<h2>Other events</h2><p>Winter lecture, Saturday 20 November 2027, London</p>"
                + "</article></main></body></html>";
        assertThat(scored("a.html", text, "start")).containsExactly("2027-09-23t10:00");
        assertThat(scored("a.html", text, "place")).contains("guild hall", "york");
    }

    @Test
    @DisplayName("a press release's date alone under 'PRESS RELEASE' is the day it went out, not the event's")
    void releaseDate() {
        String text = "RIVERSIDE TRUST                                   PRESS RELEASE\n\n"
                + "                                             Monday 6 September 2027\n\n"
                + "The Riverside Trust holds a free online debate on the evening of Thursday 23\n"
                + "September 2027, from 19:00 to 20:30.\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-09-23t19:00");
    }

    @Test
    @DisplayName("the timed sentences of a newsletter's other news ('OOK IN DEZE NIEUWSBRIEF') are no items")
    void otherNewsNoItems() {
        String text = "Bewonersavond\n\ndinsdag 16 maart 2027, aanvang 20.00 uur, Boomgaardlaan 12, "
                + "3828 KD Hoogland\n\n"
                + "Om 20.15 uur spreekt de wethouder. Om 21.00 uur praten we aan tafels.\n\n"
                + "--------------------\nOOK IN DEZE NIEUWSBRIEF\n--------------------\n\n"
                + "Schouw\nOp zaterdag 24 april lopen we door de wijk. Verzamelen om 10.00 uur bij de speeltuin.\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-03-16t20:15", "2027-03-16t21:00");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-16t20:00");
    }

    @Test
    @DisplayName("a postponed show's new date finishes the sentence the line above leaves open ('can return to us"
            + " on'), and 'Book online at' is no online show")
    void returnsOnNewDate() {
        String text = "# Friends' newsletter\n\n## The Lantern Keeper — new date\n\n"
                + "The Lantern Keeper, due in the Main House on Friday 5 March, has been postponed.\n"
                + "We are glad to say the company can return to us on\n\n"
                + "> **Friday 14 May 2027, 7.30pm — Main House**\n\n"
                + "Book online at [harbour.example.co.uk](https://www.harbour.example.co.uk/lantern) or call the"
                + " Box Office (12 noon–6pm).\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-05-14t19:30");
        assertThat(scored("a.md", text, "attendance")).containsExactly("in-person");
    }

    static final String LIBRARY_NEWS = "From: Ennis Library <ennis@library.example.org>\n"
            + "Subject: Ennis Library News - April 2027\nDate: Tue, 30 Mar 2027 10:12:44 +0100\n\n"
            + "=====================================\n   ENNIS LIBRARY NEWS\n   Clare County Library  |  April 2027\n"
            + "=====================================\n\nDear reader,\n\nSpring is here, and a few things are on"
            + " this month.\nThe big one first.\n\n\n-------------------------------------\n"
            + "1. POETRY NIGHT WITH CIARA WALSH\n-------------------------------------\n\n"
            + "Ciara Walsh reads from her new collection.\n\n  Date:   Wednesday 14 April 2027\n"
            + "  Time:   7.00pm (doors 6.45pm), finishing about 8.30pm\n\nTo book, ring us on 065 684 9012.\n\n\n"
            + "-------------------------------------\n2. STORYTIME\n-------------------------------------\n\n"
            + "Storytime continues every Saturday at 11am.\n\n\n-------------------------------------\n"
            + "3. SEED LIBRARY\n-------------------------------------\n\nThe seed box is back.\n\n\n"
            + "-------------------------------------\nOPENING HOURS\nTue-Fri 10.00-13.00 | Sat 10.00-13.00\n"
            + "Ennis Library, Abbey Street, Ennis, Co. Clare\n";

    @Test
    @DisplayName("a mailing's own subject and its greeting name no event: the item's heading is the title")
    void mailingSubjectAndGreeting() {
        assertThat(scored("a.txt", LIBRARY_NEWS, "title")).containsExactly("poetry night with ciara walsh");
    }

    @Test
    @DisplayName("'finishing about 8.30pm' ends the evening, so the library's opening hours give no time")
    void finishingAbout() {
        assertThat(scored("a.txt", LIBRARY_NEWS, "start")).containsExactly("2027-04-14t19:00");
        assertThat(scored("a.txt", LIBRARY_NEWS, "end")).containsExactly("2027-04-14t20:30");
    }

    @Test
    @DisplayName("an Irish text ('Co. Clare', an Eircode, +353) reads its numbers without country code as Irish")
    void irishNumbers() {
        assertThat(scored("a.txt", LIBRARY_NEWS, "channel")).contains("phone +353 65 684 9012");
    }

    @Test
    @DisplayName("an Irish address gives its street number first, its town and county, then the Eircode")
    void irishAddress() {
        String text = "Print workshop\n\nSaturday 15 May 2027, 10:00–16:00\n\n"
                + "Where: The Granary, 3 Quay Street, Ennistymon, Co. Clare V95 T2X4\n";
        assertThat(scored("a.txt", text, "place")).containsExactly("the granary", "3 quay street", "v95 t2x4",
                "ennistymon");
    }
}
