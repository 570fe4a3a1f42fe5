package dev.agendum.testing;

import dev.agendum.model.EventStatus;
import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.JoinLink;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Revision;
import dev.agendum.model.RoleType;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Generates pairs of versions of one event from a seeded {@link Random}: a published version, and a new version
 * made from it by a few edits, each edit known to be significant or not (RFC 5546 section 2.1.4 as
 * {@code ChangeKind} documents it). Shared by the property tests of core, ical and examples.
 */
public final class Versions {

    /** When every generated version was first published. */
    public static final Instant PUBLISHED = Instant.parse("2021-01-01T09:00:00Z");
    /** When new versions are published. */
    public static final Instant REPUBLISHED = Instant.parse("2021-01-10T09:00:00Z");

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDateTime START = LocalDateTime.parse("2021-01-15T13:00");
    private static final ItemKind[] KINDS = {ItemKind.TALK, ItemKind.PANEL, ItemKind.INTERVIEW, ItemKind.BREAK,
            ItemKind.DISCUSSION};

    /** The edits a new version can make. */
    public enum Edit {
        MOVE_ITEM(true), RETIME_ITEM(true), REMOVE_ITEM(true), CANCEL_ITEM(true), MOVE_EVENT(true),
        CHANGE_JOIN_LINK(true), CHANGE_ROOM(true),
        RETITLE_ITEM(false), ADD_ITEM(false), DESCRIBE(false), REPLACE_PERSON(false), CHANGE_REGISTRATION(false),
        RETITLE_EVENT(false);

        private final boolean significant;

        Edit(boolean significant) {
            this.significant = significant;
        }

        /** Tells whether this edit must raise the revision. */
        public boolean significant() {
            return significant;
        }
    }

    /**
     * A published version, a new version and the edits between them.
     *
     * @param published the published version, at revision {@code 0..3}
     * @param next      the new version, stating the published revision
     * @param edits     the edits made; empty for a version equal to the published one
     * @param removed   the ids of the items the edits removed
     */
    public record Pair(Event published, Event next, Set<Edit> edits, List<String> removed) {
        /** Tells whether an edit was significant. */
        public boolean significant() {
            return edits.stream().anyMatch(Edit::significant);
        }
    }

    private final Random random;

    private Versions(long seed) {
        this.random = new Random(seed);
    }

    /** Returns a generator seeded with {@code seed}: the same seed gives the same pairs. */
    public static Versions seeded(long seed) {
        return new Versions(seed);
    }

    /** Returns a published event. */
    public Event event() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(Person.of("person-" + i, "Person " + (char) ('A' + i)));
        }
        Event.Builder event = Event.builder("event-" + random.nextInt(1000))
                .title(nl("Bijeenkomst " + random.nextInt(100))).zone(AMSTERDAM)
                .time(START, START.plusHours(4))
                .online(OnlineLocation.of(JoinLink.known(URI.create("https://meet.example.org/a"))))
                .person(people.toArray(Person[]::new))
                .participation(Participation.of("person-0", RoleType.MODERATOR))
                .registration(Registration.required(RegistrationChannel.web("https://example.org/aanmelden"))
                        .build())
                .revision(Revision.of(random.nextInt(4), PUBLISHED));
        int count = 2 + random.nextInt(5);
        List<ProgrammeItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = START.plusMinutes(30L * i);
            ProgrammeItem.Builder item = ProgrammeItem.builder("item-" + i, start, KINDS[random.nextInt(KINDS.length)],
                    nl("Onderdeel " + i));
            if (random.nextBoolean()) {
                item.end(start.plusMinutes(25));
            }
            if (random.nextBoolean()) {
                item.participation(Participation.of("person-" + (1 + random.nextInt(5)), RoleType.SPEAKER));
            }
            items.add(item.build());
        }
        return event.programme(new Programme(items)).build();
    }

    /** Returns a pair: a published event and a new version made by up to three edits (none, one time in eight). */
    public Pair pair() {
        Event published = event();
        if (random.nextInt(8) == 0) {
            return new Pair(published, published, Set.of(), List.of());
        }
        Set<Edit> edits = EnumSet.noneOf(Edit.class);
        List<String> removed = new ArrayList<>();
        Event next = published;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Edit edit = Edit.values()[random.nextInt(Edit.values().length)];
            Event edited = apply(edit, next, removed);
            if (!edited.equals(next)) {
                edits.add(edit);
                next = edited;
            }
        }
        return new Pair(published, next, Set.copyOf(edits), List.copyOf(removed));
    }

    private Event apply(Edit edit, Event event, List<String> removed) {
        List<ProgrammeItem> items = new ArrayList<>(event.programme().items());
        // Items are edited only where they were published: an edit of an item added in the same version is no
        // change of its own (the item is simply added as it ends up).
        List<Integer> publishedItems = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            if (items.get(n).id().startsWith("item-")) {
                publishedItems.add(n);
            }
        }
        int i = publishedItems.isEmpty() ? 0 : publishedItems.get(random.nextInt(publishedItems.size()));
        ProgrammeItem item = items.get(i);
        if (publishedItems.isEmpty() && EnumSet.of(Edit.MOVE_ITEM, Edit.RETIME_ITEM, Edit.REMOVE_ITEM,
                Edit.CANCEL_ITEM, Edit.CHANGE_ROOM, Edit.RETITLE_ITEM, Edit.REPLACE_PERSON).contains(edit)) {
            return event;
        }
        return switch (edit) {
            case MOVE_ITEM -> replace(event, items, i, b -> moved(item));
            case RETIME_ITEM -> replace(event, items, i, b -> b.end(item.start().plusMinutes(5 + random.nextInt(20))));
            case RETITLE_ITEM -> replace(event, items, i, b -> retitled(item));
            case CANCEL_ITEM -> replace(event, items, i, b -> b.status(EventStatus.CANCELLED));
            case CHANGE_ROOM -> replace(event, items, i, b -> b.room("Zaal " + (1 + random.nextInt(9))));
            case REMOVE_ITEM -> {
                if (items.size() == 1) {
                    yield event;
                }
                removed.add(items.remove(i).id());
                yield event.toBuilder().programme(new Programme(items)).build();
            }
            case ADD_ITEM -> {
                items.add(ProgrammeItem.builder("added-" + random.nextInt(1_000_000), START.plusHours(3).plusMinutes(50),
                        ItemKind.CLOSING, nl("Afsluiting")).build());
                yield event.toBuilder().programme(new Programme(items)).build();
            }
            case MOVE_EVENT -> event.toBuilder().time(event.start(), event.end().plusMinutes(30)).build();
            case CHANGE_JOIN_LINK -> event.toBuilder().online(OnlineLocation.of(JoinLink.known(
                    URI.create("https://meet.example.org/" + random.nextInt(1_000_000))))).build();
            case DESCRIBE -> event.toBuilder().description(nl("Beschrijving " + random.nextInt(1_000_000))).build();
            case RETITLE_EVENT -> event.toBuilder().title(nl("Nieuwe titel " + random.nextInt(1_000_000))).build();
            case REPLACE_PERSON -> replacePerson(event, items, i);
            case CHANGE_REGISTRATION -> event.toBuilder().registration(Registration.required(
                    RegistrationChannel.web("https://example.org/aanmelden-" + random.nextInt(1_000_000))).build())
                    .build();
        };
    }

    /** Moves the item a quarter of an hour later, keeping its length (never back: two moves do not cancel out). */
    private ProgrammeItem.Builder moved(ProgrammeItem item) {
        long minutes = 15;
        ProgrammeItem.Builder moved = ProgrammeItem.builder(item.id(), item.start().plusMinutes(minutes), item.kind(),
                item.title());
        item.end().ifPresent(end -> moved.end(end.plusMinutes(minutes)));
        item.participations().forEach(moved::participation);
        item.room().ifPresent(moved::room);
        return moved.status(item.status());
    }

    private ProgrammeItem.Builder retitled(ProgrammeItem item) {
        ProgrammeItem.Builder retitled = ProgrammeItem.builder(item.id(), item.start(), item.kind(),
                nl(item.title().text() + " (" + random.nextInt(1_000_000) + ")"));
        item.end().ifPresent(retitled::end);
        item.participations().forEach(retitled::participation);
        item.room().ifPresent(retitled::room);
        return retitled.status(item.status());
    }

    private Event replace(Event event, List<ProgrammeItem> items, int i, UnaryOperator<ProgrammeItem.Builder> edit) {
        ProgrammeItem item = items.get(i);
        ProgrammeItem edited = edit.apply(item.toBuilder()).build();
        items.set(i, edited);
        return event.toBuilder().programme(new Programme(items)).build();
    }

    private Event replacePerson(Event event, List<ProgrammeItem> items, int i) {
        ProgrammeItem item = items.get(i);
        if (item.participations().isEmpty()) {
            return event;
        }
        // Always someone new, so that two replacements never put back the published speaker.
        Person guest = Person.of("guest-" + random.nextInt(1_000_000), "Gast " + random.nextInt(1000));
        Participation now = Participation.of(guest.id(), RoleType.SPEAKER);
        ProgrammeItem edited = new ProgrammeItem(item.id(), item.start(), item.end(), item.kind(), item.kindLabel(),
                item.title(), item.description(), List.of(now), item.track(), item.room(), item.children(),
                item.status(), item.previousStart());
        items.set(i, edited);
        return event.toBuilder().person(guest).programme(new Programme(items)).build();
    }

    private static LocalizedText nl(String text) {
        return LocalizedText.of("nl", text);
    }
}
