package dev.agendum.ical;

import static dev.agendum.ical.FeedAssertions.unfold;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.testing.BundleKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The feed's own words come from resource bundles, one file per language")
class WordsTest {

    @Test
    @DisplayName("every language file of ical (Words, ChangeNotice) has exactly the keys of its root file")
    void sameKeys() throws IOException {
        BundleKeys.assertSameKeys(Path.of("src/main/resources"));
    }

    @Test
    @DisplayName("every word exists in English, Dutch and German, and in English for any other language")
    void everyWord() {
        for (Words word : Words.values()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.GERMAN)) {
                assertThat(word.label(language)).as(word + " in " + language).isNotBlank();
            }
            assertThat(word.label(Locale.ITALIAN)).isEqualTo(word.label(Locale.ENGLISH));
        }
        assertThat(Words.PROGRAMME.label(Locale.GERMAN)).isEqualTo("Programm");
    }

    @Test
    @DisplayName("a German feed's DESCRIPTION: German words and labels, nouns keeping their capital in a sentence")
    void germanDescription() {
        String feed = unfold(FeedWriter.builder().language(Locale.GERMAN).build().write(List.of(TestEvents.hybrid())));
        assertThat(feed).contains("\\n\\nProgramm:\\n10.00–10.45 Aftrap\\n10.45–12.00 Paneldiscussie — "
                + "Peggy Hurkmans (Podiumsleitung)\\, Martijn van der Steen (Podiumsgast\\, Adj-directeur\\, NSOB\\; "
                + "Hoogleraar\\, EUR)\\n11.30–12.00 Vragen uit de chat\\n12.00 Afsluiting");
        assertThat(feed).contains("\\n\\nAnmeldung:", "(Auskunft)");
    }

    @Test
    @DisplayName("labels inside a sentence are lower case in English and Dutch, as they are in German")
    void inSentence() {
        assertThat(Words.inSentence("Panel leader", Locale.ENGLISH)).isEqualTo("panel leader");
        assertThat(Words.inSentence("Panellid", Locale.forLanguageTag("nl"))).isEqualTo("panellid");
        assertThat(Words.inSentence("Podiumsgast", Locale.GERMAN)).isEqualTo("Podiumsgast");
    }
}
