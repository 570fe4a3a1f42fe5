package dev.agendum.importer;

import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ways to register and to ask that the ninth additions (d111–d130) were misread on, each in two wordings: ways
 * listed under a line that announces them, whom to ring named without a preposition, a way said after what it is
 * for, a question that asks to register answered in the next sentence, and a heading that asks a single question.
 */
@DisplayName("AnnouncementImporter reads the ways to register and to ask")
class AnnouncementImporterWaysCuesTest {

    private static final String DAY = "Buurtavond\n\nDatum: donderdag 21 oktober 2027, 19.30 - 21.30 uur\n"
            + "Plaats: Wijkcentrum De Linde, Lindelaan 4, Zwolle\n\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Reserveren kan bij de penningmeester:\\n038 421 55 10 (na 18 uur)\\nof kaarten@buurtkoor.example.nl"
            + "| phone +31 38 421 5510",
        "We vragen u zich vooraf aan te melden:\\n\\n- per telefoon: 038 - 421 55 10\\n- per e-mail: "
            + "avond@wijkraad.example.nl | email avond@wijkraad.example.nl"})
    @DisplayName("ways listed one a line under a line that announces them are channels, a number without a phone word")
    void listed(String lines, String channel) {
        assertThat(scored("a.md", DAY + lines.replace("\\n", "\n") + "\n", "channel")).contains(channel);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De zaal is klein, dus we vragen u zich uiterlijk maandag aan te melden, met uw naam en het\\naantal gasten:",
        "Places are limited, so please register by Monday, giving your name and the number of\\nguests:"})
    @DisplayName("the line that announces the ways may wrap onto a short one that ends with the colon")
    void wrapped(String lines) {
        String text = DAY + lines.replace("\\n", "\n") + "\n\n* per e-mail: avond@wijkraad.example.nl\n";
        assertThat(scored("a.md", text, "channel")).contains("email avond@wijkraad.example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Schrijf je in via het formulier of bel ons secretariaat op 038 421 55 10 (werkdagen van 9 tot 12 uur).",
        "Aanmelden: bel de balie op 038 421 55 10."})
    @DisplayName("whom to ring may be named without a preposition: 'bel ons secretariaat op …'")
    void whomToRing(String sentence) {
        assertThat(scored("a.txt", DAY + sentence + "\n", "channel")).contains("phone +31 38 421 5510");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Voor de zaal: bel de receptie via 038 421 55 10 (op werkdagen).",
        "In het wijkcentrum: bel de balie op 038 421 55 10."})
    @DisplayName("under a heading that asks how to register, the way may follow a few words on what it is for")
    void forWhat(String sentence) {
        String text = DAY + "### Hoe meld ik me aan?\n\n" + sentence + "\n";
        assertThat(scored("a.md", text, "channel")).contains("phone +31 38 421 5510");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nog niet aangemeld? Dat kan nog steeds via het formulier, of stuur een mailtje naar avond@wijkraad.example.nl.",
        "Wil je je nog aanmelden? Dat kan tot maandag per mail: stuur een bericht naar avond@wijkraad.example.nl."})
    @DisplayName("a question that asks to register is answered by the sentence after it")
    void answered(String sentences) {
        assertThat(scored("a.txt", DAY + sentences + "\n", "channel")).contains("email avond@wijkraad.example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Nog een vraag?", "Any other question?"})
    @DisplayName("a heading that asks one question gives a contact's address")
    void singleQuestion(String heading) {
        String text = DAY + "### " + heading + "\n\nMail naar wijkraad@buurt.example.nl.\n";
        assertThat(scored("a.md", text, "email")).contains("wijkraad@buurt.example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Vragen over je aanmelding? Stuur een mail naar hulp@wijkraad.example.nl.",
        "Any questions about registering? Send an e-mail to help@wijkraad.example.nl."})
    @DisplayName("a question about registering is no invitation: its address is no channel")
    void askingAbout(String sentences) {
        assertThat(scored("a.txt", DAY + sentences + "\n", "channel")).noneMatch(c -> c.startsWith("email"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "To enter, e-mail the name of your team and its captain to cup@wijkraad.example.nl.",
        "Enter your team by sending its name and age group to cup@wijkraad.example.nl before 1 May."})
    @DisplayName("entering a team for a tournament is registering")
    void enterTeam(String sentence) {
        assertThat(scored("a.txt", DAY + sentence + "\n", "channel")).contains("email cup@wijkraad.example.nl");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "**Hogeschool Oostrand** · Cursussen · [Alle cursussen](https://www.oostrand.example.nl/cursussen) · "
            + "[Inschrijven](https://www.oostrand.example.nl/cursussen/avond/inschrijven)",
        "**Harbour College** · Short courses · [All courses](https://www.harbour.example.com/courses) · "
            + "[Register](https://www.harbour.example.com/courses/evening/register)"})
    @DisplayName("in a menu of parts only the link that is the way to register is a channel")
    void menu(String menu) {
        String text = menu + "\n\n# Avondcursus\n\nOp donderdag 21 oktober 2027 van 19.30 tot 21.30 uur.\n";
        assertThat(scored("a.md", text, "channel")).hasSize(1).allMatch(c -> c.endsWith("/inschrijven")
                || c.endsWith("/register"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "- zondag 14 november 2027, 14.00 uur: herfstwandeling in het park. Aanmelden via wandel@wijkraad.example.nl.",
        "- Saturday 13 November 2027, 10 am: litter picking walk. Sign up at walk@wijkraad.example.nl."})
    @DisplayName("a line that opens with a day outside the event's registers for that other outing")
    void anotherDay(String outing) {
        String text = DAY + "Aanmelden via avond@wijkraad.example.nl.\n\nOOK IN DE AGENDA\n\n" + outing + "\n";
        assertThat(scored("a.txt", text, "channel")).containsExactly("email avond@wijkraad.example.nl");
    }
}
