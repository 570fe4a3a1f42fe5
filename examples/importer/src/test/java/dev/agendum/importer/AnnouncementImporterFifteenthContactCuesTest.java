package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contacts devset-next (d191-d210) missed, each in two wordings of its own: a fediverse handle is no e-mail
 * address; a contact card (name, position, addresses) under a cue that ends in a colon; and a British text's
 * numbers without country code, read as British.
 */
@DisplayName("AnnouncementImporter reads the contacts devset-next set in round fifteen")
class AnnouncementImporterFifteenthContactCuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Digitaal Buurthuis @digibuurthuis@social.example.nl · 3 feb 2027, 11:02",
        "Samen met @stadsbieb@social.example.nl. Vragen? Bel 038 720 41 15."})
    @DisplayName("a fediverse handle (@name@server) is no e-mail address")
    void handleIsNoEmail(String line) {
        String text = "Fediverse-avond\n\nDonderdag 25 februari 2027 om 19.30 uur in de bibliotheek, Diezerstraat 80, "
                + "Zwolle.\n\n" + line + "\n";
        assertThat(scored("a.txt", text, "email")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"If your question isn't answered here, get in touch with me:",
        "Heeft u nog vragen? Neem dan contact op met:"})
    @DisplayName("a contact card under a cue ending in a colon gives its person's address")
    void contactCardUnderACue(String cue) {
        String text = "# Match day\n\nSaturday 12 June 2027, 11am, Harcombe Recreation Ground, Bristol\n\n" + cue
                + "\n\nSam Okonjo\nClub Secretary, Harcombe Cricket Club\nsecretary@harcombecc.example.com · 0117 496 "
                + "0352 (evenings)\n";
        Draft draft = Cues.read("a.md", text);
        assertThat(Cues.scored(draft, "email")).containsExactly("secretary@harcombecc.example.com");
        assertThat(draft.event().contacts()).singleElement()
                .satisfies(c -> assertThat(c.personId()).hasValue("sam-okonjo"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Claybank Studio, 14 Mill Lane, Bristol BS3 4QD. Questions? Call 0117 496 0321.|+44 117 496 0321",
        "The bar takes cards; pints from £4. Questions? Ring the club on 07911 123456.|+44 7911 123456"})
    @DisplayName("a British text's number without country code is read as British")
    void britishNumbers(String line, String phone) {
        String text = "Wheel throwing\n\nSaturday 6 March 2027, 10am - 1pm\n\n" + line + "\n";
        assertThat(scored("a.txt", text, "phone")).containsExactly(phone.toLowerCase(java.util.Locale.ROOT));
    }
}
