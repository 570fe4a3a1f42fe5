package dev.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agendum.testing.BundleKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Labels come from resource bundles, one file per language")
class LabelsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale GERMAN = Locale.GERMAN;

    /** Every enumeration of the model with labels. */
    private static final List<Class<? extends Labelled>> LABELLED = List.of(RoleType.class, ItemKind.class,
            EventStatus.class, AttendanceMode.class, Registration.Requirement.class, Contact.Role.class,
            Link.Relation.class, RegistrationChannel.Type.class, RegistrationChannel.Purpose.class);

    @Nested
    @DisplayName("a label")
    class Label {

        @Test
        @DisplayName("is in the language asked for: English, Dutch or German")
        void threeLanguages() {
            assertThat(RoleType.PANELLIST.label(Locale.ENGLISH)).isEqualTo("Panellist");
            assertThat(RoleType.PANELLIST.label(DUTCH)).isEqualTo("Panellid");
            assertThat(RoleType.PANELLIST.label(GERMAN)).isEqualTo("Podiumsgast");
            assertThat(ItemKind.CLOSING.label(Locale.forLanguageTag("de-AT"))).isEqualTo("Abschluss");
            assertThat(EventStatus.CANCELLED.label(GERMAN)).isEqualTo("Abgesagt");
            assertThat(Registration.Requirement.REQUIRED.label(GERMAN)).isEqualTo("Anmeldung erforderlich");
        }

        @Test
        @DisplayName("is English for a language Agendum has no words in, and for the root locale")
        void englishOtherwise() {
            assertThat(RoleType.PANELLIST.label(Locale.FRENCH)).isEqualTo("Panellist");
            assertThat(RoleType.PANELLIST.label(Locale.ROOT)).isEqualTo("Panellist");
            assertThat(AttendanceMode.IN_PERSON.label(Locale.forLanguageTag("zz"))).isEqualTo("In person");
        }

        @Test
        @DisplayName("is English, not the JVM's default language, when the bundle falls back to the default locale")
        void notTheDefaultLocale() {
            // ResourceBundle.getBundle answers a language without a file with the default locale's bundle: here
            // every request is answered with the German one, as on a machine whose default locale is German.
            Labels<RoleType> labels = Labels.of(RoleType.class, "RoleType", language -> ResourceBundle.getBundle(
                    ModelBundle.NAME, Locale.ENGLISH.equals(language) ? Locale.ENGLISH : GERMAN));
            assertThat(labels.label(RoleType.CHAIR, Locale.FRENCH)).isEqualTo("Chair");
            assertThat(labels.label(RoleType.CHAIR, GERMAN)).isEqualTo("Vorsitz");
        }

        @Test
        @DisplayName("exists, not blank, for every constant in every language")
        void everyConstant() {
            for (Class<? extends Labelled> type : LABELLED) {
                for (Labelled constant : type.getEnumConstants()) {
                    for (Locale language : List.of(Locale.ENGLISH, DUTCH, GERMAN, Locale.ITALIAN)) {
                        assertThat(constant.label(language)).as(constant + " in " + language).isNotBlank();
                    }
                    assertThat(constant.label(GERMAN)).as(constant + " has German words").isNotNull();
                }
            }
        }

        @Test
        @DisplayName("is the same object on every call: the bundle is read once per language")
        void cached() {
            assertThat(ItemKind.BREAK.label(GERMAN)).isSameAs(ItemKind.BREAK.label(GERMAN));
        }
    }

    @Nested
    @DisplayName("every language file of core")
    class Bundles {

        @Test
        @DisplayName("has exactly the keys of its root file (English), and the _en file none: English is the root")
        void sameKeys() throws IOException {
            BundleKeys.assertSameKeys(Path.of("src/main/resources"));
        }
    }
}
