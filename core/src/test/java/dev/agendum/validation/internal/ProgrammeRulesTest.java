package dev.agendum.validation.internal;

import static dev.agendum.model.Fixtures.at;
import static dev.agendum.model.Fixtures.item;
import static dev.agendum.validation.internal.RuleTesting.violations;
import static dev.agendum.validation.internal.RuleTesting.withProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.agendum.model.ItemKind;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.validation.Limits;
import dev.agendum.validation.Violation;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ProgrammeRules} of {@code EventValidator}, through its public entry. */
@DisplayName("EventValidator, programme rules: placement, order, overlaps, ids, limits")
class ProgrammeRulesTest {

    @Test
    @DisplayName("reports an item that starts before the event")
    void startsBeforeEvent() {
        assertThat(violations(withProgramme(item("a", "13:59", ItemKind.WELCOME))))
                .extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("programme.items[0].start", "dev.agendum.programme.starts-before-event",
                        "starts before the event starts at 2021-01-15T14:00"));
    }

    @Test
    @DisplayName("reports an item that starts after the event, but accepts a closing at its end")
    void startsAfterEvent() {
        assertThat(violations(withProgramme(item("a", "15:01", ItemKind.CLOSING))))
                .extracting(Violation::code).containsExactly("dev.agendum.programme.starts-after-event");
        assertThat(violations(withProgramme(item("a", "15:00", ItemKind.CLOSING)))).isEmpty();
    }

    @Test
    @DisplayName("reports an announced end after the event's end")
    void endsAfterEvent() {
        ProgrammeItem late = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("15:30")).build();
        assertThat(violations(withProgramme(late))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("programme.items[0].end", "dev.agendum.programme.ends-after-event"));
    }

    @Test
    @DisplayName("reports items listed out of time order")
    void outOfOrder() {
        assertThat(violations(withProgramme(item("a", "14:30", ItemKind.TALK), item("b", "14:10", ItemKind.TALK))))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("programme.items[1].start", "dev.agendum.programme.out-of-order"));
    }

    @Test
    @DisplayName("reports a child outside its parent, with the child's path")
    void childOutsideParent() {
        ProgrammeItem panel = item("panel", "14:15", ItemKind.PANEL).toBuilder().end(at("14:45"))
                .child(item("q", "14:50", ItemKind.QUESTIONS)).build();
        assertThat(violations(withProgramme(panel))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("programme.items[0].children[0].start",
                        "dev.agendum.programme.starts-after-parent"));
    }

    @Test
    @DisplayName("reports overlapping items in one lane")
    void overlap() {
        ProgrammeItem talk = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("14:30")).build();
        assertThat(violations(withProgramme(talk, item("b", "14:15", ItemKind.TALK))))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple("programme.items[1].start", "overlaps the item from 2021-01-15T14:00 "
                        + "to 2021-01-15T14:30; only items in different tracks may run at the same time"));
    }

    @Test
    @DisplayName("accepts overlapping items in different tracks")
    void parallelTracks() {
        ProgrammeItem a = item("a", "14:00", ItemKind.TALK).toBuilder().end(at("14:30")).track("A").build();
        ProgrammeItem b = item("b", "14:15", ItemKind.TALK).toBuilder().track("B").build();
        assertThat(violations(withProgramme(a, b))).isEmpty();
    }

    @Test
    @DisplayName("reports a repeated item id")
    void duplicateItemId() {
        assertThat(violations(withProgramme(item("a", "14:00", ItemKind.TALK), item("a", "14:30", ItemKind.TALK))))
                .extracting(Violation::path).containsExactly("programme.items[1].id");
    }

    @Test
    @DisplayName("reports more items than the limit, at the limit none")
    void tooManyItems() {
        ProgrammeItem[] atLimit = IntStream.range(0, Limits.PROGRAMME_ITEMS)
                .mapToObj(i -> item("i" + i, "14:00", ItemKind.TALK).toBuilder().track("t" + i).build())
                .toArray(ProgrammeItem[]::new);
        assertThat(violations(withProgramme(atLimit))).isEmpty();
        ProgrammeItem[] overLimit = java.util.Arrays.copyOf(atLimit, atLimit.length + 1);
        overLimit[atLimit.length] = item("extra", "14:00", ItemKind.TALK).toBuilder().track("x").build();
        assertThat(violations(withProgramme(overLimit))).extracting(Violation::path, Violation::message)
                .containsExactly(tuple("programme.items", "has 201 programme items, more than the 200 allowed"));
    }
}
