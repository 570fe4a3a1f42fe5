package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("GivenNames")
class GivenNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sanne", "Kofi", "Mark", "Geoff", "Dev", "Mehmet", "Siobhán", "Małgorzata", "Priya",
        "Xiaoming", "Fatima", "Joao"})
    @DisplayName("knows common given names of the Low Countries, Britain, Ireland and the communities living there")
    void known(String name) {
        assertThat(GivenNames.isGivenName(name)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jan-Willem", "Anne-Marie", "Pieter-Jan", "Marie-Louise"})
    @DisplayName("reads a hyphenated compound from its parts")
    void compounds(String name) {
        assertThat(GivenNames.isGivenName(name)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Will", "May", "Roos", "Hoop", "Ben", "Lies", "Paris", "Gemeente", "Jan-",
        "Noord-Brabant"})
    @DisplayName("leaves out names that are common words or places when capitalised, and what is no name")
    void leftOut(String word) {
        assertThat(GivenNames.isGivenName(word)).isFalse();
    }

    @Test
    @DisplayName("asks for a capital: a word set small is no name")
    void lowerCase() {
        assertThat(GivenNames.isGivenName("sanne")).isFalse();
        assertThat(GivenNames.isGivenName("")).isFalse();
    }
}
