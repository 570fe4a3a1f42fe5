package dev.agendum.validation.internal;

import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import java.util.List;
import java.util.function.BiConsumer;

/** Visits every programme item with its property path ({@code programme.items[1].children[0]}). */
final class ItemPaths {

    private ItemPaths() {
    }

    static void walk(Programme programme, BiConsumer<ProgrammeItem, Where> visitor) {
        walk(programme.items(), Where.at("programme"), "items", visitor);
    }

    private static void walk(List<ProgrammeItem> items, Where parent, String list,
                             BiConsumer<ProgrammeItem, Where> visitor) {
        for (int i = 0; i < items.size(); i++) {
            Where at = parent.then(list, i);
            visitor.accept(items.get(i), at);
            walk(items.get(i).children(), at, "children", visitor);
        }
    }
}
