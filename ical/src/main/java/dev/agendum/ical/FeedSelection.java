package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.RoleType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which programme items a personal or filtered feed holds: those where one person appears, where someone holds
 * one role, those of one track, or items named by id. Given to {@link FeedWriter.Builder#select(FeedSelection)},
 * it makes a feed with one VEVENT per selected item and, for context, the VEVENT of each event that has a
 * selected item or where the person appears on the event as a whole; UIDs are the full feed's, so a subscriber who
 * has both sees each item once. Events with nothing selected are left out. Instances are immutable values.
 *
 * <pre>{@code
 * FeedWriter mine = FeedWriter.builder().select(FeedSelection.person("ruben-maes")).build();
 * }</pre>
 */
public final class FeedSelection {

    private enum Kind { PERSON, ROLE, TRACK, ITEMS }

    private final Kind kind;
    private final String value;
    private final Optional<RoleType> role;
    private final Set<String> itemIds;

    private FeedSelection(Kind kind, String value, Optional<RoleType> role, Set<String> itemIds) {
        this.kind = kind;
        this.value = value;
        this.role = role;
        this.itemIds = itemIds;
    }

    /**
     * Selects the items where the person with {@code personId} appears, in any role.
     *
     * @param personId the id of the person whose items are selected; not blank
     * @return a selection of that person's items
     */
    public static FeedSelection person(String personId) {
        return new FeedSelection(Kind.PERSON, notBlank(personId, "personId"), Optional.empty(), Set.of());
    }

    /**
     * Selects the items where someone holds {@code role} (custom roles included as {@link RoleType#CUSTOM}).
     *
     * @param role the role whose holders' items are selected
     * @return a selection of the items where someone holds {@code role}
     */
    public static FeedSelection role(RoleType role) {
        Objects.requireNonNull(role, "role");
        return new FeedSelection(Kind.ROLE, role.code(), Optional.of(role), Set.of());
    }

    /**
     * Selects the items of the track named {@code track}, exactly as announced.
     *
     * @param track the name of the track whose items are selected; not blank
     * @return a selection of that track's items
     */
    public static FeedSelection track(String track) {
        return new FeedSelection(Kind.TRACK, notBlank(track, "track"), Optional.empty(), Set.of());
    }

    /**
     * Selects the items with these ids, in every event that has one.
     *
      * @param itemIds the ids of the items to select; at least one, none blank
      * @return a selection of the items with those ids
     * @throws IllegalArgumentException when no id is given or one is blank
     */
    public static FeedSelection items(Collection<String> itemIds) {
        Set<String> ids = new TreeSet<>();
        for (String id : Objects.requireNonNull(itemIds, "itemIds")) {
            ids.add(notBlank(id, "an item id"));
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("select at least one item id");
        }
        return new FeedSelection(Kind.ITEMS, String.join(", ", ids), Optional.empty(), Set.copyOf(ids));
    }

    /**
     * Tells whether {@code item} itself (not its children) is selected.
     *
     * @param item the programme item to test
     * @return {@code true} when this selection selects {@code item}
     */
    public boolean includes(ProgrammeItem item) {
        return switch (kind) {
            case PERSON -> item.participations().stream().anyMatch(p -> p.personId().equals(value));
            case ROLE -> item.participations().stream().anyMatch(this::holdsRole);
            case TRACK -> item.track().filter(value::equals).isPresent();
            case ITEMS -> itemIds.contains(item.id());
        };
    }

    /**
     * Tells whether {@code event} belongs in the feed: it has a selected item, or the person or role is on the
     * event as a whole (the person also as one of its contacts).
      *
      * @param event the event to test
      * @return {@code true} when {@code event} belongs in the selected feed
     */
    public boolean includes(Event event) {
        if (event.programme().allItems().stream().anyMatch(this::includes)) {
            return true;
        }
        return switch (kind) {
            case PERSON -> event.participations().stream().anyMatch(p -> p.personId().equals(value))
                    || event.contacts().stream().flatMap(c -> c.personId().stream()).anyMatch(value::equals);
            case ROLE -> event.participations().stream().anyMatch(this::holdsRole);
            case TRACK, ITEMS -> false;
        };
    }

    private boolean holdsRole(Participation participation) {
        return participation.role().type() == role.orElseThrow();
    }

    /**
     * Says what is selected, for the calendar's NAME: the person's name as the first of {@code events} listing them
     * gives it ("Ruben Maes"), the role's label, "track A", or the item ids.
     */
    String describe(List<Event> events, Locale language) {
        return switch (kind) {
            case PERSON -> events.stream().flatMap(e -> e.person(value).stream()).findFirst()
                    .map(Person::displayName).orElse(value);
            case ROLE -> role.orElseThrow().label(language);
            case TRACK -> Words.TRACK.label(language) + " " + value;
            case ITEMS -> Words.ITEMS.label(language) + " " + value;
        };
    }

    private static String notBlank(String value, String what) {
        if (Objects.requireNonNull(value, what).isBlank()) {
            throw new IllegalArgumentException(what + " may not be blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedSelection s && kind == s.kind && value.equals(s.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /** Returns {@code person=ruben-maes}, {@code role=panellist}, {@code track=A} or {@code items=a, b}. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "=" + value;
    }
}
