package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-second held-out set, read as d401-d410 after it was scored, and devset-next missed and round
 * twenty-six reads, each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d401-d410 missed in round twenty-six")
class AnnouncementImporterTwentySixthCuesTest {

    @Test
    @DisplayName("a desk's hours ('call Joan on 0113 496 0555, Tuesday to Friday 9am - 1pm') are not the event's, and"
            + " the time named after the doors in their sentence starts it")
    void deskHoursAndStartAfterDoors() {
        String text = "Dear members,\n\nCHESS SIMUL EVENING\nThursday 14 October 2027\nHolbeck Library, Leeds\n\n"
                + "Doors open at 6.30pm and the first moves are made at 7pm prompt.\n"
                + "We hope to wrap up, trophies and all, by about 9.45pm.\n\n"
                + "To book a board, call Joan in the club office on 0113 496 0555\n"
                + "(Tuesday to Friday, 9am - 1pm).\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-10-14t19:00");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-10-14t21:45");
    }

    @Test
    @DisplayName("an exhibition's own hours over weekdays stay the event's")
    void exhibitionHoursStay() {
        String text = "# Quilts of the Dales\n\nSaturday 2 October 2027\n\nThe show is open Tuesday to Sunday, "
                + "10am - 5pm, at Skipton Town Hall.\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-10-02t10:00");
    }

    @Test
    @DisplayName("a letter's 'uitnodiging jaarvergadering' names the meeting without the invitation, and the dates"
            + " under 'OVERIGE BERICHTEN' are other occasions")
    void letterInvitationAndOtherNews() {
        String text = "IMKERVERENIGING DE KORF\n\nBetreft: uitnodiging jaarvergadering\n\nBeste imkers,\n\n"
                + "Het bestuur nodigt u uit op\n\n    dinsdag 9 maart 2027\n    in het bijenhuis, Heideweg 4, "
                + "7441 AB Nijverdal\n\nWe beginnen om 20.00 uur.\n\nOVERIGE BERICHTEN\n\n"
                + "- Slingerdag: zaterdag 26 juni van 10.00 tot 13.00 uur bij de stal.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("jaarvergadering");
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-09t20:00");
    }

    static final String SPOTLIGHT = "=============================\n   ZAALNIEUWS  |  maart\n   cc De Spil, Lokeren\n"
            + "=============================\n\nDag theaterliefhebber,\n\nDe lente komt eraan en de zaal is"
            + " weer vol.\n\n-----------------------------\nIN DE KIJKER\n-----------------------------\n\n"
            + "MOERASLICHT\ngezelschap Veenbrand\n\nzaterdag 13 maart 2027 - 20.15 uur\ncc De Spil, grote zaal\n"
            + "Kerkstraat 12, 9160 Lokeren\n\nDuur: 1u20, zonder pauze\n\n-----------------------------\n"
            + "NOG MEER IN MAART\n-----------------------------\n\nzo 21.03  FAMILIE - Koffertheater: "
            + "\"Plons\", 15.00 u\nzo 28.03  MUZIEK - Lena Vos Trio, 20.00 u\n\n-----------------------------\n"
            + "cc De Spil, Kerkstraat 12, 9160 Lokeren\nJe ontvangt deze mail omdat je je inschreef.\n";

    @Test
    @DisplayName("a mailing of ruled sections is read from the one 'IN DE KIJKER' puts in the spotlight, its first"
            + " line naming the occasion, past a Flemish 'Dag …,' greeting")
    void spotlitSection() {
        assertThat(scored("a.txt", SPOTLIGHT, "title")).containsExactly("moeraslicht");
        assertThat(scored("a.txt", SPOTLIGHT, "start")).containsExactly("2027-03-13t20:15");
        assertThat(scored("a.txt", SPOTLIGHT, "item")).isEmpty();
        assertThat(scored("a.txt", SPOTLIGHT, "person")).doesNotContain("lena vos");
    }

    @Test
    @DisplayName("a performance without a stated end ends its stated length after the start ('Duur: 1u20',"
            + " 'Running time: about 2 hours', 'duration: 95 minutes')")
    void endFromLength() {
        assertThat(scored("a.txt", SPOTLIGHT, "end")).containsExactly("2027-03-13t21:35");
        String english = "# The Glass Orchard\n\nFriday 9 April 2027, 7.30pm, Corn Exchange, Ludlow\n\n"
                + "- Running time: about 2 hours, including an interval\n";
        assertThat(scored("a.md", english, "end")).containsExactly("2027-04-09t21:30");
        String minutes = "# Wolkenjagers\n\nZondag 14 maart 2027 om 15.00 uur, De Kroon, Gent\n\n"
                + "Duration: 95 minutes\n";
        assertThat(scored("a.md", minutes, "end")).containsExactly("2027-03-14t16:35");
    }

    @Test
    @DisplayName("a course's evenings listed by date run it from the first to the last, each an item at the hours the"
            + " text gives them all")
    void listedSessions() {
        String text = "# Kant voor beginners\n\nDe avonden:\n\n1. **donderdag 4 maart 2027** – Wie was Kant?\n"
                + "2. **donderdag 11 maart 2027** – Wat kunnen we weten?\n3. **donderdag 18 maart 2027** – De plicht\n\n"
                + "Alle avonden duren van 19.30 tot 21.30 uur, in De Hof, Amersfoort.\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-03-04t19:30");
        assertThat(scored("a.md", text, "end")).containsExactly("2027-03-18t21:30");
        assertThat(scored("a.md", text, "item")).containsExactly("2027-03-04t19:30", "2027-03-11t19:30",
                "2027-03-18t19:30");
        assertThat(Cues.read("a.md", text).event().programme().allItems()).extracting(i -> i.title().text())
                .contains("Wat kunnen we weten?");
    }

    @Test
    @DisplayName("a notice that names another day before the event's date line does not move the timetable to it")
    void noticeDayBeforeDateLine() {
        String text = "> **Let op:** het stadhuis is gesloten op maandag 1 november.\n\n# Energiemarkt\n\n"
                + "**Zaterdag 16 oktober 2027, van 9.30 tot 13.30 uur**\n\nOC De Kluize, Kerkstraat 12, 9080 Lochristi"
                + "\n\n| Uur | Onderwerp |\n|---|---|\n| 10.00 u. | Premies in 2028 |\n| 11.00 u. | Warmtepompen |\n";
        assertThat(scored("a.md", text, "item")).containsExactly("2027-10-16t10:00", "2027-10-16t11:00");
        assertThat(scored("a.md", text, "end")).containsExactly("2027-10-16t13:30");
    }

    @Test
    @DisplayName("a table of a run's performances (date, time, price) runs the event from the first to the last, each"
            + " performance an item but a cancelled one, and ends the stated running time after the last")
    void performanceRun() {
        String text = "# The Weir Road\n\nAt the Town Hall Theatre, Galway.\n\n| Date | Time | Price |\n|---|---|---|\n"
                + "| Wednesday 6 October 2027 (preview) | 8pm | €15 |\n| Thursday 7 October 2027 | 8pm | CANCELLED |\n"
                + "| Saturday 9 October 2027 (matinee) | 2.30pm | €18 |\n| Saturday 9 October 2027 | 8pm | €22 |\n\n"
                + "Running time approx. 1 hour 50 minutes.\n";
        assertThat(scored("a.md", text, "start")).containsExactly("2027-10-06t20:00");
        assertThat(scored("a.md", text, "end")).containsExactly("2027-10-09t21:50");
        assertThat(scored("a.md", text, "item")).containsExactly("2027-10-06t20:00", "2027-10-09t14:30",
                "2027-10-09t20:00");
    }

    @Test
    @DisplayName("a timetable with a day column and session titles stays a timetable")
    void dayColumnTimetableStays() {
        String text = "# Wind Week\n\n| Day | Time | Session |\n|---|---|---|\n| Tuesday 9 February 2027 | 10:00 |"
                + " Opening by Ama Boateng |\n| Wednesday 10 February 2027 | 10:00 | Panel on grids |\n"
                + "| Thursday 11 February 2027 | 10:00 | Closing talk |\n";
        assertThat(Cues.read("a.md", text).event().programme().allItems()).extracting(i -> i.title().text())
                .contains("Panel on grids");
    }

    @Test
    @DisplayName("a postponed meeting that 'will now be held on' a day, and a headline's '…: nieuwe datum' after the"
            + " new date, are rescheduled; 'a new date will be announced' is not")
    void rescheduledByNewDate() {
        String english = "*** CHANGE OF DATE ***\n\nSPRING MEETING - POSTPONED\n\nThe meeting that was due on Thursday"
                + " 11 March has been put back by a fortnight.\n\nThe meeting will now be held on:\n\n"
                + "    THURSDAY 25 MARCH 2027\n    7.30pm\n    St Barnabas Hall, Leeds\n";
        assertThat(scored("a.txt", english, "status")).containsExactly("rescheduled");
        String dutch = "Paviljoen gaat open op 11 juni: nieuwe datum\n\nDe opening, eerder aangekondigd voor"
                + " vrijdag 28 mei, werd uitgesteld. Ze vindt plaats op vrijdag 11 juni 2027 om 16.00 uur.\n";
        assertThat(scored("a.txt", dutch, "status")).containsExactly("rescheduled");
        String open = "# Members' webinar\n\nOur speaker cannot join us on Tuesday 9 March 2027. A new date will be"
                + " announced soon.\n";
        assertThat(scored("a.md", open, "status")).doesNotContain("rescheduled");
    }

    @Test
    @DisplayName("an evening in a hall that is 'ook live te' / 'volgen via' a stream over a wrap, or whose talks 'we"
            + " stream', is hybrid")
    void followedLiveOverAWrap() {
        String dutch = "Gemeenteavond\n\nDonderdag 4 maart 2027, 20.00 uur, Kerkcentrum De Ontmoeting, Dorpsstraat 3,"
                + " 3732 HJ De Bilt.\n\nKunt u niet naar het kerkcentrum komen? De avond is ook live te\n"
                + "volgen via www.deontmoeting.example.nl/live.\n";
        assertThat(scored("a.txt", dutch, "attendance")).containsExactly("hybrid");
        String english = "# Lightning talks\n\nThursday 4 March 2027, 7pm, The Tetley, Leeds LS10 1JQ\n\n"
                + "Can't make it? We stream all talks live on our channel.\n";
        assertThat(scored("a.md", english, "attendance")).containsExactly("hybrid");
    }

    @Test
    @DisplayName("'We aim to finish by', 'ronden af om ongeveer', 'af te ronden omstreeks' and 'uiterlijk … klaar te"
            + " zijn' give the end")
    void moreEndWords() {
        String[][] cases = {
            {"# Club night\n\nThursday 25 March 2027, 7.30pm, The Pavilion, Reading RG1 2AB\n\nWe aim to finish by"
                + " 21:30.\n", "2027-03-25t21:30"},
            {"# Infoavond\n\nDinsdag 13 april 2027 om 19.30 uur, Dorpshuis, Zeist.\n\nWe ronden af om ongeveer"
                + " 21.30 uur.\n", "2027-04-13t21:30"},
            {"# Concert\n\nZaterdag 24 april 2027, aanvang 19.30 uur, Academie, Zele.\n\nWe verwachten af te"
                + " ronden omstreeks 21.45 uur.\n", "2027-04-24t21:45"},
            {"# Dorpsavond\n\nWoensdag 2 juni 2027 om 20.00 uur, De Ark, Ruinerwold.\n\nWe verwachten uiterlijk"
                + " 22.00 uur klaar te zijn.\n", "2027-06-02t22:00"}};
        for (String[] c : cases) {
            assertThat(scored("a.md", c[0], "end")).as(c[0]).containsExactly(c[1]);
        }
    }

    @Test
    @DisplayName("a card's calendar mark ('📅 vrijdag 26 februari') labels the event's date over the weekend its text"
            + " is about, and 'we zijn gedaan om 21u' ends it")
    void calendarMark() {
        String text = "*INFOAVOND WEEKEND*\n\nVan vrijdag 19 t.e.m. zondag 21 maart 2027 trekken we op weekend naar"
                + " Kemmel.\n\nEerst een infoavond voor de ouders:\n\n📅 vrijdag 26 februari\n"
                + "🕗 start 20u stipt, we zijn gedaan om 21u\n📍 in onze lokalen, Botestraat 112, 9032 Wondelgem\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-02-26t20:00");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-02-26t21:00");
    }

    @Test
    @DisplayName("a chat export's title line drops its message header and the chat's bold marks")
    void chatTitle() {
        String text = "14/02/27 18:42 - Lotte Vermeulen: Hallo allemaal!\n14/02/27 18:42 - Lotte Vermeulen: *Infoavond"
                + " kamp*\n\n📅 vrijdag 26 februari 2027\n🕗 van 20u tot 21u\n📍 in onze lokalen, Botestraat 112, 9032"
                + " Wondelgem\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("infoavond kamp");
    }

    @Test
    @DisplayName("a notice set as a heading over the name ('Change of arrangements') is no headline")
    void noticeHeading() {
        String html = "<html><body><h2>Change of arrangements</h2><p>Updated 1 March 2027: this meeting will now be"
                + " held online only.</p><h1>Riverside masterplan: public meeting</h1><p>Tuesday 9 March 2027,"
                + " 6.30pm to 8.30pm, online via Microsoft Teams.</p></body></html>";
        assertThat(scored("a.html", html, "title")).containsExactly("riverside masterplan: public meeting");
    }

    @Test
    @DisplayName("a change notice set between rules that quotes the name ('AFGELAST: \"Lichtjesavond\" op …') gives the"
            + " title over the sender's masthead")
    void quotingNotice() {
        String text = "STICHTING MUZIEK IN DE KERK\nKerkstraat 4, 3981 CE Bunnik\n\n=====================\n"
                + "  AFGELAST: \"Lichtjesavond\" op zaterdag 11 december 2027\n=====================\n\n"
                + "Beste bezoekers,\n\nHet concert van zaterdag 11 december 2027 om 20.00 uur gaat niet door.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("lichtjesavond");
        assertThat(scored("a.txt", text, "status")).containsExactly("cancelled");
    }

    @Test
    @DisplayName("a board's 'Notice to all residents' masthead and its 'CHANGE OF DATE' mark stand over the headline")
    void noticeToResidents() {
        String text = "==========================\n   ASHGROVE TENANTS' ASSOCIATION\n   Notice to all residents - please"
                + " pass on\n==========================\n\n   *** CHANGE OF DATE ***\n\n   AUTUMN GENERAL MEETING -"
                + " POSTPONED\n\nThe meeting will now be held on:\n\n    THURSDAY 7 OCTOBER 2027\n    7.30pm\n"
                + "    Ashgrove Community Hall, Leeds\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("autumn general meeting");
    }

    @Test
    @DisplayName("a series page's 'Next in the series' label over a session's heading makes that session the event")
    void nextInTheSeries() {
        String html = "<html><body><h1>Research Seminars: Spring Term 2027</h1><p>Seminars are on Wednesdays at 4pm.</p>"
                + "<p class=\"label\">Next in the series &ndash; online seminar</p><h2>Salt marshes after"
                + " realignment</h2><dl><dt>When</dt><dd>Wednesday 17 February 2027, 16:00&ndash;17:00</dd></dl>"
                + "</body></html>";
        assertThat(scored("a.html", html, "title")).containsExactly("salt marshes after realignment");
        assertThat(scored("a.html", html, "start")).containsExactly("2027-02-17t16:00");
    }

    @Test
    @DisplayName("a notice's 'Date of notice:' is not the meeting's date, and 'will close no later than' wrapped over"
            + " its time ends the meeting")
    void dateOfNotice() {
        String text = "ASHBY PARISH COUNCIL\n\nNOTICE OF A PUBLIC MEETING\n\nA public meeting will be held on\n\n"
                + "        TUESDAY 13 APRIL 2027 at 7.30pm\n        in the Village Hall, 14 Church Lane, Ashby, LN8 4QT\n\n"
                + "Doors will open at 7.15pm. The meeting will close no later than\n9.15pm so that the hall can be"
                + " cleared.\n\nDate of notice: Monday 29 March 2027\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-04-13t19:30");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-04-13t21:15");
    }

    @Test
    @DisplayName("an HTML programme's timed line after an item's second line is an item of its own, never a wrap")
    void htmlProgrammeLines() {
        String html = "<html><body><h1>Timber Day</h1><p>Thursday 17 June 2027, Leeds</p><dl><dt>09:45</dt><dd>Keynote:"
                + " old timbers<br>Professor Alistair Fenwick, Northgate University</dd><dt>10:30</dt><dd>Coffee and"
                + " trade stands</dd></dl></body></html>";
        assertThat(scored("a.html", html, "item")).containsExactly("2027-06-17t09:45", "2027-06-17t10:30");
    }

    @Test
    @DisplayName("an English mailing's ruled 'IN THE SPOTLIGHT' section is read alone too")
    void englishSpotlight() {
        String text = "==========================\n  ARTS CENTRE NEWS | May\n==========================\n\n"
                + "Dear friend,\n\nSpring is here.\n\n--------------------------\nIN THE SPOTLIGHT\n"
                + "--------------------------\n\nSONGS FROM THE SHORE\nFriday 14 May 2027 - 8pm\nThe Hall, Ennis\n\n"
                + "--------------------------\nALSO THIS MONTH\n--------------------------\n\n"
                + "Sat 22.05  FILM - The Quiet Girl, 3pm\n\n--------------------------\nArts Centre, Ennis\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("songs from the shore");
        assertThat(scored("a.txt", text, "item")).isEmpty();
    }
}
