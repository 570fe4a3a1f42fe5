package dev.agendum.json.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Currency;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The schema's lists of zones and currencies")
class KnownCodesTest {

    @Test
    @DisplayName("are sorted, distinct and well formed, and hold the names a document is likely to use")
    void wellFormed() {
        assertThat(KnownCodes.zones()).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(500)
                .contains("Europe/Amsterdam", "Europe/Brussels", "America/New_York", "UTC")
                .allMatch(zone -> !zone.isBlank() && zone.strip().equals(zone));
        assertThat(KnownCodes.currencies()).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(150)
                .contains("EUR", "GBP", "USD").allMatch(code -> code.matches("[A-Z]{3}"));
    }

    @Test
    @DisplayName("never let the schema accept what the reader refuses: this JDK knows every listed name and code")
    void knownToTheJdk() {
        assertThat(ZoneId.getAvailableZoneIds()).containsAll(KnownCodes.zones());
        assertThat(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .collect(Collectors.toSet())).containsAll(KnownCodes.currencies());
    }
}
