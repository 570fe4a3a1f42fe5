package dev.agendum.change;

import dev.agendum.model.Event;
import java.util.Optional;

/** The event's own fields, in the order {@link Changes} documents. */
final class EventComparison {

    private static final Optional<ItemRef> EVENT = Optional.empty();

    private EventComparison() {
    }

    static void compare(Event before, Event after, ChangeList changes) {
        changes.compare(ChangeKind.EVENT_STATUS_CHANGED, "status", EVENT, before.status().code(),
                after.status().code());
        changes.compare(ChangeKind.EVENT_RETIMED, "start", EVENT, Values.time(before), Values.time(after));
        changes.compare(ChangeKind.DETAILS_CHANGED, "previousStart", EVENT,
                before.previousStart().map(Object::toString), after.previousStart().map(Object::toString));
        changes.compare(ChangeKind.EVENT_RELOCATED, "venue", EVENT, Values.place(before), Values.place(after));
        changes.compare(ChangeKind.JOIN_LINK_CHANGED, "online.joinLink", EVENT, Values.joinLink(before),
                Values.joinLink(after));
        changes.compare(ChangeKind.EVENT_RETITLED, "title", EVENT, Values.text(before.title()),
                Values.text(after.title()));
        changes.compare(ChangeKind.TEXT_CHANGED, "description", EVENT, Values.text(before.description()),
                Values.text(after.description()));
        changes.compare(ChangeKind.REGISTRATION_CHANGED, "registration", EVENT,
                before.registration().map(Values::registration), after.registration().map(Values::registration));
        details(before, after, changes);
    }

    private static void details(Event before, Event after, ChangeList changes) {
        changes.compare(ChangeKind.DETAILS_CHANGED, "language", EVENT, before.language().toLanguageTag(),
                after.language().toLanguageTag());
        changes.compare(ChangeKind.DETAILS_CHANGED, "organisers", EVENT,
                Values.nonEmpty(Values.join(before.organisers(), Values::organisation)),
                Values.nonEmpty(Values.join(after.organisers(), Values::organisation)));
        changes.compare(ChangeKind.DETAILS_CHANGED, "contacts", EVENT,
                Values.nonEmpty(Values.join(before.contacts(), Values::contact)),
                Values.nonEmpty(Values.join(after.contacts(), Values::contact)));
        changes.compare(ChangeKind.DETAILS_CHANGED, "links", EVENT,
                Values.nonEmpty(Values.join(before.links(), Values::link)),
                Values.nonEmpty(Values.join(after.links(), Values::link)));
        changes.compare(ChangeKind.DETAILS_CHANGED, "image", EVENT,
                before.image().map(i -> Values.text(i.description()) + i.url().map(u -> " " + u).orElse("")),
                after.image().map(i -> Values.text(i.description()) + i.url().map(u -> " " + u).orElse("")));
        changes.compare(ChangeKind.DETAILS_CHANGED, "categories", EVENT,
                Values.nonEmpty(Values.join(before.categories(), Values::text)),
                Values.nonEmpty(Values.join(after.categories(), Values::text)));
    }
}
