package dev.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LocalizedText")
class LocalizedTextTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private final LocalizedText closing = LocalizedText.of(NL, "Afsluiting").with(Locale.ENGLISH, "Closing");

    @Test
    @DisplayName("returns the value in the asked-for language")
    void exactLanguage() {
        assertThat(closing.get(Locale.ENGLISH)).isEqualTo("Closing");
        assertThat(closing.get(NL)).isEqualTo("Afsluiting");
    }

    @Test
    @DisplayName("falls back to the default language when the asked-for one is missing")
    void fallback() {
        assertThat(closing.get(Locale.GERMAN)).isEqualTo("Afsluiting");
        assertThat(closing.find(Locale.GERMAN)).isEmpty();
    }

    @Test
    @DisplayName("ignores region and variant when looking up a language")
    void regionIgnored() {
        assertThat(closing.get(Locale.forLanguageTag("en-GB"))).isEqualTo("Closing");
        assertThat(closing.get(Locale.forLanguageTag("nl-BE"))).isEqualTo("Afsluiting");
    }

    @Test
    @DisplayName("keeps the first language as default when more are added")
    void defaultStays() {
        assertThat(closing.defaultLanguage()).isEqualTo(NL);
        assertThat(closing.text()).isEqualTo("Afsluiting");
    }

    @Test
    @DisplayName("iterates languages in tag order, whatever order they were added in")
    void deterministicOrder() {
        LocalizedText text = LocalizedText.of("nl", "x").with(Locale.forLanguageTag("de"), "y")
                .with(Locale.ENGLISH, "z");
        assertThat(text.values().keySet()).extracting(Locale::toLanguageTag).containsExactly("de", "en", "nl");
    }

    @Test
    @DisplayName("refuses blank text and a default language without text")
    void invariants() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("nl", " "))
                .withMessageContaining("blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LocalizedText(NL, Map.of(Locale.ENGLISH, "Closing")))
                .withMessageContaining("default language 'nl'");
    }

    @Test
    @DisplayName("compares by value, including the default language")
    void equality() {
        assertThat(LocalizedText.of("nl", "Welkom")).isEqualTo(LocalizedText.of(NL, "Welkom"))
                .hasSameHashCodeAs(LocalizedText.of(NL, "Welkom"));
        LocalizedText englishFirst = LocalizedText.of(Locale.ENGLISH, "Closing").with(NL, "Afsluiting");
        assertThat(englishFirst).isNotEqualTo(closing);
    }
}
