package dev.agendum.importer;

import static dev.agendum.importer.Cues.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The organisers devset-next (d191-d210) missed, each in two wordings of its own: the body after the verb when an
 * adverb opens the sentence ("Daarom organiseert X op …"), the body that has the pleasure of inviting, the bodies an
 * event is a collaboration of, and those that made it possible; a body said to be a collaboration is none.
 */
@DisplayName("AnnouncementImporter reads the organisers devset-next set in round fifteen")
class AnnouncementImporterFifteenthOrganisationCuesTest {

    private static final String WHEN = "Buurtavond\n\nDatum: dinsdag 16 maart 2027, 19.30 - 21.30 uur\nPlaats: Buurthuis "
            + "De Klimop, Lijsterbeslaan 14, Helmond\n\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Daarom organiseert Buurtpreventie Vlierhof op dinsdag 16 maart een avond voor bewoners.",
        "Dit jaar organiseert Buurtpreventie Vlierhof een avond voor alle bewoners."})
    @DisplayName("after an adverb that opens the sentence, the body after 'organiseert' organises, not the adverb")
    void invertedOrganiser(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n")).contains("buurtpreventie vlierhof")
                .doesNotContain("daarom", "dit jaar");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Uitgeverij Scheldehuis heeft het genoegen u uit te nodigen op de voorstelling.",
        "Uitgeverij Scheldehuis is pleased to invite you to the launch."})
    @DisplayName("the body that has the pleasure of inviting is the organiser, its verb no part of its name")
    void pleasedToInvite(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n")).contains("uitgeverij scheldehuis")
                .noneMatch(o -> o.contains("heeft") || o.contains("pleased"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"De werkdag was een samenwerking van Stichting Groene Wolden en IVN Barneveld.",
        "The work day is a collaboration between Stichting Groene Wolden and IVN Barneveld."})
    @DisplayName("the bodies an event is a collaboration of put it on")
    void collaborationOf(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n"))
                .contains("stichting groene wolden", "ivn barneveld");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"De avond wordt mee mogelijk gemaakt door het Vlaams Letterenhuis.",
        "The evening is made possible by the Vlaams Letterenhuis."})
    @DisplayName("the body that made the event possible is named as one who puts it on")
    void madePossibleBy(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n")).contains("vlaams letterenhuis");
    }

    @Test
    @DisplayName("a body that is itself a collaboration ('Het Kenniscentrum is een samenwerking van …') names none")
    void bodyThatIsACollaboration() {
        String text = WHEN + "Het Kenniscentrum Kust is een samenwerking van Zeeuwse kennisinstellingen en bedrijven.\n";
        assertThat(organisations("a.txt", text)).noneMatch(o -> o.contains("kennisinstellingen"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The live show is presented by Paper Lantern Audio and the Northern Histories Trust.",
        "De voorstelling wordt gemaakt door Paper Lantern Audio en de Northern Histories Trust."})
    @DisplayName("the bodies a show is presented or made by put it on")
    void presentedBy(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n"))
                .contains("paper lantern audio", "northern histories trust");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Organisatie: Lions Club Helmond, met steun van de Veiligheidsregio Brabant.",
        "De avond wordt georganiseerd door Lions Club Helmond, met de steun van de Veiligheidsregio Brabant."})
    @DisplayName("support named in the organisers' clause, after a comma, names one who puts it on")
    void supportInTheOrganisersClause(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n")).contains("veiligheidsregio brabant");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Met de steun van Stad Sint-Niklaas en Boekhandel Leesteken.",
        "De leerstoel is ingesteld met steun van de provincie Drenthe."})
    @DisplayName("support said on its own, or for something else, names no organiser")
    void supportOnItsOwn(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n"))
                .noneMatch(o -> o.contains("sint-niklaas") || o.contains("drenthe"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Your hosts Priya Lowther and Callum Reade will record a full episode.",
        "Our hosts Priya Lowther and Callum Reade welcome you."})
    @DisplayName("a possessive before 'hosts' names no body that hosts")
    void possessiveHostsIsNoBody(String sentence) {
        assertThat(organisations("a.txt", WHEN + sentence + "\n")).noneMatch(o -> o.matches("your|our"));
    }
}
