package dev.agendum.change;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Capacity;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The language-neutral text forms of changed values (see {@link Change}): equal values give equal texts, so a
 * change is reported exactly when its two texts differ.
 */
final class Values {

    private Values() {
    }

    static String text(LocalizedText text) {
        if (text.values().size() == 1) {
            return text.text();
        }
        StringJoiner all = new StringJoiner(" | ");
        for (Map.Entry<Locale, String> value : text.values().entrySet()) {
            all.add(value.getKey().toLanguageTag() + ": " + value.getValue());
        }
        return all.toString();
    }

    static Optional<String> text(Optional<LocalizedText> text) {
        return text.map(Values::text);
    }

    static String time(Event event) {
        String span = event.start() + "/" + event.end();
        return (event.allDay() ? span + " all-day" : span) + " " + event.zone().getId();
    }

    static String place(Event event) {
        StringJoiner place = new StringJoiner("; ");
        place.add(event.attendanceMode().code());
        event.venue().ifPresent(v -> place.add(venue(v)));
        event.online().flatMap(OnlineLocation::platform).ifPresent(place::add);
        event.online().ifPresent(o -> o.features().forEach(f -> place.add(f.code())));
        return place.toString();
    }

    private static String venue(Venue venue) {
        StringJoiner text = new StringJoiner(", ");
        text.add(text(venue.name()));
        venue.address().ifPresent(a -> address(a, text));
        return text.toString();
    }

    private static void address(PostalAddress address, StringJoiner into) {
        address.street().ifPresent(into::add);
        into.add(address.postalCode().map(c -> c + " ").orElse("") + address.locality());
        address.region().ifPresent(into::add);
        into.add(address.country());
    }

    static Optional<String> joinLink(Event event) {
        return event.online().flatMap(OnlineLocation::joinLink)
                .map(link -> link.url().map(Object::toString).orElse(link.status().code()));
    }

    static String person(Person person) {
        StringJoiner text = new StringJoiner(", ");
        text.add(person.honorific().map(h -> h + " ").orElse("") + person.name());
        person.email().ifPresent(text::add);
        person.phone().ifPresent(text::add);
        person.link().ifPresent(l -> text.add(l.toString()));
        return text.toString();
    }

    static String name(Person person) {
        return person.honorific().map(h -> h + " ").orElse("") + person.name();
    }

    static String affiliations(List<Affiliation> affiliations) {
        return join(affiliations, a -> {
            StringJoiner text = new StringJoiner(", ");
            a.position().ifPresent(p -> text.add(text(p)));
            a.organisation().ifPresent(o -> text.add(organisation(o)));
            return text.toString();
        });
    }

    static String organisation(Organisation organisation) {
        return text(organisation.name()) + organisation.abbreviation().map(a -> " (" + a + ")").orElse("")
                + organisation.link().map(l -> " " + l).orElse("");
    }

    static String contact(Contact contact) {
        StringJoiner text = new StringJoiner(", ");
        text.add(contact.role().code());
        contact.personId().ifPresent(text::add);
        contact.name().ifPresent(n -> text.add(text(n)));
        contact.email().ifPresent(text::add);
        contact.phone().ifPresent(text::add);
        return text.toString();
    }

    static String link(Link link) {
        return link.relation().code() + " " + text(link.title()) + link.url().map(u -> " " + u).orElse("");
    }

    static String registration(Registration r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.requirement().code());
        r.channels().forEach(c -> parts.add(channel(c)));
        r.opens().ifPresent(t -> parts.add("opens " + t));
        r.closes().ifPresent(t -> parts.add("closes " + t));
        r.capacity().ifPresent(c -> parts.add(capacity(c)));
        r.fee().ifPresent(f -> parts.add(f.amount().toPlainString() + " " + f.currency().getCurrencyCode()));
        r.audience().ifPresent(a -> parts.add(text(a)));
        if (r.approvalRequired()) {
            parts.add("approval");
        }
        r.note().ifPresent(n -> parts.add(text(n)));
        return String.join("; ", parts);
    }

    private static String channel(RegistrationChannel channel) {
        return channel.type().code() + channel.address().map(a -> " " + a).orElse("")
                + channel.label().map(l -> " \"" + text(l) + "\"").orElse("") + " " + channel.purpose().code();
    }

    private static String capacity(Capacity capacity) {
        return capacity.places() + " places" + (capacity.waitingList()
                ? capacity.waitingListPlaces().map(n -> ", waiting list of " + n).orElse(", waiting list") : "");
    }

    static <T> String join(List<T> values, Function<T, String> text) {
        StringJoiner all = new StringJoiner("; ");
        values.forEach(v -> all.add(text.apply(v)));
        return all.toString();
    }

    static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
