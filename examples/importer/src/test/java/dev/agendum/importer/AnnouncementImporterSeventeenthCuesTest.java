package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the thirteenth held-out set, read as d231-d250 after it was scored, missed and round seventeen reads, each in
 * wordings of its own.
 */
@DisplayName("AnnouncementImporter reads what d231-d250 missed in round seventeen")
class AnnouncementImporterSeventeenthCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Thread: ", "Discussion: ", "Discussie: "})
    @DisplayName("a forum's thread label is no part of the title")
    void threadLabel(String label) {
        String text = label + "Riverside Readers March meetup\n\nThursday 18 March 2027, 19:30 - 21:30, The Lamp Room, "
                + "4 Quay Street, Leeds LS1 4QT\n";
        assertThat(scored("a.txt", text, "title")).containsExactly("riverside readers march meetup");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The Zoom joining link follows by e-mail the day before the session.",
            "A link to follow: we will e-mail the joining link on the morning of the talk.",
            "De Teams-link sturen wij u uiterlijk een dag van tevoren.",
            "De link naar de online sessie volgt in een aparte mail."})
    @DisplayName("a link to take part that is still to come, said anywhere, is a channel to follow")
    void joinLinkToCome(String sentence) {
        String text = "Webinar over archieven\n\nWoensdag 5 mei 2027, 14.00 - 15.30 uur, online.\n\n"
                + "Aanmelden via https://www.archief.example.nl/webinar.\n\n" + sentence + "\n";
        assertThat(scored("a.txt", text, "channel")).contains("link-follows", "web https://www.archief.example.nl/webinar");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Newcastle upon Tyne NE1 3SW=newcastle upon tyne", "Stratford-upon-Avon CV37 6BB=stratford-upon-avon"})
    @DisplayName("a British town's small links stay in its name before the postcode")
    void britishTownWithLinks(String example) {
        String[] parts = example.split("=");
        String text = "Platform Day North 2027\n\nThursday 20 May 2027, 08:30 - 18:00\nForth Yard Works, 14 Pottery Lane, "
                + parts[0] + "\n";
        assertThat(scored("a.txt", text, "place")).contains("forth yard works", "14 pottery lane", parts[1]);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a possessive after a name is no part of it")
    void possessive() {
        String text = Cues.COMMUNITY_EVENING + "Joanna Prescott's new novel follows three generations of salt merchants.\n"
                + "19:30 Talk by Joanna Prescott\n";
        assertThat(scored("a.txt", text, "person")).containsExactly("joanna prescott");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a body's own word after 'en' opens a second organiser: 'Provincie Drenthe en Waterschap Hunze en Aa's'")
    void secondBodyAfterEn() {
        String text = "Dialoogsessie water\n\nDinsdag 12 oktober 2027, 14.00 - 16.00 uur, online.\n\n"
                + "De sessie wordt georganiseerd door Provincie Drenthe en Waterschap Hunze en Aa's.\n";
        assertThat(Cues.organisations("a.txt", text)).contains("provincie drenthe", "waterschap hunze en aa's");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a card's 'Datum:' over its 'Tijd:' line outranks a later sentence with a date and a time")
    void dateCardOverItsTimes() {
        String text = "Raadsinformatieavond\n\nDatum:   dinsdag 23 februari 2027\nTijd:    19:30 tot 21:45 uur\n"
                + "Locatie: Gemeentehuis Rijnwaarde, Raadhuisplein 1, 3995 XK Rijnhuizen\n\n"
                + "Op donderdag 10 juni 2027 om 19:30 uur houdt de raad een besloten werksessie.\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-02-23t19:30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ST ALDHELM'S PARISH E-NEWS\nAlresford  |  Friday 26 February 2027",
            "NIEUWSBRIEF WIJKVERENIGING OOST\nvrijdag 26 februari 2027"})
    @DisplayName("a mailing's issue date under its masthead is not the event's")
    void issueDate(String masthead) {
        String text = masthead + "\n\nIn this issue: the concert, lunches.\n\nSpring Serenade\nSaturday 20 March 2027, "
                + "7.30pm\nSt Aldhelm's Church Hall, 14 Vicarage Road, Alresford SO24 9DL\n";
        assertThat(scored("a.txt", text, "start")).containsExactly("2027-03-20t19:30");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a sentence on when one can still sign up is no programme item, and the draft passes the validator")
    void signUpSentenceIsNoItem() {
        String text = "Fun Run 2027\n\nSunday 9 May 2027, 08:00 - 13:30, Greenhill Park, Park Lane, Sheffield S10 2PQ\n\n"
                + "The race village opens at 08:00 for number collection. At 09:00 Priya Shah leads a warm-up.\n\n"
                + "Enter on the day at the registration tent, from 08:00 until 30 minutes before your start.\n";
        Draft draft = Cues.read("a.txt", text);
        assertThat(draft.valid()).as("%s", draft.violations()).isTrue();
    }
}
