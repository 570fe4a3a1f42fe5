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
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One VEVENT read into an {@link Event}: times and zones, texts, location and join link, status, revision,
 * organiser, contacts, URL, categories, chairs among the attendees, and RFC 9073 participants, all from the content
 * lines as {@link FeedScan} read them. A property that cannot be read (a URL that is not a URI, a SEQUENCE that is
 * not a number) is skipped with a warning; whatever is not mapped becomes a warning too. Feeds Agendum wrote with
 * their X-AGENDUM- properties are read by {@link OwnEventReader} instead.
 */
final class EventReader {

    /** Properties mapped, or read by the feed reader itself (UID, RECURRENCE-ID, the recurrence set). */
    private static final Set<String> MAPPED = Set.of("UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "DURATION",
            "SUMMARY", "DESCRIPTION", "LOCATION", "CONFERENCE", "STATUS", "URL", "ORGANIZER", "CONTACT",
            "CATEGORIES", "ATTENDEE", "RELATED-TO", "RECURRENCE-ID", "RRULE", "RDATE", "EXDATE");
    /** Properties that say nothing an announcement holds, read without a warning. */
    private static final Set<String> IGNORED = Set.of("CREATED", "LAST-MODIFIED", "CLASS", "TRANSP", "PRIORITY",
            "X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-INTENDEDSTATUS", "X-MICROSOFT-CDO-ALLDAYEVENT",
            "X-MICROSOFT-CDO-IMPORTANCE", "X-MICROSOFT-CDO-INSTTYPE", "X-MICROSOFT-DISALLOW-COUNTER",
            "X-MICROSOFT-DONOTFORWARDMEETING", "X-MICROSOFT-REQUESTEDATTENDANCEMODE", "X-MICROSOFT-ISRESPONSEREQUESTED",
            "X-MICROSOFT-LOCATIONDISPLAYNAME", "X-MICROSOFT-CDO-APPT-SEQUENCE", "X-MICROSOFT-CDO-OWNERAPPTID",
            "X-MICROSOFT-CDO-REPLYTIME", "X-MICROSOFT-CDO-OWNER-CRITICAL-CHANGE",
            "X-MICROSOFT-CDO-ATTENDEE-CRITICAL-CHANGE", "X-MOZ-GENERATION", "X-MOZ-LASTACK", "X-MOZ-RECEIVED-SEQUENCE",
            "X-MOZ-RECEIVED-DTSTAMP", "X-MOZ-SEND-INVITATIONS", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "X-APPLE-CREATOR-IDENTITY", "X-APPLE-CREATOR-TEAM-IDENTITY",
            "X-LIC-ERROR", "X-GOOGLE-CONFERENCE");

    private final Locale defaultLanguage;
    private final TimeZones zones;
    private final List<FeedWarning> warnings;

    EventReader(Locale defaultLanguage, TimeZones zones, List<FeedWarning> warnings) {
        this.defaultLanguage = defaultLanguage;
        this.zones = zones;
        this.warnings = warnings;
    }

    /**
     * Reads {@code vevent} as the event {@code id}, or returns empty (with a warning) when it cannot form an event.
     */
    Optional<Event> read(Scanned vevent, String id, String uid) {
        try {
            return Optional.of(build(vevent, id, uid));
        } catch (RuntimeException e) {
            warn(vevent.begin(), "VEVENT skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Event build(Scanned vevent, String id, String uid) {
        Optional<ContentLine> summary = vevent.first("SUMMARY");
        Locale language = summary.flatMap(s -> s.parameter("LANGUAGE")).map(Locale::forLanguageTag)
                .filter(l -> !l.getLanguage().isEmpty()).orElse(defaultLanguage);
        Times times = Times.of(vevent, zones, warnings);
        String title = summary.map(ContentLine::text).filter(t -> !t.isBlank()).orElse(uid.isBlank() ? id : uid);
        Event.Builder event = Event.builder(id)
                .language(language)
                .title(LocalizedText.of(language, title))
                .zone(times.zone())
                .revision(revision(vevent, times));
        if (times.allDay()) {
            event.allDay(times.start().toLocalDate(), times.end().toLocalDate().minusDays(1));
        } else {
            event.time(times.start(), times.end());
        }
        vevent.text("DESCRIPTION").filter(d -> !d.isBlank())
                .ifPresent(d -> event.description(LocalizedText.of(language, d)));
        place(vevent, event, language);
        event.status(status(vevent.value("STATUS").orElse("CONFIRMED")));
        vevent.first("URL").flatMap(u -> uri(u)).ifPresent(url ->
                event.link(Link.of(Link.Relation.INFORMATION, LocalizedText.of(language, url.toString()), url)));
        organiser(vevent, event, language);
        for (ContentLine contact : vevent.all("CONTACT")) {
            event.contact(new Contact(Contact.Role.INFORMATION, Optional.empty(),
                    Optional.of(LocalizedText.of(language, contact.text())), Optional.empty(), Optional.empty()));
        }
        for (ContentLine categories : vevent.all("CATEGORIES")) {
            categories.texts().stream().filter(c -> !c.isBlank())
                    .forEach(c -> event.category(LocalizedText.of(language, c)));
        }
        people(vevent, event);
        skipped(vevent);
        return event.build();
    }

    private void place(Scanned vevent, Event.Builder event, Locale language) {
        Optional<String> location = vevent.text("LOCATION").map(String::strip).filter(l -> !l.isBlank());
        Optional<ContentLine> conference = vevent.first("CONFERENCE").filter(c -> uri(c).isPresent());
        Optional<URI> link = location.filter(l -> l.matches("(?i)https?://\\S+"))
                .flatMap(l -> uri(new ContentLine(vevent.lineOf("LOCATION"), "LOCATION", Map.of(), l)));
        if (conference.isEmpty() && link.isPresent()) {
            // Many calendars put the meeting link in LOCATION: that is a join link, not a venue.
            event.online(new OnlineLocation(Optional.empty(), Optional.of(JoinLink.known(link.get())), Set.of()));
            return;
        }
        boolean online = conference.isPresent()
                || location.map(l -> l.toLowerCase(Locale.ROOT).startsWith("online")).orElse(false);
        Optional<Venue> venue = location.filter(l -> !l.toLowerCase(Locale.ROOT).startsWith("online"))
                .map(l -> new Venue(LocalizedText.of(language, l), Optional.empty()));
        Optional<OnlineLocation> place = online ? Optional.of(onlineLocation(conference)) : Optional.empty();
        AttendanceMode mode = online ? (venue.isPresent() ? AttendanceMode.HYBRID : AttendanceMode.ONLINE)
                : AttendanceMode.IN_PERSON;
        event.attendance(mode, venue, place);
    }

    private OnlineLocation onlineLocation(Optional<ContentLine> conference) {
        if (conference.isEmpty()) {
            return OnlineLocation.unannounced();
        }
        ContentLine property = conference.get();
        URI url = uri(property).orElseThrow();
        Set<ConferenceFeature> features = new TreeSet<>();
        property.parameter("FEATURE").ifPresent(list -> {
            for (String feature : list.split(",")) {
                Coded.fromCode(ConferenceFeature.class, feature.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                        .ifPresentOrElse(features::add, () -> warn(property.line(), "conference feature "
                                + Quoted.of(feature) + " skipped"));
            }
        });
        return new OnlineLocation(property.parameter("LABEL").filter(l -> !l.isBlank()),
                Optional.of(JoinLink.known(url)), features);
    }

    private void organiser(Scanned vevent, Event.Builder event, Locale language) {
        vevent.first("ORGANIZER").ifPresent(organizer -> {
            Optional<String> name = organizer.parameter("CN").map(String::strip).filter(n -> !n.isBlank());
            Optional<String> email = mailto(organizer.value());
            name.ifPresent(n -> event.organiser(Organisation.of(LocalizedText.of(language, n))));
            email.ifPresent(e -> event.contact(Contact.desk(Contact.Role.INFORMATION,
                    LocalizedText.of(language, name.orElse(e)), e)));
        });
    }

    private void people(Scanned vevent, Event.Builder event) {
        Map<String, Person> people = new LinkedHashMap<>();
        int skippedAttendees = 0;
        for (ContentLine attendee : vevent.all("ATTENDEE")) {
            if (!attendee.parameter("ROLE").map("CHAIR"::equalsIgnoreCase).orElse(false)) {
                skippedAttendees++;
                continue;
            }
            String name = attendee.parameter("CN").filter(n -> !n.isBlank()).or(() -> mailto(attendee.value()))
                    .orElse("chair");
            Person person = person(slug(name), name, mailto(attendee.value()));
            people.putIfAbsent(person.id(), person);
            event.participation(Participation.of(person.id(), RoleType.CHAIR));
        }
        if (skippedAttendees > 0) {
            warn(vevent.lineOf("ATTENDEE"), skippedAttendees + " attendee(s) without ROLE=CHAIR skipped: an "
                    + "announcement names its people as participants, not its audience");
        }
        for (Scanned child : vevent.children()) {
            if (child.name().equals("PARTICIPANT")) {
                participant(child, people, event);
            } else {
                warn(child.begin(), child.name() + " component skipped");
            }
        }
        event.person(people.values().toArray(Person[]::new));
    }

    private void participant(Scanned participant, Map<String, Person> people, Event.Builder event) {
        String name = participant.text("SUMMARY").filter(s -> !s.isBlank()).orElse("participant");
        Optional<String> email = participant.value("CALENDAR-ADDRESS").flatMap(EventReader::mailto);
        Person person = people.computeIfAbsent(slug(name), id -> person(id, name, email));
        Role role = role(participant.value("PARTICIPANT-TYPE").orElse("ACTIVE"));
        event.participation(new Participation(person.id(), role, List.of()));
    }

    private static Role role(String participantType) {
        String type = participantType.strip().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "SPEAKER" -> Role.of(RoleType.SPEAKER);
            case "CONTACT" -> Role.of(RoleType.CONTACT);
            case "PUBLICITY-CONTACT" -> Role.of(RoleType.SPOKESPERSON);
            case "PLANNER-CONTACT" -> Role.of(RoleType.ORGANISER);
            default -> Coded.fromCode(RoleType.class, type.replaceFirst("^X-", "").toLowerCase(Locale.ROOT))
                    .filter(t -> t != RoleType.CUSTOM).map(Role::of)
                    .orElseGet(() -> Role.custom(LocalizedText.of(Locale.ENGLISH,
                            participantType.isBlank() ? "participant" : participantType)));
        };
    }

    private Revision revision(Scanned vevent, Times times) {
        int sequence = 0;
        Optional<ContentLine> sequenceLine = vevent.first("SEQUENCE");
        if (sequenceLine.isPresent()) {
            try {
                sequence = Math.max(Integer.parseInt(sequenceLine.get().value().strip()), 0);
            } catch (NumberFormatException e) {
                warn(sequenceLine.get().line(), "SEQUENCE " + Quoted.of(sequenceLine.get().value())
                        + " is not a number: read as 0");
            }
        }
        Optional<Instant> stamp = Optional.empty();
        Optional<ContentLine> dtstamp = vevent.first("DTSTAMP");
        if (dtstamp.isPresent()) {
            try {
                stamp = Optional.of(Times.utc(dtstamp.get().value()));
            } catch (IllegalArgumentException e) {
                warn(dtstamp.get().line(), "DTSTAMP skipped: " + e.getMessage());
            }
        } else {
            warn(vevent.begin(), "no DTSTAMP: the revision is dated at the event's start");
        }
        return Revision.of(sequence, stamp.orElseGet(() -> ZonedDateTime.of(times.start(), times.zone()).toInstant()));
    }

    private void skipped(Scanned vevent) {
        for (ContentLine property : vevent.properties()) {
            String name = property.name();
            if (!MAPPED.contains(name) && !IGNORED.contains(name)) {
                warn(property.line(), name + " skipped");
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
        return email.filter(EventReader::plausibleEmail).map(person::withEmail).orElse(person);
    }

    private static boolean plausibleEmail(String email) {
        return email.indexOf('@') > 0 && email.indexOf('@') < email.length() - 1 && !email.contains(" ");
    }

    /** A link property's value as a URI, or empty (with a warning) when it is not one. */
    private Optional<URI> uri(ContentLine line) {
        try {
            URI uri = new URI(line.value().strip());
            if (uri.isAbsolute()) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // warned below
        }
        warn(line.line(), line.name() + " skipped: " + Quoted.of(line.value()) + " is not an absolute URI");
        return Optional.empty();
    }

    /** Agendum's own UIDs give back the event's id; any other UID is made into a valid identifier. */
    static String id(String uid) {
        String base = uid.endsWith("@agendum.dev") ? uid.substring(0, uid.length() - "@agendum.dev".length()) : uid;
        return slug(base);
    }

    static String slug(String text) {
        String slug = text.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        slug = slug.length() > 128 ? slug.substring(0, 128) : slug;
        return slug.isEmpty() ? "x" + Integer.toHexString(text.hashCode()) : slug;
    }

    /** The address of a {@code mailto:} URI, percent-decoded as RFC 6068 writes it (and FeedWriter does). */
    private static Optional<String> mailto(String address) {
        String value = address.strip();
        if (!value.regionMatches(true, 0, "mailto:", 0, 7) || value.length() == 7) {
            return Optional.empty();
        }
        String encoded = value.substring(7);
        try {
            return Optional.of(encoded.indexOf('%') < 0 ? encoded : java.net.URLDecoder.decode(
                    encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.of(encoded);
        }
    }

    private void warn(int line, String message) {
        warnings.add(new FeedWarning(line, message));
    }
}
