package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which town after a body's name is where it stands rather than part of its name. */
@DisplayName("PlacedNames")
class PlacedNamesTest {

    private static Found.Organisation body(String name) {
        return new Found.Organisation(name, Optional.empty(), new Source(0, name.length(), name));
    }

    private static String without(String name, String town) {
        return PlacedNames.withoutTown(body(name), Optional.of(town)).name();
    }

    @Test
    @DisplayName("drops the event's town after a comma, after 'in', or after a name of its own led by an article")
    void dropsTheTown() {
        assertThat(without("Clydeworks Museum, Greenock", "Greenock")).isEqualTo("Clydeworks Museum");
        assertThat(without("basisschool De Regenboog in Tienen", "Tienen")).isEqualTo("basisschool De Regenboog");
        assertThat(without("Theater Het Pakhuis Zutphen", "Zutphen")).isEqualTo("Theater Het Pakhuis");
    }

    @Test
    @DisplayName("keeps a town that is part of the name, and a name that is the town alone")
    void keepsANamingTown() {
        assertThat(without("Gemeente Zutphen", "Zutphen")).isEqualTo("Gemeente Zutphen");
        assertThat(without("Bibliotheek Culemborg", "Culemborg")).isEqualTo("Bibliotheek Culemborg");
        assertThat(without("Zutphen", "Zutphen")).isEqualTo("Zutphen");
        assertThat(PlacedNames.withoutTown(body("Theater Het Pakhuis Zutphen"), Optional.empty()).name())
                .isEqualTo("Theater Het Pakhuis Zutphen");
    }
}
