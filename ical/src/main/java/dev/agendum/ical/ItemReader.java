package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Person;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Programme items read from VEVENTs that are related to their event, as Agendum writes them with items. */
final class ItemReader {

    private ItemReader() {
    }

    /** Turns the event read from an item's VEVENT into a programme item; Agendum's item UIDs end in the parent's. */
    static ProgrammeItem item(String uid, String parentUid, Event read) {
        String id = uid.endsWith("." + parentUid) ? uid.substring(0, uid.length() - parentUid.length() - 1) : uid;
        String label = read.categories().isEmpty() ? "" : read.categories().get(0).text();
        Optional<ItemKind> kind = kind(label, read.language());
        ProgrammeItem.Builder item = ProgrammeItem.builder(EventReader.id(id), read.start(),
                kind.orElse(ItemKind.OTHER), read.title());
        if (kind.isEmpty()) {
            item.kindLabel(read.categories().isEmpty() ? dev.agendum.model.LocalizedText.of(read.language(), "—")
                    : read.categories().get(0));
        }
        if (read.end().isAfter(read.start())) {
            item.end(read.end());
        }
        read.description().ifPresent(item::description);
        read.participations().forEach(item::participation);
        return item.build();
    }

    /**
     * Returns {@code event} with the items read from {@code related} (item UID and the event read from it) as its
     * programme, in time order, and the items' people added once each.
     */
    static Event withItems(Event event, String parentUid, List<Map.Entry<String, Event>> related) {
        List<ProgrammeItem> items = new ArrayList<>();
        Set<String> people = new HashSet<>();
        event.people().forEach(p -> people.add(p.id()));
        Event.Builder builder = event.toBuilder();
        for (Map.Entry<String, Event> entry : related) {
            items.add(item(entry.getKey(), parentUid, entry.getValue()));
            for (Person person : entry.getValue().people()) {
                if (people.add(person.id())) {
                    builder.person(person);
                }
            }
        }
        items.sort(Comparator.comparing(ProgrammeItem::start));
        return builder.programme(new Programme(items)).build();
    }

    private static Optional<ItemKind> kind(String label, Locale language) {
        for (ItemKind kind : ItemKind.values()) {
            if (kind != ItemKind.OTHER && (kind.label(language).equalsIgnoreCase(label)
                    || kind.label(Locale.ENGLISH).equalsIgnoreCase(label))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
