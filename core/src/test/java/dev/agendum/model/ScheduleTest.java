package dev.agendum.model;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Programme scheduling")
class ScheduleTest {

    private static final TimeSpan EVENT = TimeSpan.of(at("14:00"), at("15:00"));

    @Test
    @DisplayName("an item without an end runs until the next item starts")
    void endIsNextStart() {
        Schedule schedule = Programme.of(item("a", "14:00", ItemKind.WELCOME), item("b", "14:05", ItemKind.INTERVIEW))
                .schedule(EVENT);
        assertThat(schedule.items().get(0).span()).isEqualTo(TimeSpan.of(at("14:00"), at("14:05")));
        assertThat(schedule.items().get(0).endDerived()).isTrue();
        assertThat(schedule.items().get(0).duration()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    @DisplayName("the last item runs until the event ends")
    void lastRunsToEventEnd() {
        Schedule schedule = Programme.of(item("a", "14:15", ItemKind.PANEL)).schedule(EVENT);
        assertThat(schedule.items().get(0).span().end()).isEqualTo(at("15:00"));
    }

    @Test
    @DisplayName("a closing at the event's end is a point in time")
    void closingIsPoint() {
        Schedule schedule = Programme.of(item("a", "14:15", ItemKind.PANEL), item("z", "15:00", ItemKind.CLOSING))
                .schedule(EVENT);
        ScheduledItem closing = schedule.find("z").orElseThrow();
        assertThat(closing.span().isPoint()).isTrue();
        assertThat(closing.duration()).isZero();
    }

    @Test
    @DisplayName("an announced end is kept, not derived")
    void announcedEnd() {
        ProgrammeItem talk = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("14:20")).build();
        Schedule schedule = Programme.of(talk, item("b", "14:30", ItemKind.TALK)).schedule(EVENT);
        assertThat(schedule.items().get(0).span().end()).isEqualTo(at("14:20"));
        assertThat(schedule.items().get(0).endDerived()).isFalse();
    }

    @Test
    @DisplayName("children are scheduled within their parent, the last one until the parent ends")
    void children() {
        ProgrammeItem panel = item("panel", "14:15", ItemKind.PANEL).toBuilder()
                .child(item("p1", "14:15", ItemKind.DISCUSSION), item("p2", "14:40", ItemKind.QUESTIONS)).build();
        Schedule schedule = Programme.of(panel, item("z", "14:50", ItemKind.CLOSING)).schedule(EVENT);
        assertThat(schedule.find("p1").orElseThrow().span()).isEqualTo(TimeSpan.of(at("14:15"), at("14:40")));
        assertThat(schedule.find("p2").orElseThrow().span()).isEqualTo(TimeSpan.of(at("14:40"), at("14:50")));
        assertThat(schedule.allItems()).extracting(s -> s.item().id()).containsExactly("panel", "p1", "p2", "z");
    }

    @Test
    @DisplayName("parallel tracks each run until the next item of their own track or a plenary one")
    void tracks() {
        ProgrammeItem a = item("a", "14:00", ItemKind.TALK).toBuilder().track("A").build();
        ProgrammeItem b = item("b", "14:00", ItemKind.TALK).toBuilder().track("B").build();
        ProgrammeItem a2 = item("a2", "14:20", ItemKind.TALK).toBuilder().track("A").build();
        ProgrammeItem plenary = item("p", "14:40", ItemKind.CLOSING);
        Schedule schedule = Programme.of(a, b, a2, plenary).schedule(EVENT);
        assertThat(schedule.find("a").orElseThrow().span().end()).isEqualTo(at("14:20"));
        assertThat(schedule.find("b").orElseThrow().span().end()).isEqualTo(at("14:40"));
        assertThat(schedule.overlaps()).isEmpty();
    }

    @Test
    @DisplayName("reports items of one lane that run at the same time as overlaps")
    void overlaps() {
        ProgrammeItem talk = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("14:30")).build();
        Schedule schedule = Programme.of(talk, item("b", "14:15", ItemKind.TALK)).schedule(EVENT);
        assertThat(schedule.overlaps()).singleElement().satisfies(o -> {
            assertThat(o.first().item().id()).isEqualTo("a");
            assertThat(o.second().item().id()).isEqualTo("b");
        });
    }

    @Test
    @DisplayName("reports the spans where nothing runs as gaps")
    void gaps() {
        ProgrammeItem talk = item("a", "14:10", ItemKind.TALK).toBuilder().end(at("14:20")).build();
        Schedule schedule = Programme.of(talk, item("b", "14:30", ItemKind.TALK).toBuilder().end(at("14:45")).build())
                .schedule(EVENT);
        assertThat(schedule.gaps()).containsExactly(TimeSpan.of(at("14:00"), at("14:10")),
                TimeSpan.of(at("14:20"), at("14:30")), TimeSpan.of(at("14:45"), at("15:00")));
    }

    @Test
    @DisplayName("a programme of derived ends leaves no gaps, and an empty one leaves the whole event")
    void noGaps() {
        assertThat(Fixtures.seminar().build().schedule().gaps()).isEmpty();
        assertThat(Programme.empty().schedule(EVENT).gaps()).containsExactly(EVENT);
    }

    @Test
    @DisplayName("time spans are half-open: touching spans abut but do not overlap")
    void halfOpen() {
        TimeSpan first = TimeSpan.of(at("14:00"), at("14:30"));
        TimeSpan second = TimeSpan.of(at("14:30"), at("15:00"));
        assertThat(first.overlaps(second)).isFalse();
        assertThat(first.abuts(second)).isTrue();
        assertThat(first.contains(at("14:30"))).isFalse();
        assertThat(EVENT.encloses(first)).isTrue();
    }
}
