package dev.agendum.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agendum.model.EventStatus;
import dev.agendum.model.Event;
import dev.agendum.model.JoinLink;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Person;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import dev.agendum.testing.ChangeFixture;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Changes between two versions")
class ChangesTest {

    private static final Event PUBLISHED = ChangeFixture.published();

    private static List<Change> after(UnaryOperator<Event.Builder> edit) {
        return Changes.between(PUBLISHED, edit.apply(PUBLISHED.toBuilder()).build());
    }

    private static Event withItem(int index, UnaryOperator<ProgrammeItem.Builder> edit) {
        List<ProgrammeItem> items = new ArrayList<>(PUBLISHED.programme().items());
        items.set(index, edit.apply(items.get(index).toBuilder()).build());
        return PUBLISHED.toBuilder().programme(new Programme(items)).build();
    }

    @Test
    @DisplayName("a version compared with itself has no change")
    void itself() {
        assertThat(Changes.between(PUBLISHED, PUBLISHED)).isEmpty();
    }

    @Test
    @DisplayName("the fixture gives exactly: the talk moved, the talk dropped, the panellist replaced")
    void fixture() {
        Published next = Publisher.at(ChangeFixture.REPUBLISHED).publish(PUBLISHED, ChangeFixture.changed());
        assertThat(next.changes().changes()).containsExactly(
                new Change(ChangeKind.ITEM_MOVED, "programme.items[2].start",
                        Optional.of(new ItemRef("talk-wijk", LocalizedText.of("nl", "Werken in de wijk"),
                                ChangeFixture.at("11:30"))),
                        Optional.empty(), Optional.of("2021-04-02T11:00"), Optional.of("2021-04-02T11:30")),
                new Change(ChangeKind.ITEM_REMOVED, "programme.items[3]",
                        Optional.of(new ItemRef("talk-regio", LocalizedText.of("nl", "Regionale samenwerking"),
                                ChangeFixture.at("11:30"))),
                        Optional.empty(), Optional.of("Regionale samenwerking"), Optional.empty()),
                new Change(ChangeKind.ROLE_REPLACED, "programme.items[4].participations[2]",
                        Optional.of(new ItemRef("panel", LocalizedText.of("nl", "Panelgesprek"),
                                ChangeFixture.at("12:00"))),
                        Optional.of(Role.of(RoleType.PANELLIST)), Optional.of("Frank Mulder"),
                        Optional.of("Gijs de Boer")));
    }

    @Nested
    @DisplayName("of the event")
    class OfTheEvent {

        @Test
        @DisplayName("a new end is a significant retiming, with both spans")
        void retimed() {
            List<Change> changes = after(b -> b.time(PUBLISHED.start(), PUBLISHED.end().plusHours(1)));
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(ChangeKind.EVENT_RETIMED);
                assertThat(c.significant()).isTrue();
                assertThat(c.before()).contains("2021-04-02T10:00/2021-04-02T12:30 Europe/Amsterdam");
                assertThat(c.after()).contains("2021-04-02T10:00/2021-04-02T13:30 Europe/Amsterdam");
            });
        }

        @Test
        @DisplayName("another venue is a significant relocation")
        void relocated() {
            assertThat(after(b -> b.inPerson(new Venue(LocalizedText.of("nl", "Elders"), Optional.empty()))))
                    .extracting(Change::kind, Change::significant)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.EVENT_RELOCATED, true));
        }

        @Test
        @DisplayName("a cancellation is a significant status change, from scheduled to cancelled")
        void status() {
            assertThat(after(b -> b.status(EventStatus.CANCELLED))).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(ChangeKind.EVENT_STATUS_CHANGED);
                assertThat(c.before()).contains("scheduled");
                assertThat(c.after()).contains("cancelled");
            });
        }

        @Test
        @DisplayName("a join link that becomes known is significant, next to the move online")
        void joinLink() {
            List<Change> changes = after(b -> b.hybrid(PUBLISHED.venue().orElseThrow(),
                    OnlineLocation.of(JoinLink.known(URI.create("https://meet.example.org/x")))));
            assertThat(changes).extracting(Change::kind)
                    .containsExactly(ChangeKind.EVENT_RELOCATED, ChangeKind.JOIN_LINK_CHANGED);
            assertThat(changes.get(1).after()).contains("https://meet.example.org/x");
        }

        @Test
        @DisplayName("texts, registration and role-less people are not significant")
        void notSignificant() {
            List<Change> changes = after(b -> b.description(LocalizedText.of("nl", "Nieuw"))
                    .person(Person.of("extra", "Iemand Anders")));
            assertThat(changes).extracting(Change::kind)
                    .containsExactly(ChangeKind.TEXT_CHANGED, ChangeKind.PERSON_ADDED);
            assertThat(changes).noneMatch(Change::significant);
        }
    }

    @Nested
    @DisplayName("of programme items")
    class OfItems {

        @Test
        @DisplayName("a cancelled item is significant, with both statuses")
        void cancelled() {
            assertThat(Changes.between(PUBLISHED, withItem(1, b -> b.status(EventStatus.CANCELLED))))
                    .singleElement().satisfies(c -> {
                        assertThat(c.kind()).isEqualTo(ChangeKind.ITEM_CANCELLED);
                        assertThat(c.path()).isEqualTo("programme.items[1].status");
                        assertThat(c.item().map(ItemRef::id)).contains("talk-data");
                    });
        }

        @Test
        @DisplayName("a longer item is retimed, a new room relocates it: both significant")
        void retimedAndRelocated() {
            assertThat(Changes.between(PUBLISHED, withItem(1, b -> b.end(ChangeFixture.at("11:00")).room("Zaal 2"))))
                    .extracting(Change::kind, Change::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.ITEM_RETIMED,
                                    "programme.items[1].end"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.ITEM_RELOCATED, "programme.items[1].room"))
                    .isNotEmpty();
        }

        @Test
        @DisplayName("an item the new version lacks is reported removed, once, at the place of its tombstone")
        void removed() {
            List<ProgrammeItem> items = new ArrayList<>(PUBLISHED.programme().items());
            items.remove(1);
            assertThat(Changes.between(PUBLISHED, PUBLISHED.toBuilder().programme(new Programme(items)).build()))
                    .extracting(Change::kind, Change::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.ITEM_REMOVED,
                            "programme.items[1]"));
        }

        @Test
        @DisplayName("an added item is not significant; a removed speaker is a role removed")
        void addedAndRemovedRole() {
            List<ProgrammeItem> items = new ArrayList<>(PUBLISHED.programme().items());
            ProgrammeItem talk = items.get(1);
            items.set(1, new ProgrammeItem(talk.id(), talk.start(), talk.end(), talk.kind(), talk.kindLabel(),
                    talk.title(), talk.description(), List.of(), talk.track(), talk.room(), talk.children()));
            items.add(ProgrammeItem.builder("borrel", ChangeFixture.at("12:30"), dev.agendum.model.ItemKind.NETWORKING,
                    LocalizedText.of("nl", "Borrel")).build());
            List<Change> changes = Changes.between(PUBLISHED, PUBLISHED.toBuilder().programme(new Programme(items))
                    .build());
            assertThat(changes).extracting(Change::kind)
                    .containsExactly(ChangeKind.ROLE_REMOVED, ChangeKind.ITEM_ADDED);
            assertThat(changes.get(0).before()).contains("Bart Smit");
            assertThat(changes).noneMatch(Change::significant);
        }
    }

    @Test
    @DisplayName("two different events are not versions of one another")
    void otherEvent() {
        Event other = PUBLISHED.toBuilder().build();
        Event renamed = Event.builder("other").title(other.title()).zone(other.zone()).time(other.start(), other.end())
                .inPerson(other.venue().orElseThrow()).revision(other.revision()).build();
        assertThatThrownBy(() -> Changes.between(PUBLISHED, renamed)).isInstanceOf(IllegalArgumentException.class);
    }
}
