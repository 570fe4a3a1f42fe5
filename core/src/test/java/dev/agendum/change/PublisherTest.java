package dev.agendum.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ItemKind;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Revision;
import dev.agendum.testing.ChangeFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Publisher")
class PublisherTest {

    private static final Publisher PUBLISHER = Publisher.at(ChangeFixture.REPUBLISHED);

    @Nested
    @DisplayName("derives the revision")
    class Revisions {

        @Test
        @DisplayName("an unchanged version keeps the published revision and is the published event")
        void unchanged() {
            Event published = ChangeFixture.published();
            Published again = PUBLISHER.publish(published, published.toBuilder().revision(Revision.of(0,
                    Instant.EPOCH)).build().toBuilder().revision(published.revision()).build());
            assertThat(again.event()).isEqualTo(published);
            assertThat(again.changes().isEmpty()).isTrue();
            assertThat(again.changes().to()).isEqualTo(published.revision());
        }

        @Test
        @DisplayName("a significant change gives the next number, published at the publisher's instant")
        void significant() {
            Published next = PUBLISHER.publish(ChangeFixture.published(), ChangeFixture.changed());
            assertThat(next.event().revision()).isEqualTo(Revision.of(2, ChangeFixture.REPUBLISHED));
            assertThat(next.changes().from().number()).isEqualTo(1);
            assertThat(next.changes().significant()).isTrue();
        }

        @Test
        @DisplayName("a change that is not significant keeps the number and takes the new instant (a later DTSTAMP)")
        void notSignificant() {
            Event published = ChangeFixture.published();
            Event retitled = published.toBuilder().title(LocalizedText.of("nl", "Een andere titel")).build();
            Published next = PUBLISHER.publish(published, retitled);
            assertThat(next.event().revision()).isEqualTo(Revision.of(1, ChangeFixture.REPUBLISHED));
            assertThat(next.changes().changes()).extracting(Change::kind).containsExactly(ChangeKind.EVENT_RETITLED);
        }

        @Test
        @DisplayName("a number raised by hand is kept, at the publisher's instant")
        void raisedByHand() {
            Event published = ChangeFixture.published();
            Event raised = published.toBuilder().revision(Revision.of(5, ChangeFixture.PUBLISHED)).build();
            assertThat(PUBLISHER.publish(published, raised).event().revision())
                    .isEqualTo(Revision.of(5, ChangeFixture.REPUBLISHED));
        }

        @Test
        @DisplayName("a version stating a lower revision is refused at revision.number")
        void lower() {
            Event published = ChangeFixture.published();
            Event lower = ChangeFixture.changed().toBuilder().revision(Revision.of(0, ChangeFixture.PUBLISHED)).build();
            assertThatThrownBy(() -> PUBLISHER.publish(published, lower))
                    .isInstanceOfSatisfying(PublicationException.class, e -> {
                        assertThat(e.eventId()).isEqualTo(published.id());
                        assertThat(e.path()).isEqualTo("revision.number");
                        assertThat(e.problem()).contains("revision 0 is below the published revision 1");
                    });
        }

        @Test
        @DisplayName("a new revision published before the published one is refused at revision.published")
        void backInTime() {
            Publisher early = Publisher.at(ChangeFixture.PUBLISHED.minusSeconds(1));
            assertThatThrownBy(() -> early.publish(ChangeFixture.published(), ChangeFixture.changed()))
                    .isInstanceOfSatisfying(PublicationException.class,
                            e -> assertThat(e.path()).isEqualTo("revision.published"));
        }

        @Test
        @DisplayName("an item id that names an item of another kind is refused at its kind")
        void kindChanged() {
            Event published = ChangeFixture.published();
            List<ProgrammeItem> items = new java.util.ArrayList<>(published.programme().items());
            ProgrammeItem talk = items.get(1);
            items.set(1, ProgrammeItem.builder(talk.id(), talk.start(), ItemKind.BREAK, talk.title()).build());
            Event edited = published.toBuilder().programme(new Programme(items)).build();
            assertThatThrownBy(() -> PUBLISHER.publish(published, edited))
                    .isInstanceOfSatisfying(PublicationException.class, e -> {
                        assertThat(e.path()).isEqualTo("programme.items[1].kind");
                        assertThat(e.problem()).contains("was a talk", "is now a break");
                    });
        }
    }

    @Nested
    @DisplayName("keeps tombstones")
    class Tombstones {

        @Test
        @DisplayName("a dropped item stays, cancelled, without its people, among its siblings in start order")
        void droppedItem() {
            Event event = PUBLISHER.publish(ChangeFixture.published(), ChangeFixture.changed()).event();
            assertThat(event.programme().items()).extracting(ProgrammeItem::id)
                    .containsExactly("opening", "talk-data", "talk-wijk", "talk-regio", "panel");
            ProgrammeItem tombstone = event.programme().find("talk-regio").orElseThrow();
            assertThat(tombstone.status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(tombstone.participations()).isEmpty();
            assertThat(tombstone.start()).isEqualTo(ChangeFixture.at("11:30"));
        }

        @Test
        @DisplayName("publishing again over the result changes nothing: the tombstone is not dropped a second time")
        void republished() {
            Published first = PUBLISHER.publish(ChangeFixture.published(), ChangeFixture.changed());
            Published second = Publisher.at(ChangeFixture.REPUBLISHED.plusSeconds(3600))
                    .publish(first.event(), ChangeFixture.changed().toBuilder().revision(first.event().revision())
                            .build());
            assertThat(second.changes().isEmpty()).isTrue();
            assertThat(second.event()).isEqualTo(first.event());
        }

        @Test
        @DisplayName("a withdrawn event becomes a cancelled tombstone under the next revision, once")
        void withdrawn() {
            Published withdrawn = PUBLISHER.withdraw(ChangeFixture.published());
            assertThat(withdrawn.event().status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(withdrawn.event().revision()).isEqualTo(Revision.of(2, ChangeFixture.REPUBLISHED));
            assertThat(withdrawn.changes().changes()).extracting(Change::kind).containsExactly(ChangeKind.EVENT_REMOVED);
            Published again = Publisher.at(ChangeFixture.REPUBLISHED.plusSeconds(60)).withdraw(withdrawn.event());
            assertThat(again.event()).isEqualTo(withdrawn.event());
            assertThat(again.changes().isEmpty()).isTrue();
        }

        @Test
        @DisplayName("a collection: new events in order, then the withdrawn ones, unless they are dropped")
        void collection() {
            Event kept = ChangeFixture.published();
            Event gone = Event.builder("gone").title(LocalizedText.of("nl", "Weg")).zone(kept.zone())
                    .time(kept.start(), kept.end()).inPerson(kept.venue().orElseThrow())
                    .revision(Revision.of(0, ChangeFixture.PUBLISHED)).build();
            Event fresh = gone.toBuilder().build();
            Event added = Event.builder("added").title(LocalizedText.of("nl", "Nieuw")).zone(kept.zone())
                    .time(kept.start(), kept.end()).inPerson(kept.venue().orElseThrow())
                    .revision(Revision.of(0, ChangeFixture.REPUBLISHED)).build();
            List<Published> all = PUBLISHER.publishAll(List.of(kept, fresh), List.of(added, ChangeFixture.changed()),
                    false);
            assertThat(all).extracting(p -> p.event().id()).containsExactly("added", kept.id(), "gone");
            assertThat(all.get(0).changes().changes()).extracting(Change::kind)
                    .containsExactly(ChangeKind.EVENT_ADDED);
            assertThat(all.get(2).event().status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(PUBLISHER.publishAll(List.of(kept, fresh), List.of(kept), true))
                    .extracting(p -> p.event().id()).containsExactly(kept.id());
        }
    }
}
