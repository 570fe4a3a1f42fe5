package dev.agendum.model;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A programme item's status")
class ProgrammeItemTest {

    private static ProgrammeItem.Builder talk() {
        return ProgrammeItem.builder("talk", at("14:30"), ItemKind.TALK, nl("Lezing"));
    }

    @Test
    @DisplayName("is scheduled unless set, also through the constructor that predates statuses")
    void scheduledByDefault() {
        ProgrammeItem built = talk().build();
        ProgrammeItem constructed = new ProgrammeItem("talk", at("14:30"), Optional.empty(), ItemKind.TALK,
                Optional.empty(), nl("Lezing"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of());
        assertThat(built.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(built.previousStart()).isEmpty();
        assertThat(built.cancelled()).isFalse();
        assertThat(constructed).isEqualTo(built);
    }

    @Test
    @DisplayName("a cancelled item stays an item, marked cancelled")
    void cancelled() {
        ProgrammeItem item = talk().status(EventStatus.CANCELLED).build();
        assertThat(item.cancelled()).isTrue();
        assertThat(item.toBuilder().build()).isEqualTo(item);
    }

    @Test
    @DisplayName("a moved item keeps its previous start and is rescheduled")
    void moved() {
        ProgrammeItem item = talk().movedFrom(at("14:00")).build();
        assertThat(item.status()).isEqualTo(EventStatus.RESCHEDULED);
        assertThat(item.previousStart()).contains(at("14:00"));
        assertThat(item.toBuilder().build()).isEqualTo(item);
        assertThat(talk().status(EventStatus.POSTPONED).movedFrom(at("14:00")).build().status())
                .isEqualTo(EventStatus.POSTPONED);
    }

    @Test
    @DisplayName("refuses a previous start on an item that did not move")
    void previousStartOnlyWhenMoved() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> talk().movedFrom(at("14:00")).status(EventStatus.CANCELLED).build())
                .withMessageContaining("previous start");
    }
}
