package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event dates and times devset-next (d191-d210) missed, each in two wordings of its own: a press release's or a
 * letter's dateline is the day it was written; a weekday that does not fit the year given elsewhere takes the
 * nearest year it fits; a cancelled event's "planned" date is still its own; a series' next session is not the
 * event; a mail's "morgen" counts from the day it was sent; ends said in prose or under a closing label; a time
 * "voor aanvang" is no item; and a timetable's second column of times, in another zone or as the end.
 */
@DisplayName("AnnouncementImporter reads the dates and times devset-next set in round fifteen")
class AnnouncementImporterFifteenthTimeCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"**Ommerveld, 1 maart 2027** – Op dinsdag 16 maart 2027 om 19.30 uur houdt de gemeente "
            + "een informatieavond in Sporthal De Bongerd, Bongerdlaan 4, Ommerveld.",
        "Ommerveld, 1 maart 2027\n\nGeachte bewoner,\n\nOp dinsdag 16 maart 2027 om 19.30 uur houdt de gemeente een "
            + "informatieavond in Sporthal De Bongerd, Bongerdlaan 4, Ommerveld."})
    @DisplayName("a dateline's date (town, date, then a dash or nothing) is the day the text was written")
    void datelineIsNoEventDate(String body) {
        String text = "PERSBERICHT\n\nInformatieavond warmtenet\n\n" + body + "\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-16t19:30");
    }

    @Test
    @DisplayName("a town before the date on a line with a time is the event's own date line, no dateline")
    void townBeforeTheDateWithATime() {
        String text = "Lezing\n\nDeventer, 12 maart 2027, 20.00 uur\n\nAanmelden voor 1 maart 2027 via "
                + "info@example.nl\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-12t20:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Vorig jaar, op 14 november 2026, kwamen er veertig buren.",
        "Het verslag van de schouwronde van 14 november 2026 staat op de website."})
    @DisplayName("a weekday that does not fit the year taken from elsewhere takes the nearest year it fits")
    void weekdayFitsTheYear(String lookBack) {
        String text = "Buurtpreventie-avond\n\nOp dinsdag 16 maart om 19.30 uur in Buurthuis De Klimop, "
                + "Lijsterbeslaan 14, Helmond.\n\n" + lookBack + "\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-16t19:30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"## What was planned for Saturday 12 June 2027", "## Originally planned for Saturday 12 "
            + "June 2027"})
    @DisplayName("a cancelled event's planned date is still its own, over a later fixture's")
    void plannedDateOfACancelledEvent(String heading) {
        String text = "# Cancelled: family match day\n\nThe match day is cancelled because of the storm.\n\n" + heading
                + "\n\n| 11am | Gates open |\n| 1pm | First ball |\n\nOther fixtures:\n\n- **Sun 20 June** – 2nd XI v "
                + "Blagdon (home), 1.30pm\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-06-12t11:00");
        assertThat(scored("a.md", text, "status")).containsExactly("cancelled");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Het volgende webinar in deze reeks is op dinsdag 22 juni 2027 om 15.30 uur.",
        "Our next session is on Tuesday 22 June 2027 at 15:30."})
    @DisplayName("the date of a series' next session is not the event's")
    void nextSessionIsNotTheEvent(String next) {
        String text = "Materialenpaspoort in de praktijk\n\nWebinar op 25 mei 2027 van 15.30 tot 16.45 uur.\n\n" + next
                + "\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-05-25t15:30");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Datum: maandag 24 mei 2027 om 16:05|Onderwerp: Herinnering: morgen webinar Materialenpaspoort|2027-05-25t15:30",
        "Date: Mon, 24 May 2027 16:05|Subject: See you the day after tomorrow: Materials passport webinar"
            + "|2027-05-26t15:30"})
    @DisplayName("a mail's day said relative to it ('morgen', 'the day after tomorrow') counts from its Date: line")
    void relativeToTheMailsDate(String sent, String subject, String start) {
        String text = "Van: Kennisnetwerk <webinars@example.nl>\n" + sent + "\nAan: Martijn <m@example.nl>\n" + subject
                + "\n\nBeste Martijn,\n\nWebinar van 15.30 tot 16.45 uur.\n\nHet volgende webinar is op dinsdag 22 "
                + "juni 2027.\n";
        Draft draft = Cues.read("a.txt", text);
        assertThat(Cues.scored(draft, "start")).containsExactly(start);
        assertThat(draft.valuesUnder("start")).singleElement()
                .satisfies(v -> assertThat(v.basis().describe()).contains("counted from the day the mail was sent"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"We beginnen om 19.30 uur en ronden af rond 22.00 uur.",
        "Om 19.30 uur gaat de zaal open; de bar blijft open tot 22.00 uur.",
        "We start at 19:30 and will wrap up by 22:00.",
        "The gates open at 19:30 and the bar stays open until the gates closed at 22:00.",
        "De vergadering begint om 19.30 uur; de voorzitter verwacht haar rond 22.00 uur te sluiten."})
    @DisplayName("an end said in prose after the start gives the event's end")
    void endSaidInProse(String sentence) {
        String text = "Fediverse-avond\n\nDonderdag 25 februari 2027 in de Stadsbibliotheek, Diezerstraat 80, "
                + "Zwolle.\n\n" + sentence + "\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-02-25t22:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sluiting: uiterlijk 22.00 uur", "Closing: 22:00"})
    @DisplayName("a closing label's time is the event's end")
    void closingLabel(String closing) {
        String text = "Ledenvergadering\n\nDatum: dinsdag 20 april 2027\nAanvang: 20.00 uur\n" + closing + "\n";
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-04-20t22:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"De wethouder is om 19.00 uur, voor aanvang, beschikbaar voor interviews.",
        "The alderman is available for interviews at 19:00, before the start."})
    @DisplayName("a time said to come before the start is no programme item")
    void beforeTheStartIsNoItem(String press) {
        String text = "Informatieavond\n\nDinsdag 16 maart 2027 in Sporthal De Bongerd, Bongerdlaan 4, Ommerveld.\n\n"
                + "Om 19.30 uur opent de wethouder de avond. Om 20.15 uur spreekt Ruben Kamphuis.\n\n" + press + "\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-03-16t19:30", "2027-03-16t20:15");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"| CEST | UTC | What |\n|---|---|---|\n| 09:00 | 07:00 | Doors open |\n"
            + "| 10:00 | 08:00 | Keynote |\n",
        "| Begin | Einde | Onderdeel |\n|---|---|---|\n| 09:00 | 10:00 | Doors open |\n| 10:00 | 11:00 | Keynote |\n"})
    @DisplayName("a timetable's second column of times is another zone's start or the item's end, never its title")
    void secondTimeColumn(String table) {
        String text = "# Summit\n\nWhen: Thursday 23 September 2027\nWhere: De Machinekamer, Veilinghavenkade 21, "
                + "Utrecht\n\n" + table;
        assertThat(scored("a.md", text, "item")).containsExactly("2027-09-23t09:00", "2027-09-23t10:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"| 1 | 19.30 | Opening en mededelingen |\n| 2 | 19.35 | Vaststellen van de agenda |\n",
        "| 1. | 19.30 uur | Opening en mededelingen |\n| 2. | 19.35 uur | Vaststellen van de agenda |\n"})
    @DisplayName("a meeting's agenda numbers its items before their times: the time cell is the second")
    void agendaNumberBeforeTheTime(String rows) {
        String text = "# Raadsvergadering\n\nDonderdag 8 april 2027, Raadhuis, Marktplein 1, Eemsterveld\n\n| Nr | Tijd "
                + "| Onderwerp |\n|---|---|---|\n" + rows;
        assertThat(scored("a.md", text, "item")).containsExactly("2027-04-08t19:30", "2027-04-08t19:35");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WANNEER?", "Datum"})
    @DisplayName("a label alone on the line above a date makes it the event's, over a later day with a time")
    void labelOnTheLineAbove(String label) {
        String text = "Weekend\n\n" + label + "\nVan vrijdag 12 november 2027 om 19u30 tot zondag 14 november om 15u.\n\n"
                + "Op zondag 7 november is er wel gewoon Chiro, van 14u tot 17u.\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-11-12t19:30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"VERDER IN APRIL", "Also this month"})
    @DisplayName("the dates under a heading of other events are not the event's")
    void otherEventsSection(String heading) {
        String text = "Auteursavond\n\nDonderdag 15 april 2027, Bibliotheek Houten, Markt 1, Houten\n\n" + heading
                + "\n\n  di 6 april, 10.00 uur   Digicafé\n  za 17 april, 11.00 uur  Voorlezen\n";
        assertThat(scored("a.txt", text, "start")).singleElement().asString().startsWith("2027-04-15");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RSVP BY FRIDAY 15 OCTOBER 2027, 19:00", "Reply by Friday 15 October 2027, 19:00"})
    @DisplayName("an RSVP date is no event date")
    void rsvpIsNoEventDate(String rsvp) {
        String text = "The Starlight Dinner\n\nFriday 12 November 2027, from 7pm\nThe Orangery, Queen Square 24, Bath\n\n"
                + rsvp + "\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-11-12t19:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"            Friday 12 November 2027, from 7pm", "Friday 12 November 2027, from 7pm"})
    @DisplayName("a plain-text block framed by rows of asterisks stays plain text, its indented date read")
    void asteriskRulesAreNoMarkdown(String dateLine) {
        String text = "*************************************************************\n\n                The Starlight "
                + "Dinner 2027\n\n" + dateLine + "\n        The Orangery, Bath\n\n"
                + "*************************************************************\n\nRSVP by 15 October 2027.\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-11-12t19:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"een inloopavond op woensdag 13 oktober 2027 in\nhet gemeentehuis. De zaal is\nopen van 17.00 "
            + "tot 20.30 uur.", "an open evening on Wednesday 13 October 2027 in\nthe town hall, open from\n17:00 to 20:30."})
    @DisplayName("a date whose sentence goes on over a hard wrap to its times gets their weight")
    void timesOverAHardWrap(String sentence) {
        String text = "Dijkversterking\n\nHet waterschap houdt " + sentence + "\n\nDaarna is er op donderdag 21 oktober "
                + "2027 van 9.00 tot 12.00 uur een spreekuur.\n";
        assertThat(scored("a.txt", text, "start")).singleElement().asString().startsWith("2027-10-13");
    }
}
