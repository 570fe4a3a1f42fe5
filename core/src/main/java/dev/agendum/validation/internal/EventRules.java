package dev.agendum.validation.internal;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.Image;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Venue;
import dev.agendum.validation.Limits;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Every per-value rule of the model, in one place: what each field of each model type must satisfy (text rules
 * and lengths, formats, list sizes), checked by one walk over the event, type by type, in the order of each
 * record's components.
 *
 * <p>The walk replaces a Hibernate Validator constraint mapping with a cascade into every record, list and
 * optional value: the same violations, with the same paths, templates and parameters, at a fraction of the cost
 * (the cascade's value contexts, path nodes and value extractors took most of validation's time and memory) and
 * with no metadata for 17 types to build at start-up. A list that is too long is still walked: every violation
 * is reported at once.
 */
final class EventRules {

    private EventRules() {
    }

    /** Reports every per-value violation in {@code event}. */
    static void check(Event event, Reporter reporter) {
        new Walk(reporter).event(event);
    }

    /** One walk over one event, reporting to one reporter. */
    private record Walk(Reporter reporter) {

        void event(Event event) {
            identifier(event.id(), null, "id");
            text(event.title(), Limits.LINE_TEXT, null, "title");
            longText(event.description(), null, "description");
            event.venue().ifPresent(venue -> venue(venue, Where.at("venue")));
            event.online().ifPresent(online -> online(online, Where.at("online")));
            List<Organisation> organisers = event.organisers();
            atMost(organisers, Limits.LIST, null, "organisers");
            for (int i = 0; i < organisers.size(); i++) {
                organisation(organisers.get(i), Where.at("organisers", i));
            }
            List<Person> people = event.people();
            atMost(people, Limits.PEOPLE, null, "people");
            for (int i = 0; i < people.size(); i++) {
                person(people.get(i), Where.at("people", i));
            }
            participations(event.participations(), null);
            items(event.programme().items(), Where.at("programme"), "items");
            event.registration().ifPresent(registration -> registration(registration, Where.at("registration")));
            List<Contact> contacts = event.contacts();
            atMost(contacts, Limits.LIST, null, "contacts");
            for (int i = 0; i < contacts.size(); i++) {
                contact(contacts.get(i), Where.at("contacts", i));
            }
            List<Link> links = event.links();
            atMost(links, Limits.LIST, null, "links");
            for (int i = 0; i < links.size(); i++) {
                link(links.get(i), Where.at("links", i));
            }
            event.image().ifPresent(image -> image(image, Where.at("image")));
            List<LocalizedText> categories = event.categories();
            atMost(categories, Limits.LIST, null, "categories");
            for (int i = 0; i < categories.size(); i++) {
                TextRule.check(categories.get(i), Limits.SHORT_TEXT, false, Where.at("categories", i), reporter);
            }
        }

        void link(Link link, Where at) {
            text(link.title(), Limits.LINE_TEXT, at, "title");
            webLink(link.url(), at, "url");
        }

        void image(Image image, Where at) {
            TextRule.check(image.description(), Limits.LONG_TEXT, true, at, "description", reporter);
            webLink(image.url(), at, "url");
        }

        /** The items of one list, {@code list} of {@code parent} ({@code programme.items}, {@code …children}). */
        void items(List<ProgrammeItem> items, Where parent, String list) {
            for (int i = 0; i < items.size(); i++) {
                item(items.get(i), parent.then(list, i));
            }
        }

        void item(ProgrammeItem item, Where at) {
            identifier(item.id(), at, "id");
            shortText(item.kindLabel(), at, "kindLabel");
            text(item.title(), Limits.LINE_TEXT, at, "title");
            longText(item.description(), at, "description");
            participations(item.participations(), at);
            TextRule.check(item.track(), Limits.SHORT_TEXT, false, at, "track", reporter);
            TextRule.check(item.room(), Limits.SHORT_TEXT, false, at, "room", reporter);
            items(item.children(), at, "children");
        }

        void person(Person person, Where at) {
            identifier(person.id(), at, "id");
            TextRule.check(person.name(), Limits.LINE_TEXT, false, at, "name", reporter);
            TextRule.check(person.honorific(), Limits.SHORT_TEXT, false, at, "honorific", reporter);
            format(person.email(), Format.EMAIL, at, "email");
            format(person.phone(), Format.PHONE, at, "phone");
            webLink(person.link(), at, "link");
        }

        /** The participations of the event ({@code owner} {@code null}) or of a programme item. */
        void participations(List<Participation> participations, Where owner) {
            atMost(participations, Limits.PARTICIPATIONS, owner, "participations");
            for (int i = 0; i < participations.size(); i++) {
                Where at = owner == null ? Where.at("participations", i) : owner.then("participations", i);
                Participation participation = participations.get(i);
                shortText(participation.role().customLabel(), at.then("role"), "customLabel");
                List<Affiliation> affiliations = participation.affiliations();
                atMost(affiliations, Limits.AFFILIATIONS, at, "affiliations");
                for (int j = 0; j < affiliations.size(); j++) {
                    affiliation(affiliations.get(j), at.then("affiliations", j));
                }
            }
        }

        void affiliation(Affiliation affiliation, Where at) {
            TextRule.checkLocalized(affiliation.position(), Limits.LINE_TEXT, false, at, "position",
                    reporter);
            affiliation.organisation().ifPresent(organisation ->
                    organisation(organisation, at.then("organisation")));
        }

        void organisation(Organisation organisation, Where at) {
            text(organisation.name(), Limits.LINE_TEXT, at, "name");
            TextRule.check(organisation.abbreviation(), Limits.SHORT_TEXT, false, at, "abbreviation",
                    reporter);
            webLink(organisation.link(), at, "link");
        }

        void contact(Contact contact, Where at) {
            TextRule.checkLocalized(contact.name(), Limits.LINE_TEXT, false, at, "name", reporter);
            format(contact.email(), Format.EMAIL, at, "email");
            format(contact.phone(), Format.PHONE, at, "phone");
        }

        void venue(Venue venue, Where at) {
            text(venue.name(), Limits.LINE_TEXT, at, "name");
            venue.address().ifPresent(address -> address(address, at.then("address")));
        }

        void address(PostalAddress address, Where at) {
            TextRule.check(address.street(), Limits.LINE_TEXT, false, at, "street", reporter);
            TextRule.check(address.postalCode(), Limits.SHORT_TEXT, false, at, "postalCode", reporter);
            TextRule.check(address.locality(), Limits.LINE_TEXT, false, at, "locality", reporter);
            TextRule.check(address.region(), Limits.LINE_TEXT, false, at, "region", reporter);
            format(address.country(), Format.COUNTRY, at, "country");
        }

        void online(OnlineLocation online, Where at) {
            TextRule.check(online.platform(), Limits.SHORT_TEXT, false, at, "platform", reporter);
            online.joinLink().ifPresent(joinLink -> joinLink(joinLink, at.then("joinLink")));
        }

        void joinLink(JoinLink joinLink, Where at) {
            webLink(joinLink.url(), at, "url");
        }

        void registration(Registration registration, Where at) {
            List<RegistrationChannel> channels = registration.channels();
            atMost(channels, Limits.LIST, at, "channels");
            for (int i = 0; i < channels.size(); i++) {
                TextRule.checkLocalized(channels.get(i).label(), Limits.LINE_TEXT, false,
                        at.then("channels", i), "label", reporter);
            }
            longText(registration.audience(), at, "audience");
            longText(registration.note(), at, "note");
        }

        private void text(LocalizedText text, int max, Where owner, String name) {
            TextRule.check(text, max, false, owner, name, reporter);
        }

        private void shortText(Optional<LocalizedText> text, Where owner, String name) {
            TextRule.checkLocalized(text, Limits.SHORT_TEXT, false, owner, name, reporter);
        }

        private void longText(Optional<LocalizedText> text, Where owner, String name) {
            TextRule.checkLocalized(text, Limits.LONG_TEXT, true, owner, name, reporter);
        }

        private void identifier(String id, Where owner, String name) {
            format(id, Format.IDENTIFIER, owner, name);
        }

        private void webLink(Optional<URI> link, Where owner, String name) {
            if (link.isPresent()) {
                format(link.get().toString(), Format.WEB_LINK, owner, name);
            }
        }

        private void format(Optional<String> value, Format format, Where owner, String name) {
            if (value.isPresent()) {
                format(value.get(), format, owner, name);
            }
        }

        private void format(String value, Format format, Where owner, String name) {
            if (!format.accepts(value)) {
                reporter.report(format.key(), Where.of(owner, name));
            }
        }

        private void atMost(List<?> list, int max, Where owner, String name) {
            if (list.size() > max) {
                reporter.report("list.too-long", Where.of(owner, name), "max", max);
            }
        }
    }
}
