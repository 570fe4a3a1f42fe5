package dev.agendum.importer;

import dev.agendum.model.Affiliation;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import dev.agendum.model.Revision;
import dev.agendum.model.Venue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builds the draft's event from a reading, and notes every value set with its basis under its property path. */
final class Assembler {

    private final Reading reading;
    private final List<Provenance> values = new ArrayList<>();

    Assembler(Reading reading) {
        this.reading = reading;
    }

    List<Provenance> values() {
        return List.copyOf(values);
    }

    Event build(Instant published) {
        String id = Slugs.of(reading.title.value(), 60) + "-" + reading.start.value().toLocalDate();
        note("id", id, Assumption.of("id made from the title and the start date"));
        Event.Builder event = Event.builder(id)
                .language(reading.language.value())
                .title(text(reading.title.value()))
                .zone(reading.zone.value());
        note("language", reading.language.value().getLanguage(), reading.language.basis());
        note("title", reading.title.value(), reading.title.basis());
        note("zone", reading.zone.value().getId(), reading.zone.basis());
        if (reading.allDay) {
            event.allDay(reading.start.value().toLocalDate(), reading.end.value().toLocalDate().minusDays(1));
        } else {
            event.time(reading.start.value(), reading.end.value());
        }
        note("start", reading.start.value().toString(), reading.start.basis());
        note("end", reading.end.value().toString(), reading.end.basis());
        attendance(event);
        event.status(reading.status.value());
        note("status", reading.status.value().code(), reading.status.basis());
        reading.previousStart.ifPresent(p -> {
            event.rescheduledFrom(p.value());
            note("previousStart", p.value().toString(), p.basis());
        });
        for (int i = 0; i < reading.organisers.size(); i++) {
            event.organiser(organisation(reading.organisers.get(i), "organisers[" + i + "]"));
        }
        people(event);
        List<Found.Participation> eventLevel = reading.roles.eventLevel();
        for (int i = 0; i < eventLevel.size(); i++) {
            event.participation(participation(eventLevel.get(i), "participations[" + i + "]"));
        }
        event.programme(programme());
        registration().ifPresent(event::registration);
        contacts(event);
        event.revision(Revision.of(0, published));
        note("revision", "0 published " + published, Assumption.of("revision 0, published at the import's instant: "
                + "the text gives no publication date"));
        return event.build();
    }

    private void attendance(Event.Builder event) {
        note("attendanceMode", reading.attendance.value().code(), reading.attendance.basis());
        Optional<Venue> venue = reading.venueName.map(name -> {
            note("venue.name", name.value(), name.basis());
            return new Venue(text(name.value()), address());
        });
        Optional<OnlineLocation> online = Optional.empty();
        if (reading.attendance.value() != dev.agendum.model.AttendanceMode.IN_PERSON) {
            reading.joinLink.ifPresent(j -> note("online.joinLink", j.value().status().code()
                    + j.value().url().map(u -> " " + u).orElse(""), j.basis()));
            reading.platform.ifPresent(p -> note("online.platform", p.value(), p.basis()));
            reading.features.forEach((feature, basis) -> note("online.features", feature.code(), basis));
            online = Optional.of(new OnlineLocation(reading.platform.map(Reading.Valued::value),
                    reading.joinLink.map(Reading.Valued::value), reading.features.keySet()));
        }
        event.attendance(reading.attendance.value(), venue, online);
    }

    private Optional<PostalAddress> address() {
        if (reading.locality.isEmpty()) {
            return Optional.empty();
        }
        reading.street.ifPresent(s -> note("venue.address.street", s.value(), s.basis()));
        reading.postalCode.ifPresent(s -> note("venue.address.postalCode", s.value(), s.basis()));
        note("venue.address.locality", reading.locality.get().value(), reading.locality.get().basis());
        note("venue.address.country", reading.country.get().value(), reading.country.get().basis());
        return Optional.of(new PostalAddress(reading.street.map(Reading.Valued::value),
                reading.postalCode.map(Reading.Valued::value), reading.locality.get().value(), Optional.empty(),
                reading.country.get().value()));
    }

    private void people(Event.Builder event) {
        List<Found.Person> people = reading.people.all();
        for (int i = 0; i < people.size(); i++) {
            Found.Person found = people.get(i);
            String path = "people[" + i + "]";
            Person person = Person.of(found.id(), found.name());
            note(path + ".name", found.name(), found.source());
            if (found.honorific().isPresent()) {
                person = person.withHonorific(found.honorific().get());
                note(path + ".honorific", found.honorific().get(), found.source());
            }
            Optional<String> email = reading.people.email(found.id());
            if (email.isPresent()) {
                person = person.withEmail(email.get());
                note(path + ".email", email.get(), reading.people.emailSource(found.id()).get());
            }
            Optional<String> phone = reading.people.phone(found.id());
            if (phone.isPresent()) {
                person = person.withPhone(phone.get());
                note(path + ".phone", phone.get(), reading.people.phoneBasis(found.id()).get());
            }
            event.person(person);
        }
    }

    private Participation participation(Found.Participation found, String path) {
        note(path + ".role", found.role().code() + " (" + found.personId() + ")", found.roleBasis());
        List<Affiliation> affiliations = new ArrayList<>();
        // a role read without what the person holds takes what their card says
        List<Found.Affiliation> held = found.affiliations().isEmpty() ? reading.people.all().stream()
                .filter(p -> p.id().equals(found.personId())).findFirst()
                .map(p -> reading.described.getOrDefault(p.name().toLowerCase(Locale.ROOT), List.of()))
                .orElse(List.of()) : found.affiliations();
        for (int a = 0; a < held.size(); a++) {
            Found.Affiliation affiliation = held.get(a);
            String at = path + ".affiliations[" + a + "]";
            affiliation.positionSource().ifPresent(p -> note(at + ".position", p.words(), p));
            // "predikant van de gemeente", "director of the library": a common noun set small names no body
            Optional<Organisation> organisation = affiliation.organisation().filter(o -> o.abbreviation().isPresent()
                    || o.name().chars().anyMatch(Character::isUpperCase)).map(this::asOrganiser)
                    .map(o -> organisation(o, at + ".organisation"));
            if (affiliation.position().isEmpty() && organisation.isEmpty()) {
                continue;
            }
            affiliations.add(new Affiliation(affiliation.position().map(this::text), organisation));
        }
        // a role Agendum has no name for keeps the word the text gives it ("workshopleider", "discussant")
        Role role = found.role() == RoleType.CUSTOM ? Role.custom(text(Lexicon.customLabel(found.roleBasis() instanceof
                Source source ? source.words() : found.roleBasis().describe()))) : Role.of(found.role());
        return Participation.of(found.personId(), role, affiliations.toArray(Affiliation[]::new));
    }

    /**
     * "Head of Advisory, GreenLedger" on a page organised by "GreenLedger B.V.": a body named as an organiser is
     * without its legal form, so a person's body of that name is the organiser, named as the organiser is.
     */
    private Found.Organisation asOrganiser(Found.Organisation body) {
        return reading.organisers.stream().filter(o -> !o.name().equalsIgnoreCase(body.name())
                && Organisations.withoutLegalForm(o.name()).equalsIgnoreCase(body.name())).findFirst()
                .map(o -> new Found.Organisation(o.name(), o.abbreviation(), body.basis() instanceof Source named
                        ? Assumption.from("\"" + named.words() + "\" taken as the organiser " + o.name(), named)
                        : body.basis())).orElse(body);
    }

    private Organisation organisation(Found.Organisation named, String path) {
        Found.Organisation found = PlacedNames.withoutTown(named, reading.locality.map(Reading.Valued::value));
        note(path + ".name", found.name(), found.basis());
        found.abbreviation().ifPresent(a -> note(path + ".abbreviation", a, found.basis()));
        return new Organisation(text(found.name()), found.abbreviation(), Optional.empty());
    }

    private Programme programme() {
        List<ProgrammeItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Found.Item> found = reading.items;
        for (int i = 0; i < found.size(); i++) {
            Found.Item item = found.get(i);
            String path = "programme.items[" + i + "]";
            String id = Slugs.of(item.title(), 40);
            for (int n = 2; !ids.add(id); n++) {
                id = Slugs.of(item.title(), 40) + "-" + n;
            }
            ProgrammeItem.Builder builder = ProgrammeItem.builder(id, item.start(), item.kind(), text(item.title()));
            note(path + ".start", item.start().toString(), item.startBasis());
            note(path + ".kind", item.kind().code(), item.kindBasis());
            if (item.kind() == dev.agendum.model.ItemKind.OTHER) {
                String label = item.title().length() > 100 ? item.title().substring(0, 100) : item.title();
                builder.kindLabel(text(label));
                note(path + ".kindLabel", label, Assumption.from("an item of no known kind is labelled with its "
                        + "title", item.titleSource()));
            }
            note(path + ".title", item.title(), item.titleSource());
            if (item.end().isPresent()) {
                builder.end(item.end().get());
                note(path + ".end", item.end().get().toString(), item.endBasis().get());
            }
            if (item.track().isPresent()) {
                builder.track(item.track().get().words());
                note(path + ".track", item.track().get().words(), item.track().get());
            }
            if (item.description().isPresent()) {
                builder.description(text(item.description().get()));
                note(path + ".description", item.description().get(), item.descriptionSource().get());
            }
            for (int p = 0; p < item.participations().size(); p++) {
                builder.participation(participation(item.participations().get(p),
                        path + ".participations[" + p + "]"));
            }
            items.add(builder.build());
        }
        return new Programme(items);
    }

    private Optional<Registration> registration() {
        if (reading.channels.isEmpty() && reading.fee.isEmpty() && reading.capacity.isEmpty()
                && reading.closes.isEmpty()) {
            return Optional.empty();
        }
        List<RegistrationChannel> channels = new ArrayList<>();
        for (int i = 0; i < reading.channels.size(); i++) {
            Reading.Channel channel = reading.channels.get(i);
            channels.add(channel.channel());
            note("registration.channels[" + i + "]", channel.channel().type().code()
                    + channel.channel().address().map(a -> " " + a).orElse("")
                    + channel.channel().label().map(l -> " \"" + l.text() + "\"").orElse("")
                    + " for " + channel.channel().purpose().code(), channel.basis());
        }
        Registration.Requirement requirement = reading.requirement.map(Reading.Valued::value)
                .orElse(Registration.Requirement.NOT_STATED);
        if (requirement == Registration.Requirement.REQUIRED && channels.isEmpty()) {
            requirement = Registration.Requirement.NOT_STATED;
        }
        note("registration.requirement", requirement.code(), reading.requirement.map(Reading.Valued::basis)
                .orElse(Assumption.of("not stated: the text says nothing of whether registering is needed")));
        Registration.Builder builder = switch (requirement) {
            case REQUIRED -> Registration.required(channels.get(0),
                    channels.subList(1, channels.size()).toArray(RegistrationChannel[]::new));
            case OPTIONAL -> Registration.optional(channels.toArray(RegistrationChannel[]::new));
            case NOT_STATED -> Registration.notStated(channels.toArray(RegistrationChannel[]::new));
        };
        reading.fee.ifPresent(f -> {
            builder.fee(f.value());
            note("registration.fee", f.value().amount().toPlainString() + " " + f.value().currency(), f.basis());
        });
        reading.capacity.ifPresent(c -> {
            builder.capacity(c.value());
            note("registration.capacity", c.value().places() + (c.value().waitingList() ? " and a waiting list" : ""),
                    c.basis());
        });
        reading.closes.ifPresent(c -> {
            builder.closes(c.value());
            note("registration.closes", c.value().toString(), c.basis());
        });
        return Optional.of(builder.build());
    }

    private void contacts(Event.Builder event) {
        for (int i = 0; i < reading.contacts.size(); i++) {
            Reading.Contact found = reading.contacts.get(i);
            String path = "contacts[" + i + "]";
            note(path + ".role", found.role().code(), found.roleBasis());
            found.personId().ifPresent(p -> note(path + ".personId", p, reading.people.all().stream()
                    .filter(x -> x.id().equals(p)).findFirst().get().source()));
            found.deskName().ifPresent(n -> note(path + ".name", n.value(), n.basis()));
            found.email().ifPresent(e -> note(path + ".email", e.value(), e.basis()));
            found.phone().ifPresent(p -> note(path + ".phone", p.value(), p.basis()));
            event.contact(new Contact(found.role(), found.personId(), found.deskName().map(n -> text(n.value())),
                    found.email().map(Reading.Valued::value), found.phone().map(Reading.Valued::value)));
        }
    }

    private LocalizedText text(String words) {
        return LocalizedText.of(reading.language.value(), words);
    }

    private void note(String path, String value, Basis basis) {
        values.add(new Provenance(path, value, basis));
    }
}
