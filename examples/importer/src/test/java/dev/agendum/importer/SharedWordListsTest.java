package dev.agendum.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weekdays' names that several readers share, spelled once in {@link DateReader}, and the order
 * {@link DateReader#weekdayNames} reads a day's two names from.
 */
@DisplayName("The shared word lists")
class SharedWordListsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"MONDAY, maandag|monday", "WEDNESDAY, woensdag|wednesday", "SATURDAY, zaterdag|saturday",
        "SUNDAY, zondag|sunday"})
    @DisplayName("give each weekday its Dutch and its English name")
    void weekdayNames(DayOfWeek day, String names) {
        assertThat(DateReader.weekdayNames(day)).isEqualTo(names);
    }

    @Test
    @DisplayName("name each weekday once in full and once abbreviated, in Dutch and in English")
    void weekdays() {
        assertThat(DateReader.WEEKDAY_NAMES.split("\\|")).hasSize(14).doesNotHaveDuplicates();
        assertThat(DateReader.WEEKDAY_SHORT.split("\\|")).hasSize(14).doesNotHaveDuplicates();
    }
}
