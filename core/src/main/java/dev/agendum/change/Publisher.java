package dev.agendum.change;

import dev.agendum.model.Event;
import dev.agendum.model.Revision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes new versions of events over their published revisions: derives each revision, keeps what was removed
 * as cancelled tombstones, and says what changed.
 *
 * <p>The revision of a new version, from the published revision {@code N} (published at {@code T}):
 * <ul>
 *   <li>nothing changed: revision {@code N} as published, at {@code T}: the same event, byte for byte in every
 *       format;</li>
 *   <li>a {@linkplain ChangeKind#significant() significant} change: {@code N + 1}, at the publisher's instant, so
 *       that calendars see a higher SEQUENCE;</li>
 *   <li>only changes that are not significant: still {@code N}, at the publisher's instant: RFC 5546 section 2.1.5
 *       orders two copies with the same SEQUENCE by their DTSTAMP, so calendars that compare take the newer copy,
 *       while none is told the event moved;</li>
 *   <li>a new version that states a revision above {@code N} (a publisher raising it by hand) gets that number, at
 *       the publisher's instant, if it is at least what the rules above give;</li>
 *   <li>a new version that states a revision below {@code N} is refused: {@link PublicationException} at
 *       {@code revision.number}.</li>
 * </ul>
 * A new revision published before {@code T} is refused too (at {@code revision.published}): DTSTAMP never goes back.
 *
 * <p>A scheduled item that moved is published as {@link dev.agendum.model.EventStatus#RESCHEDULED} with its
 * published start as previous start (and keeps that while it stays there), so that feeds and schema.org can say
 * where it was; the change is told once, as {@link ChangeKind#ITEM_MOVED}.
 *
 * <p>A programme item of the published version missing from the new one is kept as a cancelled tombstone, and so
 * is an event missing from a new publication ({@link #withdraw}); removing an item is significant, keeping a
 * tombstone that was already published is no change. Instances are immutable and thread-safe; the instant is
 * always given, never read from a clock.
 *
 * <pre>{@code
 * Publisher publisher = Publisher.at(Instant.parse("2021-01-10T09:00:00Z"));
 * Published next = publisher.publish(published, edited);
 * next.event().revision();            // Revision[number=2, published=2021-01-10T09:00:00Z]
 * next.changes().changes();           // ITEM_MOVED programme.items[1].start 14:00 -> 14:30, ...
 * }</pre>
 */
public final class Publisher {

    private final Instant at;

    private Publisher(Instant at) {
        this.at = at;
    }

    /**
     * {@return a publisher that publishes new revisions at {@code at}}
     *
     * @param at the instant of the publication, passed in (never the wall clock)
     */
    public static Publisher at(Instant at) {
        return new Publisher(Objects.requireNonNull(at, "at"));
    }

    /**
     * {@return the instant new revisions are published at}
     */
    public Instant instant() {
        return at;
    }

    /**
     * Publishes {@code next} over {@code published}.
     *
     * @param published the version subscribers have
     * @param next      the new version
     * @return the new version with its derived revision and tombstones, and what changed
     *
     * @throws IllegalArgumentException when the two are not versions of one event
     * @throws PublicationException     when {@code next} states a lower revision, the new revision would be
     *                                  published before the published one, or an item id changed kind
     */
    public Published publish(Event published, Event next) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(next, "next");
        Revision was = published.revision();
        int stated = next.revision().number();
        if (stated < was.number()) {
            throw new PublicationException(next.id(), "revision.number", "revision " + stated
                    + " is below the published revision " + was.number() + "; a revision never goes down");
        }
        Tombstones.Merged merged = Tombstones.merge(published.programme(),
                Moves.mark(published.programme(), next.programme()));
        Event candidate = next.toBuilder().programme(merged.programme()).revision(was).build();
        List<Change> changes = Changes.between(published, candidate, merged.removed());
        boolean significant = changes.stream().anyMatch(Change::significant);
        int number = Math.max(stated, significant ? was.number() + 1 : was.number());
        Revision revision = changes.isEmpty() && number == was.number() ? was : revised(next.id(), was, number);
        Event event = candidate.toBuilder().revision(revision).build();
        return new Published(event, new EventChanges(event.id(), event.title(), was, revision, changes));
    }

    /**
     * Publishes an event that the new publication no longer holds: as a cancelled tombstone under the next
     * revision, or, when it already is one, unchanged.
     *
     * @param published the published event the new publication lacks
     * @return the tombstone and its one change
     *
     * @throws PublicationException when the new revision would be published before the published one
     */
    public Published withdraw(Event published) {
        Event tombstone = Tombstones.of(published);
        if (tombstone.equals(published)) {
            return unchanged(published);
        }
        Revision revision = revised(published.id(), published.revision(), published.revision().number() + 1);
        Event event = tombstone.toBuilder().revision(revision).build();
        Change change = new Change(ChangeKind.EVENT_REMOVED, "status", Optional.empty(), Optional.empty(),
                Optional.of(published.status().code()), Optional.of(event.status().code()));
        return new Published(event, new EventChanges(event.id(), event.title(), published.revision(), revision,
                List.of(change)));
    }

    /**
     * Publishes an event that has no published revision: as it is, with no changes.
     *
     * @param next the new event
     * @return the event as it is, with no changes
     */
    public Published first(Event next) {
        return unchanged(Objects.requireNonNull(next, "next"));
    }

    /**
     * Publishes a whole collection: every event of {@code next} in its order (over its published version when
     * {@code published} has one with its id; an event it lacks as it is, with one {@link ChangeKind#EVENT_ADDED}),
     * then every event of {@code published} that {@code next} lacks,
     * withdrawn, in its order, unless {@code dropRemoved}.
     *
     * @param published   the published collection
     * @param next        the new collection
     * @param dropRemoved whether events the new collection lacks are left out instead of kept as tombstones
     * @return every event published, in that order, with its changes
     *
     * @throws IllegalArgumentException when an id occurs twice in one of the lists
     * @throws PublicationException     as {@link #publish} and {@link #withdraw}
     */
    public List<Published> publishAll(List<Event> published, List<Event> next, boolean dropRemoved) {
        Map<String, Event> before = new HashMap<>();
        published.forEach(e -> unique(before.put(e.id(), e), e));
        Set<String> seen = new HashSet<>();
        List<Published> all = new ArrayList<>(next.size());
        for (Event event : next) {
            if (!seen.add(event.id())) {
                throw new IllegalArgumentException("event id '" + event.id() + "' occurs twice");
            }
            Event was = before.get(event.id());
            all.add(was == null ? added(event) : publish(was, event));
        }
        if (!dropRemoved) {
            published.stream().filter(e -> !seen.contains(e.id())).forEach(e -> all.add(withdraw(e)));
        }
        return List.copyOf(all);
    }

    /** An event new to the collection: as it is, its arrival the one change (its revision is its own). */
    private static Published added(Event event) {
        Change change = new Change(ChangeKind.EVENT_ADDED, "title", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Values.text(event.title())));
        return new Published(event, new EventChanges(event.id(), event.title(), event.revision(), event.revision(),
                List.of(change)));
    }

    private static void unique(Event earlier, Event event) {
        if (earlier != null) {
            throw new IllegalArgumentException("event id '" + event.id() + "' occurs twice");
        }
    }

    private Published unchanged(Event event) {
        return new Published(event, new EventChanges(event.id(), event.title(), event.revision(), event.revision(),
                List.of()));
    }

    private Revision revised(String eventId, Revision was, int number) {
        if (at.isBefore(was.published())) {
            throw new PublicationException(eventId, "revision.published", "a new revision cannot be published at "
                    + at + ", before revision " + was.number() + " was published at " + was.published());
        }
        return Revision.of(number, at);
    }
}
