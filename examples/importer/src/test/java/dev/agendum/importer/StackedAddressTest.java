package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Addresses set one part a line, a British postcode alone on the last. */
@DisplayName("StackedAddress")
class StackedAddressTest {

    private static List<Line> leaves(String text) {
        return PlainReader.read(text).lines();
    }

    @Test
    @DisplayName("reads the venue, street and town over a postcode alone on its line")
    void venueStreetTownCode() {
        List<Line> leaves = leaves("WHERE\nThe Old Library Gallery\n22 Church Street\nRomsey\nSO51 8BT\n");
        StackedAddress.Parts parts = StackedAddress.at(leaves, 4).orElseThrow();
        assertThat(parts.venue()).map(Source::words).hasValue("The Old Library Gallery");
        assertThat(parts.street().words()).isEqualTo("22 Church Street");
        assertThat(parts.town().words()).isEqualTo("Romsey");
        assertThat(parts.code().words()).isEqualTo("SO51 8BT");
    }

    @Test
    @DisplayName("a label over the street names no venue; the address still stands")
    void labelOverStreet() {
        List<Line> leaves = leaves("Address:\n3a Mill Lane\nNewcastle upon Tyne\nNE1 3SW\n");
        StackedAddress.Parts parts = StackedAddress.at(leaves, 3).orElseThrow();
        assertThat(parts.venue()).isEmpty();
        assertThat(parts.town().words()).isEqualTo("Newcastle upon Tyne");
    }

    @Test
    @DisplayName("a postcode under lines that are no town and street is no stacked address")
    void notAnAddress() {
        assertThat(StackedAddress.at(leaves("Doors open at 7pm.\nBring a friend.\nSO51 8BT\n"), 2)).isEmpty();
        assertThat(StackedAddress.at(leaves("The Old Library Gallery\n22 Church Street\nRomsey SO51 8BT\n"), 2))
                .isEmpty();
    }
}
