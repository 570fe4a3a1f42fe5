package dev.agendum.examples.bench;

import dev.agendum.model.Event;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ScheduledItem;

/** The description both baselines write: the event's own text and its programme with speakers. */
final class BaselineText {

    private BaselineText() {
    }

    static String description(Event event) {
        StringBuilder description = new StringBuilder(event.description().map(d -> d.text()).orElse(""));
        description.append("\n\nProgramma:");
        for (ScheduledItem item : event.schedule().allItems()) {
            description.append('\n').append(item.span().start().toLocalTime()).append(' ')
                    .append(item.item().title().text());
            for (Participation p : item.item().participations()) {
                description.append(" — ").append(event.person(p.personId()).map(Person::name).orElse(""));
            }
        }
        return description.toString();
    }
}
