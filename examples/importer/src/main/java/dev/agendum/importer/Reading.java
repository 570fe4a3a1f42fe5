package dev.agendum.importer;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.EventStatus;
import dev.agendum.model.JoinLink;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the readers have found so far in one announcement, each value beside its basis; filled in order. */
final class Reading {

    /** A value and why it is there. */
    record Valued<T>(T value, Basis basis) {
    }

    /** A contact as found: a person's id or a desk's name, with e-mail and phone. */
    record Contact(dev.agendum.model.Contact.Role role, Basis roleBasis, Optional<String> personId,
                   Optional<Valued<String>> deskName, Optional<Valued<String>> email, Optional<Valued<String>> phone) {
    }

    /** A registration channel as found. */
    record Channel(dev.agendum.model.RegistrationChannel channel, Basis basis) {
    }

    final Document document;
    final People people = new People();
    final Roles roles = new Roles();
    Organisations organisations;

    Valued<Locale> language;
    Valued<String> title;
    Valued<ZoneId> zone;
    Valued<LocalDateTime> start;
    Valued<LocalDateTime> end;
    boolean allDay;
    Valued<EventStatus> status;
    Optional<Valued<LocalDateTime>> previousStart = Optional.empty();
    Valued<AttendanceMode> attendance;
    Optional<Valued<String>> venueName = Optional.empty();
    Optional<Valued<String>> street = Optional.empty();
    Optional<Valued<String>> postalCode = Optional.empty();
    Optional<Valued<String>> locality = Optional.empty();
    Optional<Valued<String>> country = Optional.empty();
    Optional<Valued<JoinLink>> joinLink = Optional.empty();
    Optional<Valued<String>> platform = Optional.empty();
    final Map<ConferenceFeature, Basis> features = new LinkedHashMap<>();
    final List<Found.Organisation> organisers = new ArrayList<>();
    /**
     * What a person's card says they hold, by the person's name in lower case, for the roles the text gives them
     * elsewhere without it.
     */
    final Map<String, List<Found.Affiliation>> described = new LinkedHashMap<>();
    List<Found.Item> items = List.of();
    final List<Contact> contacts = new ArrayList<>();
    final List<Channel> channels = new ArrayList<>();
    Optional<Valued<dev.agendum.model.Registration.Requirement>> requirement = Optional.empty();
    Optional<Valued<dev.agendum.model.Fee>> fee = Optional.empty();
    Optional<Valued<dev.agendum.model.Capacity>> capacity = Optional.empty();
    Optional<Valued<LocalDateTime>> closes = Optional.empty();
    final List<Unplaced> unplaced = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    /** The region a phone number without country code is read in: "BE" for a Belgian text, else "NL". */
    final String phoneRegion;

    Reading(Document document) {
        this.document = document;
        this.phoneRegion = Phones.region(document.input());
    }

    boolean dutch() {
        return language.value().getLanguage().equals("nl");
    }

    void unplaced(Source source, String reason) {
        for (Unplaced known : unplaced) {
            if (known.source().start() == source.start() && known.source().end() == source.end()) {
                return;
            }
        }
        unplaced.add(new Unplaced(source, reason));
    }
}
