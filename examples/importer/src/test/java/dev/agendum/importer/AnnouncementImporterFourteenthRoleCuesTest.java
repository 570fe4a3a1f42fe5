package dev.agendum.importer;

import static dev.agendum.importer.Cues.BUURTAVOND;
import static dev.agendum.importer.Cues.COMMUNITY_EVENING;
import static dev.agendum.importer.Cues.scored;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The roles devset-next still missed after round thirteen: a people heading that names its occasion after the role
 * word ("Sprekers bij de slotmanifestatie"), who presents the occasion ("Presentatie: …"), the Dutch separable verbs
 * of a talk ("licht … toe", "laat … zien") and a verb set before its speakers ("Daar vertellen A en B …"). Each in
 * two wordings of its own.
 */
@DisplayName("AnnouncementImporter reads the roles devset-next set in round fourteen")
class AnnouncementImporterFourteenthRoleCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"## Sprekers bij de slotmanifestatie | nl", "## Speakers at the closing rally | en"})
    @DisplayName("the people listed under a role heading that names its occasion after the role word hold the role")
    void roleHeadingWithItsOccasion(String heading, String language) {
        String text = "# " + (language.equals("nl") ? BUURTAVOND : COMMUNITY_EVENING) + heading
                + "\n\n- Noor Achterberg, student hydrologie\n- Fatima Zahraoui, FNV Utrecht\n";
        assertThat(scored("a.md", text, "role")).contains("noor achterberg = speaker", "fatima zahraoui = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Presentatie: Bas Kuiper | bas kuiper", "Presentatie: Eva Jansen. | eva jansen"})
    @DisplayName("who presents the occasion ('Presentatie: …') is its host")
    void presentedBy(String line, String person) {
        String text = BUURTAVOND + "We lopen samen naar het stadhuis.\n\n" + line + "\n";
        assertThat(scored("a.txt", text, "role")).contains(person + " = host");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Penningmeester Femke Lagrand licht de begroting en de ledenlening toe. | femke lagrand",
        "Architect Sven Oudshoorn laat de plannen voor fase 2 zien. | sven oudshoorn"})
    @DisplayName("who explains ('licht … toe') or shows ('laat … zien') something speaks")
    void separableVerbsOfATalk(String sentence, String person) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role")).contains(person + " = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Daar vertellen conrector Mirjam Steenbergen en Henk Wolters hoe de school veranderde. | mirjam steenbergen",
        "In de tuin vertellen Anna de Vries en Henk Wolters over de bijen. | anna de vries"})
    @DisplayName("the speakers after a verb set before them ('Daar vertellen A en B …') speak")
    void verbBeforeItsSpeakers(String sentence, String person) {
        assertThat(scored("a.txt", BUURTAVOND + sentence + "\n", "role"))
                .contains(person + " = speaker", "henk wolters = speaker");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Presentation: Bas Kuiper", "Presentatie"})
    @DisplayName("an English 'Presentation:' label or a bare 'Presentatie' names no host")
    void noHostWithoutTheDutchLabel(String line) {
        String text = COMMUNITY_EVENING + line + "\n";
        assertThat(scored("a.txt", text, "role")).noneMatch(r -> r.endsWith("= host"));
    }
}
