package dev.agendum.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.testing.ChangeFixture;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The readable change log")
class ChangeLogTextTest {

    private static final EventChanges FIXTURE = Publisher.at(ChangeFixture.REPUBLISHED)
            .publish(ChangeFixture.published(), ChangeFixture.changed()).changes();

    @Test
    @DisplayName("in English: a heading with the revisions, then the changes in programme order, old beside new")
    void english() {
        assertThat(ChangeLogText.in(Locale.ENGLISH).write(List.of(FIXTURE))).isEqualTo("""
                Changes to "Middag van de bestuurskunde" (vb-middag-2021-04-02): revision 1 → 2, \
                published 2021-03-20T08:30:00Z
                - 11.30 Werken in de wijk: moved: 2 April 2021 11.00 → 2 April 2021 11.30
                - 11.30 Regionale samenwerking: dropped from the programme, kept as cancelled: \
                Regionale samenwerking → (none)
                - 12.00 Panelgesprek: Panellist: replaced: Frank Mulder → Gijs de Boer
                """);
    }

    @Test
    @DisplayName("in Dutch: the same lines in Dutch words and dates")
    void dutch() {
        assertThat(ChangeLogText.in(Locale.forLanguageTag("nl")).write(List.of(FIXTURE))).isEqualTo("""
                Wijzigingen in "Middag van de bestuurskunde" (vb-middag-2021-04-02): revisie 1 → 2, \
                gepubliceerd 2021-03-20T08:30:00Z
                - 11.30 Werken in de wijk: verplaatst: 2 april 2021 11.00 → 2 april 2021 11.30
                - 11.30 Regionale samenwerking: uit het programma gehaald, blijft als geannuleerd staan: \
                Regionale samenwerking → (geen)
                - 12.00 Panelgesprek: Panellid: vervangen: Frank Mulder → Gijs de Boer
                """);
    }

    @Test
    @DisplayName("in German, from the property files alone: German words, German month names")
    void german() {
        assertThat(ChangeLogText.in(Locale.GERMAN).write(List.of(FIXTURE))).isEqualTo("""
                Änderungen an „Middag van de bestuurskunde“ (vb-middag-2021-04-02): Revision 1 → 2, \
                veröffentlicht 2021-03-20T08:30:00Z
                - 11.30 Werken in de wijk: verlegt: 2 April 2021 11.00 → 2 April 2021 11.30
                - 11.30 Regionale samenwerking: aus dem Programm genommen, als abgesagt geführt: \
                Regionale samenwerking → (keine)
                - 12.00 Panelgesprek: Podiumsgast: ersetzt: Frank Mulder → Gijs de Boer
                """);
    }

    @Test
    @DisplayName("in a language without words of its own: English")
    void otherLanguage() {
        assertThat(ChangeLogText.in(Locale.ITALIAN).write(List.of()))
                .isEqualTo("No changes since the published revisions.\n");
    }

    @Test
    @DisplayName("without changes it says so, in one line")
    void none() {
        assertThat(ChangeLogText.in(Locale.ENGLISH).write(List.of()))
                .isEqualTo("No changes since the published revisions.\n");
    }

    @Test
    @DisplayName("every kind of change has words in every language")
    void everyKind() {
        for (ChangeKind kind : ChangeKind.values()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.GERMAN)) {
                Change change = new Change(kind, "x", java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.of("a"), java.util.Optional.of("b"));
                assertThat(ChangeLogText.in(language).line(change)).doesNotContain("kind.").contains("a → b");
            }
        }
    }
}
