package dev.agendum.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a {@link Programme}: a welcome, an interview, a panel discussion, a closing.
 *
 * <p>Announcements often give only a start; an item without {@link #end()} runs until the next item starts, and the
 * last one until its parent (or the event) ends. Use {@link Programme#schedule(TimeSpan)} for derived ends.
 * Items nest to any depth (a panel's parts, parallel break-outs in {@link #track() tracks}).
 *
 * @param id             identifier unique within the event, e.g. {@code "panel"}
 * @param start          local start time in the event's zone
 * @param end            local end time, if announced; never before {@code start}
 * @param kind           what the item is
 * @param kindLabel      the label of an {@link ItemKind#OTHER} item; empty for every other kind
 * @param title          the title
 * @param description    a longer description, if any
 * @param participations the people on this item, in announced order
 * @param track          the parallel track this item runs in, if any
 * @param room           the room, if announced
 * @param children       the item's own parts, in order
 * @param status         where the item stands: scheduled as announced, cancelled, or moved
 * @param previousStart  the start announced before the item moved; only for an item whose status
 *                       {@linkplain EventStatus#movedInTime() moved in time}
 */
public record ProgrammeItem(String id, LocalDateTime start, Optional<LocalDateTime> end, ItemKind kind,
                            Optional<LocalizedText> kindLabel, LocalizedText title,
                            Optional<LocalizedText> description, List<Participation> participations,
                            Optional<String> track, Optional<String> room, List<ProgrammeItem> children,
                            EventStatus status, Optional<LocalDateTime> previousStart) {

    /**
     * Creates an item.
     *
     * @param id identifier unique within the event, e.g. {@code "panel"}
     * @param start local start time in the event's zone
     * @param end local end time, if announced; never before {@code start}
     * @param kind what the item is
     * @param kindLabel the label of an {@link ItemKind#OTHER} item; empty for every other kind
     * @param title the title
     * @param description a longer description, if any
     * @param participations the people on this item, in announced order
     * @param track the parallel track this item runs in, if any
     * @param room the room, if announced
     * @param children the item's own parts, in order
     * @param status where the item stands
     * @param previousStart the start announced before the item moved, if it moved in time
     * @throws IllegalArgumentException when the end is before the start, the kind label does not fit the kind, or a
     *                                  previous start is given for an item that did not move
     */
    public ProgrammeItem {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kindLabel, "kindLabel");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        participations = Checks.copy(participations, "participations");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(room, "room");
        children = Checks.copy(children, "children");
        end.filter(e -> e.isBefore(start)).ifPresent(e -> {
            throw new IllegalArgumentException("item '" + id + "' ends at " + e + ", before its start " + start);
        });
        if ((kind == ItemKind.OTHER) != kindLabel.isPresent()) {
            throw new IllegalArgumentException("item '" + id + "': an 'other' item, and only that, has a kind label");
        }
        track.ifPresent(t -> Checks.notBlank(t, "track"));
        room.ifPresent(r -> Checks.notBlank(r, "room"));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(previousStart, "previousStart");
        if (previousStart.isPresent() && !status.movedInTime()) {
            throw new IllegalArgumentException("item '" + id + "' has a previous start but is " + status.code());
        }
    }

    /**
     * Creates an item that is scheduled as announced, for callers that predate item statuses.
     *
     * @param id             identifier unique within the event
     * @param start          local start time in the event's zone
     * @param end            local end time, if announced
     * @param kind           what the item is
     * @param kindLabel      the label of an {@link ItemKind#OTHER} item
     * @param title          the title
     * @param description    a longer description, if any
     * @param participations the people on this item, in announced order
     * @param track          the parallel track, if any
     * @param room           the room, if announced
     * @param children       the item's own parts, in order
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ProgrammeItem(String id, LocalDateTime start, Optional<LocalDateTime> end, ItemKind kind,
                         Optional<LocalizedText> kindLabel, LocalizedText title, Optional<LocalizedText> description,
                         List<Participation> participations, Optional<String> track, Optional<String> room,
                         List<ProgrammeItem> children) {
        this(id, start, end, kind, kindLabel, title, description, participations, track, room, children,
                EventStatus.SCHEDULED, Optional.empty());
    }

    /**
     * {@return whether the item is cancelled} A cancelled item stays in the programme so that calendars drop it.
     */
    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    /**
     * {@return a builder for an item with the given id, start, kind and title}
     *
     * @param id the item's stable identifier
     * @param start the local start
     * @param kind what kind of item it is
     * @param title the item's title
     */
    public static Builder builder(String id, LocalDateTime start, ItemKind kind, LocalizedText title) {
        return new Builder(id, start, kind, title);
    }

    /**
     * {@return a builder holding this item's values, to make a changed copy}
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, start, kind, title);
        b.end = end;
        b.kindLabel = kindLabel;
        b.description = description;
        b.participations.addAll(participations);
        b.track = track;
        b.room = room;
        b.children.addAll(children);
        b.status = status;
        b.previousStart = previousStart;
        return b;
    }

    /**
     * {@return the kind's label in {@code language}, or the item's own label for an {@link ItemKind#OTHER} item}
     *
     * @param language the language of the label
     */
    public String kindLabel(Locale language) {
        return kindLabel.map(l -> l.get(language)).orElseGet(() -> kind.label(language));
    }

    /** Builds a {@link ProgrammeItem}; not thread-safe, reusable. */
    public static final class Builder {
        private final String id;
        private final LocalDateTime start;
        private final ItemKind kind;
        private final LocalizedText title;
        private Optional<LocalDateTime> end = Optional.empty();
        private Optional<LocalizedText> kindLabel = Optional.empty();
        private Optional<LocalizedText> description = Optional.empty();
        private final List<Participation> participations = new ArrayList<>();
        private Optional<String> track = Optional.empty();
        private Optional<String> room = Optional.empty();
        private final List<ProgrammeItem> children = new ArrayList<>();
        private EventStatus status = EventStatus.SCHEDULED;
        private Optional<LocalDateTime> previousStart = Optional.empty();

        private Builder(String id, LocalDateTime start, ItemKind kind, LocalizedText title) {
            this.id = id;
            this.start = start;
            this.kind = kind;
            this.title = title;
        }

        /**
         * Sets the announced end.
         * @param end local end time, if announced; never before {@code start}
         * @return this builder
         */
        public Builder end(LocalDateTime end) {
            this.end = Optional.of(end);
            return this;
        }

        /**
         * Sets the label of an {@link ItemKind#OTHER} item.
         * @param label the item's own label
         * @return this builder
         */
        public Builder kindLabel(LocalizedText label) {
            this.kindLabel = Optional.of(label);
            return this;
        }

        /**
         * Sets the description.
         * @param description a longer description
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = Optional.of(description);
            return this;
        }

        /**
         * Adds participations, after those already added.
         * @param participations the people on this item, in announced order
         * @return this builder
         */
        public Builder participation(Participation... participations) {
            Collections.addAll(this.participations, participations);
            return this;
        }

        /**
         * Sets the track.
         * @param track the parallel track this item runs in
         * @return this builder
         */
        public Builder track(String track) {
            this.track = Optional.of(track);
            return this;
        }

        /**
         * Sets the room.
         * @param room the room
         * @return this builder
         */
        public Builder room(String room) {
            this.room = Optional.of(room);
            return this;
        }

        /**
         * Adds child items, after those already added.
         * @param children the item's own parts, in order
         * @return this builder
         */
        public Builder child(ProgrammeItem... children) {
            Collections.addAll(this.children, children);
            return this;
        }

        /**
         * Sets the item's status; {@link EventStatus#SCHEDULED} unless set.
         *
         * @param status where the item stands
         * @return this builder
         */
        public Builder status(EventStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Marks the item as moved from {@code previousStart}: its status becomes {@link EventStatus#RESCHEDULED}
         * unless a status that moves in time was already set.
         *
         * @param previousStart the start announced before the move
         * @return this builder
         */
        public Builder movedFrom(LocalDateTime previousStart) {
            this.previousStart = Optional.of(previousStart);
            if (!status.movedInTime()) {
                status = EventStatus.RESCHEDULED;
            }
            return this;
        }

        /**
         * {@return the item}
         */
        public ProgrammeItem build() {
            return new ProgrammeItem(id, start, end, kind, kindLabel, title, description, participations, track, room,
                    children, status, previousStart);
        }
    }
}
