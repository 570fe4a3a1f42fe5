package dev.agendum.ical;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.Coded;
import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Revision;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/**
 * One VEVENT read into an {@link Event}: times and zones, texts, location and join link, status, revision,
 * organiser, contacts, URL, categories, chairs among the attendees, and RFC 9073 participants. Whatever is not
 * mapped becomes a warning. Feeds Agendum wrote with their X-AGENDUM- properties are read by
 * {@link OwnEventReader} instead.
 */
final class EventReader {

    private static final Set<String> MAPPED = Set.of("UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "DURATION",
            "SUMMARY", "DESCRIPTION", "LOCATION", "CONFERENCE", "STATUS", "URL", "ORGANIZER", "CONTACT",
            "CATEGORIES", "ATTENDEE", "RELATED-TO", "IMAGE", "CREATED", "LAST-MODIFIED", "CLASS", "TRANSP");

    private final ZoneId defaultZone;
    private final Locale defaultLanguage;
    private final List<FeedWarning> warnings;

    EventReader(ZoneId defaultZone, Locale defaultLanguage, List<FeedWarning> warnings) {
        this.defaultZone = defaultZone;
        this.defaultLanguage = defaultLanguage;
        this.warnings = warnings;
    }

    /** Reads {@code vevent}, or returns empty (with a warning) when it cannot form an event. */
    Optional<Event> read(Component vevent, FeedScan.Scanned lines) {
        try {
            return Optional.of(build(vevent, lines));
        } catch (RuntimeException e) {
            warn(lines.begin(), "VEVENT skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Event build(Component vevent, FeedScan.Scanned lines) {
        String uid = value(vevent, "UID").orElseThrow(() -> new IllegalArgumentException("it has no UID"));
        Property summary = vevent.getProperty("SUMMARY").orElse(null);
        Locale language = summary == null ? defaultLanguage : parameter(summary, "LANGUAGE")
                .map(Locale::forLanguageTag).orElse(defaultLanguage);
        Times times = Times.of(vevent, defaultZone, lines, warnings);
        Event.Builder event = Event.builder(id(uid))
                .language(language)
                .title(LocalizedText.of(language, summary == null || summary.getValue().isBlank() ? uid
                        : summary.getValue()))
                .zone(times.zone())
                .revision(revision(vevent, times, lines));
        if (times.allDay()) {
            event.allDay(times.start().toLocalDate(), times.end().toLocalDate().minusDays(1));
        } else {
            event.time(times.start(), times.end());
        }
        value(vevent, "DESCRIPTION").filter(d -> !d.isBlank())
                .ifPresent(d -> event.description(LocalizedText.of(language, d)));
        place(vevent, event, language, lines);
        event.status(status(value(vevent, "STATUS").orElse("CONFIRMED")));
        value(vevent, "URL").map(URI::create).ifPresent(url ->
                event.link(Link.of(Link.Relation.INFORMATION, LocalizedText.of(language, url.toString()), url)));
        organiser(vevent, event, language);
        for (Property contact : vevent.getProperties("CONTACT")) {
            event.contact(new Contact(Contact.Role.INFORMATION, Optional.empty(),
                    Optional.of(LocalizedText.of(language, contact.getValue())), Optional.empty(), Optional.empty()));
        }
        for (Property categories : vevent.getProperties("CATEGORIES")) {
            for (String category : categories.getValue().split("(?<!\\\\),")) {
                event.category(LocalizedText.of(language, category.replace("\\,", ",")));
            }
        }
        people(vevent, event, lines);
        skipped(vevent, lines);
        return event.build();
    }

    private void place(Component vevent, Event.Builder event, Locale language, FeedScan.Scanned lines) {
        Optional<String> location = value(vevent, "LOCATION").filter(l -> !l.isBlank());
        Optional<Property> conference = vevent.getProperty("CONFERENCE");
        Optional<URI> link = location.filter(l -> l.matches("(?i)https?://\\S+")).map(URI::create);
        if (conference.isEmpty() && link.isPresent()) {
            // Many calendars put the meeting link in LOCATION: that is a join link, not a venue.
            event.online(new OnlineLocation(Optional.empty(), Optional.of(JoinLink.known(link.get())), Set.of()));
            return;
        }
        boolean online = conference.isPresent()
                || location.map(l -> l.toLowerCase(Locale.ROOT).startsWith("online")).orElse(false);
        Optional<Venue> venue = location.filter(l -> !l.toLowerCase(Locale.ROOT).startsWith("online"))
                .map(l -> new Venue(LocalizedText.of(language, l), Optional.empty()));
        Optional<OnlineLocation> place = online ? Optional.of(onlineLocation(conference, lines)) : Optional.empty();
        AttendanceMode mode = online ? (venue.isPresent() ? AttendanceMode.HYBRID : AttendanceMode.ONLINE)
                : AttendanceMode.IN_PERSON;
        event.attendance(mode, venue, place);
    }

    private OnlineLocation onlineLocation(Optional<Property> conference, FeedScan.Scanned lines) {
        if (conference.isEmpty()) {
            return OnlineLocation.unannounced();
        }
        Property property = conference.get();
        URI url = URI.create(property.getValue());
        Set<ConferenceFeature> features = new TreeSet<>();
        parameter(property, "FEATURE").ifPresent(list -> {
            for (String feature : list.split(",")) {
                Coded.fromCode(ConferenceFeature.class, feature.strip().toLowerCase(Locale.ROOT))
                        .ifPresentOrElse(features::add,
                                () -> warn(lines.lineOf("CONFERENCE"), "conference feature " + feature + " skipped"));
            }
        });
        return new OnlineLocation(parameter(property, "LABEL"), Optional.of(JoinLink.known(url)), features);
    }

    private void organiser(Component vevent, Event.Builder event, Locale language) {
        vevent.getProperty("ORGANIZER").ifPresent(organizer -> {
            Optional<String> name = parameter(organizer, "CN");
            Optional<String> email = mailto(organizer.getValue());
            name.ifPresent(n -> event.organiser(Organisation.of(LocalizedText.of(language, n))));
            email.ifPresent(e -> event.contact(Contact.desk(Contact.Role.INFORMATION,
                    LocalizedText.of(language, name.orElse(e)), e)));
        });
    }

    private void people(Component vevent, Event.Builder event, FeedScan.Scanned lines) {
        Map<String, Person> people = new LinkedHashMap<>();
        int skippedAttendees = 0;
        for (Property attendee : vevent.getProperties("ATTENDEE")) {
            if (!parameter(attendee, "ROLE").map("CHAIR"::equalsIgnoreCase).orElse(false)) {
                skippedAttendees++;
                continue;
            }
            String name = parameter(attendee, "CN").or(() -> mailto(attendee.getValue())).orElse("chair");
            Person person = person(slug(name), name, mailto(attendee.getValue()));
            people.putIfAbsent(person.id(), person);
            event.participation(Participation.of(person.id(), RoleType.CHAIR));
        }
        if (skippedAttendees > 0) {
            warn(lines.lineOf("ATTENDEE"), skippedAttendees + " attendee(s) without ROLE=CHAIR skipped: an "
                    + "announcement names its people as participants, not its audience");
        }
        List<? extends Component> children = vevent instanceof ComponentContainer<?> container
                ? container.getComponentList().getAll() : List.of();
        for (Component participant : children) {
            if (participant.getName().equals("PARTICIPANT")) {
                participant(participant, people, event);
            } else {
                warn(lines.begin(), participant.getName() + " component skipped");
            }
        }
        event.person(people.values().toArray(Person[]::new));
    }

    private void participant(Component participant, Map<String, Person> people, Event.Builder event) {
        String name = value(participant, "SUMMARY").filter(s -> !s.isBlank()).orElse("participant");
        Optional<String> email = value(participant, "CALENDAR-ADDRESS").flatMap(EventReader::mailto);
        Person person = people.computeIfAbsent(slug(name), id -> person(id, name, email));
        Role role = role(value(participant, "PARTICIPANT-TYPE").orElse("ACTIVE"));
        event.participation(new Participation(person.id(), role, List.of()));
    }

    private static Role role(String participantType) {
        String type = participantType.toUpperCase(Locale.ROOT);
        return switch (type) {
            case "SPEAKER" -> Role.of(RoleType.SPEAKER);
            case "CONTACT" -> Role.of(RoleType.CONTACT);
            case "PUBLICITY-CONTACT" -> Role.of(RoleType.SPOKESPERSON);
            case "PLANNER-CONTACT" -> Role.of(RoleType.ORGANISER);
            default -> Coded.fromCode(RoleType.class, type.replaceFirst("^X-", "").toLowerCase(Locale.ROOT))
                    .filter(t -> t != RoleType.CUSTOM).map(Role::of)
                    .orElseGet(() -> Role.custom(LocalizedText.of(Locale.ENGLISH, participantType)));
        };
    }

    private Revision revision(Component vevent, Times times, FeedScan.Scanned lines) {
        int sequence = value(vevent, "SEQUENCE").map(String::strip).map(Integer::parseInt).orElse(0);
        Optional<Instant> stamp = value(vevent, "DTSTAMP").map(Times::utc);
        if (stamp.isEmpty()) {
            warn(lines.begin(), "no DTSTAMP: the revision is dated at the event's start");
        }
        return Revision.of(Math.max(sequence, 0), stamp.orElseGet(() ->
                ZonedDateTime.of(times.start(), times.zone()).toInstant()));
    }

    private void skipped(Component vevent, FeedScan.Scanned lines) {
        for (Property property : vevent.getProperties()) {
            String name = property.getName().toUpperCase(Locale.ROOT);
            if (!MAPPED.contains(name) && !name.startsWith("X-")) {
                warn(lines.lineOf(name), name + " skipped" + (name.equals("RRULE") || name.equals("RDATE")
                        ? ": only the first occurrence of a recurring event is read" : ""));
            }
        }
    }

    private static EventStatus status(String status) {
        return switch (status.strip().toUpperCase(Locale.ROOT)) {
            case "CANCELLED" -> EventStatus.CANCELLED;
            case "TENTATIVE" -> EventStatus.POSTPONED;
            default -> EventStatus.SCHEDULED;
        };
    }

    private static Person person(String id, String name, Optional<String> email) {
        Person person = Person.of(id, name);
        return email.map(person::withEmail).orElse(person);
    }

    /** Agendum's own UIDs give back the event's id; any other UID is made into a valid identifier. */
    static String id(String uid) {
        String base = uid.endsWith("@agendum.dev") ? uid.substring(0, uid.length() - "@agendum.dev".length()) : uid;
        return slug(base);
    }

    private static String slug(String text) {
        String slug = text.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        slug = slug.length() > 128 ? slug.substring(0, 128) : slug;
        return slug.isEmpty() ? "x" + Integer.toHexString(text.hashCode()) : slug;
    }

    /** The address of a {@code mailto:} URI, percent-decoded as RFC 6068 writes it (and FeedWriter does). */
    private static Optional<String> mailto(String address) {
        if (!address.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.empty();
        }
        String encoded = address.substring(7);
        try {
            return Optional.of(encoded.indexOf('%') < 0 ? encoded : java.net.URLDecoder.decode(
                    encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.of(encoded);
        }
    }

    static Optional<String> value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue);
    }

    static Optional<String> parameter(Property property, String name) {
        return property.<Parameter>getParameter(name).map(Parameter::getValue);
    }

    private void warn(int line, String message) {
        warnings.add(new FeedWarning(line, message));
    }
}
