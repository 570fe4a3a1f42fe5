package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the twenty-fifth held-out set, read as d451-d470 after it was scored, missed and round twenty-nine reads,
 * each in wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d451-d470 missed in round twenty-nine")
class AnnouncementImporterTwentyNinthCuesTest {

    private static final String CHAT = "12/03/2027, 09:14 - Messages and calls are end-to-end encrypted.\n"
            + "12/03/2027, 09:14 - Pieter Claes created group \"Wijkraad Oost\"\n"
            + "12/03/2027, 09:20 - Pieter Claes: Morning all, thanks for joining. Meeting notes follow later today.\n"
            + "13/03/2027, 18:02 - Greet Aerts: <Media omitted>\n"
            + "14/03/2027, 11:45 - Pieter Claes: 🌳 TREE PLANTING DAY 🌳\n"
            + "Saturday 27 March 2027, 10am at the Parkhall, 3 Mill Lane, Kilkenny R95 X2P4.\n"
            + "Spades and gloves provided, soup afterwards.\n"
            + "14/03/2027, 11:50 - Greet Aerts: Brilliant! 👏\n";

    @Test
    @DisplayName("an exported chat's stamps and senders are the app's: the message's headline is the title and no stamp"
            + " is a time")
    void chatExport() {
        assertThat(scored("a.txt", CHAT, "title")).containsExactly("tree planting day");
        assertThat(scored("a.txt", CHAT, "start")).containsExactly("2027-03-27t10:00");
        assertThat(scored("a.txt", CHAT, "person")).doesNotContain("greet aerts");
    }

    @Test
    @DisplayName("a message set in the app's bold ('*QUIZAVOND*') is a headline wherever it stands in the message")
    void boldHeadline() {
        String text = "02/05/27 20:11 - An Peeters: Dag iedereen! 👋\n"
                + "02/05/27 20:12 - An Peeters: Hier is de info:\n\n*QUIZAVOND VAN DE OUDERRAAD* 🧠\n\n"
                + "Vrijdag 21 mei 2027 om 20u in de refter van de school.\n"
                + "03/05/27 07:30 - Bart Wouters: Top!\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("quizavond van de ouderraad");
    }

    @Test
    @DisplayName("an evening's timetable on the twelve-hour clock without 'pm' ('8:00 doors' under '8pm') is that"
            + " evening's, and so is its 'wrap up around 10:30'")
    void eveningClock() {
        String text = "QUIZ NIGHT\n\nFriday 12 March 2027, 8pm, the Parish Hall, Ennis.\n\nRunning order:\n"
                + "8:00 doors and teams\n8:30 round one\n9:15 break\n\nWe should wrap up around 10:30.\n";
        assertThat(scored("a.txt", text, "item")).containsExactly("2027-03-12t20:00", "2027-03-12t20:30",
                "2027-03-12t21:15");
        assertThat(scored("a.txt", text, "end")).containsExactly("2027-03-12t22:30");
        String morning = "REPAIR CAFÉ\n\nSaturday 13 March 2027, 10am to 1pm, the Parish Hall, Ennis.\n\n"
                + "10:00 doors\n10:30 first repairs\n";
        assertThat(scored("a.txt", morning, "item")).containsExactly("2027-03-13t10:00", "2027-03-13t10:30");
    }

    @Test
    @DisplayName("a part's number before its day ('Avond 2 – vrijdag 12 maart') is no range of days: the items under it"
            + " are on that day")
    void partNumberBeforeDay() {
        String text = "# Cursus stadsgeschiedenis\n\nDonderdag 11 en vrijdag 12 maart 2027, De Waag, Deventer\n\n"
                + "## Avond 1 – donderdag 11 maart\n\n| Tijd | Onderdeel |\n|---|---|\n| 19.30 | Welkom |\n"
                + "| 20.00 | De Hanzetijd |\n\n## Avond 2 – vrijdag 12 maart\n\n| Tijd | Onderdeel |\n|---|---|\n"
                + "| 19.30 | Inloop |\n| 20.00 | De stad na 1800 |\n";
        assertThat(scored("a.md", text, "item")).containsExactlyInAnyOrder("2027-03-11t19:30", "2027-03-11t20:00",
                "2027-03-12t19:30", "2027-03-12t20:00");
    }

    @Test
    @DisplayName("under a panel's heading, 'Onder leiding van X gaan in gesprek:' over a list makes its people the panel"
            + " and X its moderator, while a panellist named on a talk of their own speaks there")
    void panelTalksTogether() {
        String text = "# Stadsdebat wonen\n\nDinsdag 8 juni 2027, 19.30 uur, Pand 20, Utrecht\n\n| Tijd | Onderdeel |\n"
                + "|---|---|\n| 19.30 | *Bouwen in de wijk* – Ruud Kamphuis |\n| 20.15 | Paneldiscussie |\n\n"
                + "### Het panel\n\nOnder leiding van journaliste **Nina Vos** gaan in gesprek:\n\n"
                + "- **Ruud Kamphuis**, stedenbouwkundige\n- **Loes Dijkstra**, wethouder wonen, gemeente Utrecht\n";
        assertThat(scored("a.md", text, "role")).contains("ruud kamphuis = speaker", "ruud kamphuis = panellist",
                "loes dijkstra = panellist", "nina vos = moderator");
    }

    @Test
    @DisplayName("a mail's 'Datum: … om 10:42' header, a ticket sale's 'om 12 uur' and a box office's 'opens from 6pm'"
            + " are no programme items, and a sale's badge ('UITVERKOCHT:') is no part of the title")
    void mailTimesSalesAndBadges() {
        String text = "Van: CC Het Spoor <nieuws@hetspoor.example.be>\nAan: Ann Claes <ann@example.be>\n"
                + "Datum: wo 3 feb. 2027 om 09:15\nOnderwerp: Uitverkocht!\n\nBeste,\n\n"
                + "UITVERKOCHT: JAN DE WILDE - ZOMERZOTHEID\n\nOp vrijdag 12 maart 2027 om 20.15 uur speelt Jan De Wilde"
                + " in de grote zaal van CC Het Spoor, Stationsstraat 4, 8500 Kortrijk.\n\nVoor de extra voorstelling is"
                + " de verkoop vandaag om 12 uur gestart. De kassa is open vanaf 19 uur.\n";
        assertThat(scored("a.txt", text, "item")).isEmpty();
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-12t20:15");
        assertThat(scored("a.txt", text, "title")).containsExactly("jan de wilde - zomerzotheid");
    }

    @Test
    @DisplayName("the people under a 'Performers' heading play a part, with an instrument or a role after a dash or a"
            + " comma")
    void performers() {
        String text = "<html><body><main><section><h1>Autumn Serenade</h1><p>Saturday 9 October 2027, 7.30pm</p>"
                + "<p>St Cecilia's Hall, 50 Niddry Street, Edinburgh EH1 1LG</p><h2>Performers</h2><ul>"
                + "<li><strong>Morag Lindsay</strong> &ndash; conductor</li><li><strong>Ewan Baird</strong>, viola</li>"
                + "</ul></section></main></body></html>";
        assertThat(scored("a.html", text, "role")).containsExactlyInAnyOrder("morag lindsay = custom",
                "ewan baird = custom");
    }

    @Test
    @DisplayName("in Markdown, a list item wrapped onto the next line and a line broken inside brackets are read as one"
            + " line, so that an organisation's name is not cut")
    void wrappedItemsAndBrackets() {
        String text = "# Evidence Day\n\nThursday 13 May 2027, 09:15 to 17:00, Hallam Exchange, 41 Furnival Street,"
                + " Sheffield S1 4QT\n\n## Keynote\n\nOur keynote speaker is **Dr Amira Haddad** (Centre for Urban"
                + " Research,\nUniversity of Leeds).\n\n## Programme\n\n- **09:15** Registration\n"
                + "- **15:20** Conversation with Rachel Oyelaran (Calder Valley Community\n  Foundation) and Gareth"
                + " Pryce\n";
        assertThat(Cues.organisations("a.md", text)).contains("university of leeds",
                "calder valley community foundation").doesNotContain("calder valley community");
    }

    @Test
    @DisplayName("a table without times whose head has a 'Led by' column gives the people in it a part of their own,"
            + " with the organisation beside their name")
    void ledByColumn() {
        String text = "# Practice Day\n\nFriday 14 May 2027, 10:00 to 16:00, The Foundry, 12 Mill Road, Leeds LS2 7PL\n\n"
                + "| Round | Workshop | Led by | Room |\n|---|---|---|---|\n"
                + "| 1 | Plain summaries | Nadia Brook, Clearline Research | Room A |\n"
                + "| 2 | Honest budgets | Owen Marsh, Leeds City Council | Room B |\n";
        assertThat(scored("a.md", text, "role")).containsExactlyInAnyOrder("nadia brook = custom",
                "owen marsh = custom");
        assertThat(Cues.organisations("a.md", text)).contains("clearline research", "leeds city council");
    }

    @Test
    @DisplayName("an item's title, a comma and a name ('Presentation of the Draft Plan, Aoife Brennan, Senior Executive"
            + " Planner') has that person speak, while 'by the chair, Professor X' and a title that names someone do not")
    void titleCommaSpeaker() {
        String text = "# Plan Webinar\n\nWednesday 15 September 2027, 7.00pm – 8.30pm, online\n\n"
                + "- **7.00pm** – Welcome and introduction by the chair, Cllr Niall Daly\n"
                + "- **7.10pm** – Presentation of the Draft Plan, Aoife Brennan, Senior Executive Planner\n"
                + "- **7.40pm** – Transport and the greenway, Ciarán Fogarty, Senior Engineer, Active Travel Office\n"
                + "- **8.00pm** – Questions and answers\n";
        assertThat(scored("a.md", text, "role")).contains("aoife brennan = speaker", "ciarán fogarty = speaker")
                .doesNotContain("niall daly = speaker");
        assertThat(Cues.organisations("a.md", text)).contains("active travel office");
    }

    @Test
    @DisplayName("'submitted when you register, or typed into the chat on the night' is no way to register in person,"
            + " and a list item's line that goes on with a capital ('Municipal District (chair)') is still the item's")
    void chatOnTheNightAndCapitalWrap() {
        String text = "# Plan Webinar\n\nWednesday 15 September 2027, 7.00pm – 8.30pm, online on Teams\n\n"
                + "- **7.00pm** – Welcome, Cllr Declan Moran, Cathaoirleach of the Ballyvarren\n"
                + "  Municipal District (chair)\n- **8.00pm** – Questions and answers\n\n"
                + "Register at [the portal](https://consult.example.org/webinar). Questions can be submitted in advance"
                + " when you register, or typed into the chat on the night.\n";
        assertThat(scored("a.md", text, "channel")).doesNotContain("in-person");
        assertThat(scored("a.md", text, "role")).contains("declan moran = chair");
        assertThat(scored("a.md", text, "person")).doesNotContain("municipal district");
    }

    @Test
    @DisplayName("a forward's own note over the separator is not the announcement: the forwarded mail's headline in"
            + " capitals, a paragraph of its own, names the event over its subject, without 'Notice of'")
    void forwardedMailHeadline() {
        String text = "From: Pete Smith <pete@example.org>\nSent: Monday 4 October 2027 09:14\nTo: Members"
                + " <members@example.org>\nSubject: Fw: AGM invitation\n\nHi all,\n\nSee below.\n\nCheers,\nPete"
                + "\n\n-------- Forwarded message --------\nFrom: Riverside Allotments <info@riverside.example.org>"
                + "\nDate: 1 October 2027 16:02\nSubject: AGM invitation\n\nDear member,\n\nYou are invited to our\n\n"
                + "      NOTICE OF ANNUAL GENERAL MEETING 2027\n\non Friday 19 November 2027 at 8pm in the Pavilion,"
                + " 4 Mill Lane, Frome BA11 1AA.\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("annual general meeting 2027");
    }

    @Test
    @DisplayName("a link said to be sent later in Dutch ('De link voor de online sessie ontvangt u', 'wordt daarna per"
            + " mail bezorgd', 'ontvangen de kijklink', 'sturen we u … toe') is a link to follow")
    void dutchLinksToCome() {
        String head = "Webinar Bodemdaling\n\nDinsdag 8 juni 2027, 15.00 tot 16.00 uur, online via Teams.\n\n";
        for (String words : new String[] {"De link voor de online sessie ontvangt u een dag van tevoren per e-mail.",
                "De link naar de livestream wordt daarna per mail bezorgd.",
                "Deelnemers online ontvangen de kijklink uiterlijk de dag ervoor.",
                "De link om deel te nemen sturen we u op maandag 7 juni per e-mail toe."}) {
            assertThat(scored("a.txt", head + words + "\n", "channel")).as(words).contains("link-follows");
        }
    }

    @Test
    @DisplayName("tickets sold at the gate or the festival office, or 'op de avond zelf te koop', are a way in person")
    void ticketsAtTheGate() {
        String head = "Riverside Folk Day\n\nSaturday 12 June 2027, 11am to 6pm, Castle Meadow, Bridge Street, Ludlow"
                + " SY8 1AB.\n\n";
        assertThat(scored("a.txt", head + "Day tickets will be sold at the gate if any remain.\n", "channel"))
                .contains("in-person");
        assertThat(scored("a.txt", head + "Tickets are also on sale at the festival office in the Market House.\n",
                "channel")).contains("in-person");
        String dutch = "Voorjaarsconcert\n\nZaterdag 12 juni 2027, 20.00 uur, Kerk De Schakel, Kerkstraat 11, 7771 AB"
                + " Hardenberg.\n\nZijn er nog kaarten over, dan zijn die op de avond zelf te koop.\n";
        assertThat(scored("a.txt", dutch, "channel")).contains("in-person");
    }

    @Test
    @DisplayName("the phone and e-mail under a 'Box Office' heading are ways to book")
    void boxOfficeHeading() {
        String text = "<html><body><main><section><h1>Autumn Serenade</h1><p>Saturday 9 October 2027, 7.30pm, St"
                + " Cecilia's Hall, 50 Niddry Street, Edinburgh EH1 1LG</p><h3>Box Office</h3><p>Phone 0131 496 0742"
                + " (Monday to Friday) or e-mail boxoffice@serenade.example.co.uk.</p></section></main></body></html>";
        assertThat(scored("a.html", text, "channel")).contains("email boxoffice@serenade.example.co.uk",
                "phone +44 131 496 0742");
    }

    @Test
    @DisplayName("'kom naar het Auditorium … of kijk mee via Teams' is hybrid, and a plain text's 'Sprekers' alone over"
            + " a list heads its speakers with their organisations")
    void comeOrWatchAndSpeakersLabel() {
        String text = "Kennissessie bodemdata\n\nDonderdag 14 oktober 2027, 15.30 tot 17.00 uur\n\nKom naar Auditorium"
                + " De Werf, Kanaalweg 112, 3526 KM Utrecht, of kijk mee via Teams.\n\nSprekers\n"
                + "- Lotte Mulder, senior adviseur bij Brugman Infra\n- Sander Koops, programmamanager bij Waterschap"
                + " Lingestroom\n";
        assertThat(scored("a.txt", text, "attendance")).containsExactly("hybrid");
        assertThat(scored("a.txt", text, "role")).contains("lotte mulder = speaker", "sander koops = speaker");
        assertThat(Cues.organisations("a.txt", text)).contains("brugman infra", "waterschap lingestroom");
    }

    @Test
    @DisplayName("an Irish or British street without a number before the town ('…, University Road, Galway H91 E7K2')"
            + " is the street, and the venue is named before it")
    void unnumberedStreet() {
        String text = "Public Lecture\n\nThursday 11 November 2027, 6.30pm\n\nVenue: Kilbride Theatre, Quadrangle"
                + " Building, University Road, Galway H91 E7K2\n";
        assertThat(scored("a.txt", text, "place")).contains("university road", "galway", "h91 e7k2");
    }

    @Test
    @DisplayName("Irish given names with their accents ('Seán', 'Máire', 'Órla', 'Tomás') open a person's name")
    void irishGivenNames() {
        String text = "Spring Recital\n\nSaturday 20 March 2027 at 8pm, St Finian's Church, Main Street, Clonmore,"
                + " Co. Kildare W91 K2T7.\n\nThe choir's director Máire Ní Bhriain welcomes tenor Seán Kilbride and"
                + " harpist Órla Devane.\n";
        assertThat(scored("a.txt", text, "person")).contains("máire ní bhriain", "seán kilbride", "órla devane");
    }

    @Test
    @DisplayName("a generic word alone after a position ('Head of the School') names no organisation")
    void genericBodyWord() {
        String text = "Public Lecture\n\nThursday 11 November 2027, 6.30pm, Kilbride Theatre, University Road,"
                + " Galway H91 E7K2\n\nThe lecture will be chaired by Dr Ciarán Moloney, Head of the School.\n";
        assertThat(scored("a.txt", text, "role")).contains("ciarán moloney = chair");
        assertThat(Cues.organisations("a.txt", text)).doesNotContain("school", "the school");
    }

    @Test
    @DisplayName("one welcomed 'to deliver this year's lecture' speaks, with the organisation after their name")
    void welcomedToDeliver() {
        String text = "Annual Lecture\n\nThursday 11 November 2027, 6.30pm, Kilbride Theatre, University Road,"
                + " Galway H91 E7K2\n\nThe School is delighted to welcome Professor Aoife Byrne of the University of"
                + " St Andrews to deliver this year's lecture.\n";
        assertThat(scored("a.txt", text, "role")).contains("aoife byrne = speaker");
        assertThat(Cues.organisations("a.txt", text)).contains("university of st andrews");
    }

    @Test
    @DisplayName("a table set inside a list item keeps its rows apart: each row's time and people are read")
    void tableInListItem() {
        String text = "# Netwerkbijeenkomst\n\nDonderdag 1 april 2027, 10.00 tot 12.00 uur, online\n\n"
                + "- | | |\n|---|---|\n| 10.00 | Aftrap Mirko Noordegraaf, voorzitter van de VB |\n"
                + "| 10.45 | Paneldiscussie, geleid door Peggy Hurkmans, gemeentesecretaris Bernheze |\n"
                + "| 12.00 | Afsluiting |\n";
        assertThat(scored("a.md", text, "item")).contains("2027-04-01t10:00", "2027-04-01t10:45");
        assertThat(scored("a.md", text, "person")).contains("mirko noordegraaf", "peggy hurkmans");
    }
}
