package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which country a text's numbers without country code are read in, and how they are written then. */
@DisplayName("Phones")
class PhonesTest {

    @Test
    @DisplayName("reads a text's numbers as Dutch unless the text shows another country")
    void dutchByDefault() {
        assertThat(Phones.region("Bel ons op 030 123 45 67.")).isEqualTo("NL");
        assertThat(Phones.region("Bel 09 223 45 67, Kerkstraat 4, 9850 Deinze")).isEqualTo("BE");
        assertThat(Phones.region("Call 065 684 9012, Ennis, Co. Clare")).isEqualTo("IE");
        assertThat(Phones.region("Tickets £12, call 0117 496 0321")).isEqualTo("GB");
    }

    @Test
    @DisplayName("reads an eleven-digit number from 01, 02, 03 or 07 as British, and a Dutch 0900 number as Dutch")
    void elevenDigitsAreBritish() {
        assertThat(Phones.region("Ring Sandra on 0113 496 0782 to book.")).isEqualTo("GB");
        assertThat(Phones.find("Ring Sandra on 0113 496 0782 to book.", "GB")).extracting(Phones.Found::international)
                .containsExactly("+44 113 496 0782");
        assertThat(Phones.region("Bel de servicelijn 0900 1234567.")).isEqualTo("NL");
    }
}
