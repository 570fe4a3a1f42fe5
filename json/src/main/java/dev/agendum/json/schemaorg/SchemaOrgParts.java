package dev.agendum.json.schemaorg;

import dev.agendum.model.Affiliation;
import dev.agendum.model.AttendanceMode;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.RoleType;
import dev.agendum.model.Venue;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * The schema.org values of an event's parts, in one language: dates with offsets, places, organisations and the
 * people who perform. A person's e-mail address and phone number are never published here.
 */
public final class SchemaOrgParts {

    /** The roles of people who appear on stage; organisers, contacts and spokespersons do not perform. */
    static final Set<RoleType> PERFORMING = EnumSet.complementOf(
            EnumSet.of(RoleType.ORGANISER, RoleType.CONTACT, RoleType.SPOKESPERSON));

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final String SCHEMA = "https://schema.org/";

    private final JsonGenerator out;
    private final Locale language;

    /** Creates the writer of an event's parts to {@code out}, texts in {@code language}. */
    public SchemaOrgParts(JsonGenerator out, Locale language) {
        this.out = out;
        this.language = language;
    }

    /** Returns {@code text} in the output's language, or its default. */
    public String text(LocalizedText text) {
        return text.get(language);
    }

    /** Writes a local time of {@code event} as a date-time with the offset in force then ("+01:00"). */
    public void dateTime(String name, Event event, LocalDateTime time) {
        out.writeStringProperty(name, DATE_TIME.format(time.atZone(event.zone())));
    }

    /** Writes the dates of an all-day event: its first and its last day (schema.org end dates are inclusive). */
    public void allDayDates(Event event) {
        out.writeStringProperty("startDate", event.start().toLocalDate().toString());
        out.writeStringProperty("endDate", event.end().toLocalDate().minusDays(1).toString());
    }

    /** Writes the schema.org {@code eventAttendanceMode} of {@code mode}. */
    public void attendanceMode(AttendanceMode mode) {
        out.writeStringProperty("eventAttendanceMode", SCHEMA + switch (mode) {
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        });
    }

    /** Writes the schema.org {@code eventStatus} of {@code status}. */
    public void status(EventStatus status) {
        out.writeStringProperty("eventStatus", SCHEMA + switch (status) {
            case SCHEDULED -> "EventScheduled";
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> "EventPostponed";
            case RESCHEDULED -> "EventRescheduled";
            case MOVED_ONLINE -> "EventMovedOnline";
        });
    }

    /** Writes the venue as a Place and the online location as a VirtualLocation at the public page, never the join link. */
    public void locations(Event event) {
        List<Runnable> locations = new ArrayList<>();
        event.venue().ifPresent(venue -> locations.add(() -> place(venue)));
        event.online().ifPresent(online -> locations.add(() -> virtualLocation(publicPage(event))));
        many("location", locations);
    }

    /** Returns the event's public information page (its first information link with an address), if any. */
    public static Optional<URI> publicPage(Event event) {
        return event.links().stream().filter(l -> l.relation() == Link.Relation.INFORMATION)
                .flatMap(l -> l.url().stream()).findFirst();
    }

    private void place(Venue venue) {
        out.writeStartObject();
        out.writeStringProperty("@type", "Place");
        out.writeStringProperty("name", text(venue.name()));
        venue.address().ifPresent(this::address);
        out.writeEndObject();
    }

    private void address(PostalAddress address) {
        out.writeName("address");
        out.writeStartObject();
        out.writeStringProperty("@type", "PostalAddress");
        address.street().ifPresent(s -> out.writeStringProperty("streetAddress", s));
        address.postalCode().ifPresent(p -> out.writeStringProperty("postalCode", p));
        out.writeStringProperty("addressLocality", address.locality());
        address.region().ifPresent(r -> out.writeStringProperty("addressRegion", r));
        out.writeStringProperty("addressCountry", address.country());
        out.writeEndObject();
    }

    private void virtualLocation(Optional<URI> page) {
        out.writeStartObject();
        out.writeStringProperty("@type", "VirtualLocation");
        page.ifPresent(url -> out.writeStringProperty("url", url.toString()));
        out.writeEndObject();
    }

    /** Writes {@code organisation} as a schema.org {@code Organization}. */
    public void organisation(Organisation organisation) {
        out.writeStartObject();
        out.writeStringProperty("@type", "Organization");
        out.writeStringProperty("name", text(organisation.name()));
        organisation.abbreviation().ifPresent(a -> out.writeStringProperty("alternateName", a));
        organisation.link().ifPresent(l -> out.writeStringProperty("url", l.toString()));
        out.writeEndObject();
    }

    /**
     * Writes the performers among {@code participations} as PerformanceRoles (schema.org's Role pattern), so that
     * each keeps the role it plays ("Panellist") around the Person.
     */
    public void performers(Event event, List<Participation> participations) {
        List<Runnable> performers = new ArrayList<>();
        for (Participation participation : participations) {
            if (PERFORMING.contains(participation.role().type())) {
                event.person(participation.personId()).ifPresent(person ->
                        performers.add(() -> performanceRole(person, participation)));
            }
        }
        many("performer", performers);
    }

    private void performanceRole(Person person, Participation participation) {
        out.writeStartObject();
        out.writeStringProperty("@type", "PerformanceRole");
        out.writeStringProperty("roleName", participation.role().label(language));
        out.writeName("performer");
        person(person, participation.affiliations());
        out.writeEndObject();
    }

    /** Writes a person with the affiliations of one participation: a position at an organisation is employment. */
    void person(Person person, List<Affiliation> affiliations) {
        out.writeStartObject();
        out.writeStringProperty("@type", "Person");
        out.writeStringProperty("name", person.name());
        person.honorific().ifPresent(h -> out.writeStringProperty("honorificPrefix", h));
        person.link().ifPresent(l -> out.writeStringProperty("url", l.toString()));
        List<Runnable> titles = new ArrayList<>();
        List<Runnable> employers = new ArrayList<>();
        List<Runnable> affiliated = new ArrayList<>();
        for (Affiliation affiliation : affiliations) {
            affiliation.position().ifPresent(p -> titles.add(() -> out.writeString(text(p))));
            affiliation.organisation().ifPresent(o -> (affiliation.position().isPresent() ? employers : affiliated)
                    .add(() -> organisation(o)));
        }
        many("jobTitle", titles);
        many("worksFor", employers);
        many("affiliation", affiliated);
        out.writeEndObject();
    }

    /** Writes nothing for none, the value for one, and an array for more: the usual JSON-LD shape. */
    public void many(String name, List<Runnable> values) {
        if (values.isEmpty()) {
            return;
        }
        out.writeName(name);
        if (values.size() == 1) {
            values.get(0).run();
            return;
        }
        out.writeStartArray();
        values.forEach(Runnable::run);
        out.writeEndArray();
    }
}
