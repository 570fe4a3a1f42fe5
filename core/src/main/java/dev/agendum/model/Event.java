package dev.agendum.model;

import dev.agendum.validation.ValidEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An announced event: the aggregate everything else hangs from.
 *
 * <p>All times are local times in the event's one IANA {@link #zone()}, as announced ("14.00 uur"); the instants
 * they stand for are derived, so the zone is never lost. Structural invariants hold for every instance (an end not
 * before its start, locations matching the attendance mode, collections unmodifiable); business rules (programme
 * inside the event, people referred to exist, daylight-saving gaps…) are checked by
 * {@code dev.agendum.validation.EventValidator}, and by any Bean Validation validator through {@link ValidEvent}.
 *
 * <pre>{@code
 * Event event = Event.builder("seminar-2021-01-15")
 *         .title(LocalizedText.of("nl", "Leren samenwerken aan opgaven"))
 *         .zone(ZoneId.of("Europe/Amsterdam"))
 *         .time(LocalDateTime.parse("2021-01-15T14:00"), LocalDateTime.parse("2021-01-15T15:00"))
 *         .online(OnlineLocation.of(JoinLink.toFollow()))
 *         .revision(Revision.of(0, Instant.parse("2020-12-01T09:00:00Z")))
 *         .build();
 * }</pre>
 *
 * @param id             stable identifier; calendar UIDs are derived from it
 * @param language       the main language of the announcement
 * @param title          the title
 * @param description    the full description, if any
 * @param zone           the IANA zone all local times are in
 * @param start          local start
 * @param end            local end; not before {@code start}
 * @param allDay         whether the event takes whole days ({@code start} and {@code end} at midnight, end exclusive)
 * @param attendanceMode how people attend
 * @param venue          the physical place, for in-person and hybrid events, if known
 * @param online         the online location, for online and hybrid events, if known
 * @param status         where the event stands
 * @param previousStart  the start it had before it was rescheduled or postponed, if any
 * @param organisers     the organising organisations, in announced order
 * @param people         every person named on the event, once each
 * @param participations participations on the event as a whole (items have their own)
 * @param programme      the timetable
 * @param registration   how to register, if announced
 * @param contacts       who to ask
 * @param links          links the announcement gives
 * @param image          the announcement's image, if any
 * @param categories     what kind of event this is ("seminar"), for calendar categories
 * @param revision       the published version
 */
@ValidEvent
public record Event(String id, Locale language, LocalizedText title, Optional<LocalizedText> description, ZoneId zone,
                    LocalDateTime start, LocalDateTime end, boolean allDay, AttendanceMode attendanceMode,
                    Optional<Venue> venue, Optional<OnlineLocation> online, EventStatus status,
                    Optional<LocalDateTime> previousStart, List<Organisation> organisers, List<Person> people,
                    List<Participation> participations, Programme programme, Optional<Registration> registration,
                    List<Contact> contacts, List<Link> links, Optional<Image> image, List<LocalizedText> categories,
                    Revision revision) {

    /**
     * Creates an event, enforcing its structural invariants.
     *
     * @param id stable identifier; calendar UIDs are derived from it
     * @param language the main language of the announcement
     * @param title the title
     * @param description the full description, if any
     * @param zone the IANA zone all local times are in
     * @param start local start
     * @param end local end; not before {@code start}
     * @param allDay whether the event takes whole days ({@code start} and {@code end} at midnight, end exclusive)
     * @param attendanceMode how people attend
     * @param venue the physical place, for in-person and hybrid events, if known
     * @param online the online location, for online and hybrid events, if known
     * @param status where the event stands
     * @param previousStart the start it had before it was rescheduled or postponed, if any
     * @param organisers the organising organisations, in announced order
     * @param people every person named on the event, once each
     * @param participations participations on the event as a whole (items have their own)
     * @param programme the timetable
     * @param registration how to register, if announced
     * @param contacts who to ask
     * @param links links the announcement gives
     * @param image the announcement's image, if any
     * @param categories what kind of event this is ("seminar"), for calendar categories
     * @param revision the published version
     * @throws IllegalArgumentException when the end is before the start, an all-day event does not run from
     *                                  midnight to midnight, a location does not fit the attendance mode, or a
     *                                  previous start is given for an event that did not move
     */
    public Event {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(attendanceMode, "attendanceMode");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(online, "online");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(previousStart, "previousStart");
        organisers = Checks.copy(organisers, "organisers");
        people = Checks.copy(people, "people");
        participations = Checks.copy(participations, "participations");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(registration, "registration");
        contacts = Checks.copy(contacts, "contacts");
        links = Checks.copy(links, "links");
        Objects.requireNonNull(image, "image");
        categories = Checks.copy(categories, "categories");
        Objects.requireNonNull(revision, "revision");
        if (language.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("event '" + id + "' needs a language");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("event '" + id + "' ends at " + end + ", before its start " + start);
        }
        if (allDay && !(isMidnight(start) && isMidnight(end) && end.isAfter(start))) {
            throw new IllegalArgumentException("all-day event '" + id + "' must run from midnight to a later midnight");
        }
        if (attendanceMode == AttendanceMode.IN_PERSON && online.isPresent()
                || attendanceMode == AttendanceMode.ONLINE && venue.isPresent()) {
            throw new IllegalArgumentException("event '" + id + "' is " + attendanceMode.code()
                    + " but has a location of the other kind");
        }
        if (previousStart.isPresent() && !status.movedInTime()) {
            throw new IllegalArgumentException("event '" + id + "' has a previous start but is " + status.code());
        }
    }

    /**
     * {@return a builder for an event with {@code id}}
     *
     * @param id the event's stable identifier
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * {@return a builder holding this event's values, to make a changed copy}
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * {@return the local time span of the event}
     */
    public TimeSpan span() {
        return TimeSpan.of(start, end);
    }

    /**
     * {@return the start in the event's zone} A local time in a daylight-saving gap moves forward by the gap.
     */
    public ZonedDateTime startAt() {
        return start.atZone(zone);
    }

    /**
     * {@return the end in the event's zone} A local time in a daylight-saving gap moves forward by the gap.
     */
    public ZonedDateTime endAt() {
        return end.atZone(zone);
    }

    /**
     * {@return the programme scheduled within the event, with derived ends}
     */
    public Schedule schedule() {
        return programme.schedule(span());
    }

    /**
     * {@return the person with {@code id}, if listed}
     *
     * @param id the person's identifier
     */
    public Optional<Person> person(String id) {
        // A loop, not a stream: feed writing asks this for every participation, several times.
        for (Person person : people) {
            if (person.id().equals(id)) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return every participation, on the event first and then item by item (at any depth), in announced order}
     */
    public List<Appearance> appearances() {
        List<Appearance> all = new ArrayList<>();
        participations.forEach(p -> all.add(new Appearance(p, Optional.empty())));
        for (ProgrammeItem item : programme.allItems()) {
            item.participations().forEach(p -> all.add(new Appearance(p, Optional.of(item))));
        }
        return List.copyOf(all);
    }

    /**
     * {@return every participation of the person with {@code personId}, in the order of {@link #appearances()}}
     *
     * @param personId the person's identifier
     */
    public List<Appearance> appearancesOf(String personId) {
        return appearances().stream().filter(a -> a.participation().personId().equals(personId)).toList();
    }

    /**
     * {@return every participation in a role of {@code type}, in the order of {@link #appearances()}}
     *
     * @param type the role type looked for
     */
    public List<Appearance> appearancesAs(RoleType type) {
        return appearances().stream().filter(a -> a.participation().hasRole(type)).toList();
    }

    /**
     * {@return whether registration is open at {@code at}: the event has a registration, its window contains {@code
     * at}, and the event has not ended}
     *
     * @param at the instant asked about
     */
    public boolean isRegistrationOpenAt(Instant at) {
        return registration.map(r -> r.isOpenAt(at, zone) && at.isBefore(endAt().toInstant())).orElse(false);
    }

    /**
     * Tells what happens to the next registration at {@code at} given {@code taken} earlier ones; after the event
     * ends registration is {@link RegistrationOutcome#CLOSED}, and without a registration none is required.
     *
     * @param taken how many registrations were accepted before
     * @param at the instant of the next registration
     * @return what happens to it
     */
    public RegistrationOutcome outcomeOfNextRegistration(int taken, Instant at) {
        if (registration.isEmpty()) {
            return RegistrationOutcome.NOT_REQUIRED;
        }
        RegistrationOutcome outcome = registration.get().outcomeOfNext(taken, at, zone);
        boolean ended = !at.isBefore(endAt().toInstant());
        return ended && outcome != RegistrationOutcome.NOT_REQUIRED ? RegistrationOutcome.CLOSED : outcome;
    }

    private static boolean isMidnight(LocalDateTime time) {
        return time.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** Builds an {@link Event}; not thread-safe, reusable. Lists are added to in call order. */
    public static final class Builder {
        private final String id;
        private Locale language;
        private LocalizedText title;
        private Optional<LocalizedText> description = Optional.empty();
        private ZoneId zone;
        private LocalDateTime start;
        private LocalDateTime end;
        private boolean allDay;
        private AttendanceMode attendanceMode;
        private Optional<Venue> venue = Optional.empty();
        private Optional<OnlineLocation> online = Optional.empty();
        private EventStatus status = EventStatus.SCHEDULED;
        private Optional<LocalDateTime> previousStart = Optional.empty();
        private final List<Organisation> organisers = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Participation> participations = new ArrayList<>();
        private Programme programme = Programme.empty();
        private Optional<Registration> registration = Optional.empty();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private Optional<Image> image = Optional.empty();
        private final List<LocalizedText> categories = new ArrayList<>();
        private Revision revision;

        private Builder(String id) {
            this.id = id;
        }

        private Builder(Event e) {
            this(e.id);
            language = e.language;
            title = e.title;
            description = e.description;
            zone = e.zone;
            start = e.start;
            end = e.end;
            allDay = e.allDay;
            attendanceMode = e.attendanceMode;
            venue = e.venue;
            online = e.online;
            status = e.status;
            previousStart = e.previousStart;
            organisers.addAll(e.organisers);
            people.addAll(e.people);
            participations.addAll(e.participations);
            programme = e.programme;
            registration = e.registration;
            contacts.addAll(e.contacts);
            links.addAll(e.links);
            image = e.image;
            categories.addAll(e.categories);
            revision = e.revision;
        }

        /**
         * Sets the main language; defaults to the title's default language.
         * @param language the main language of the announcement
         * @return this builder
         */
        public Builder language(Locale language) {
            this.language = language;
            return this;
        }

        /**
         * Sets the title (required).
         * @param title the title
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the description.
         * @param description the full description
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = Optional.of(description);
            return this;
        }

        /**
         * Sets the zone all local times are in (required).
         * @param zone the IANA zone all local times are in
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /**
         * Sets the local start and end (required, unless {@link #allDay} is used).
         * @param start local start
         * @param end local end; not before {@code start}
         * @return this builder
         */
        public Builder time(LocalDateTime start, LocalDateTime end) {
            this.start = start;
            this.end = end;
            this.allDay = false;
            return this;
        }

        /**
         * Makes the event take the whole days from {@code first} to {@code last}, both included.
         * @param first the first day
         * @param last the last day, not before {@code first}
         * @return this builder
         */
        public Builder allDay(LocalDate first, LocalDate last) {
            this.start = first.atStartOfDay();
            this.end = last.plusDays(1).atStartOfDay();
            this.allDay = true;
            return this;
        }

        /**
         * Makes the event in person at {@code venue}.
         * @param venue the physical place, for in-person and hybrid events
         * @return this builder
         */
        public Builder inPerson(Venue venue) {
            return attendance(AttendanceMode.IN_PERSON, Optional.of(venue), Optional.empty());
        }

        /**
         * Makes the event online at {@code online}.
         * @param online the online location, for online and hybrid events
         * @return this builder
         */
        public Builder online(OnlineLocation online) {
            return attendance(AttendanceMode.ONLINE, Optional.empty(), Optional.of(online));
        }

        /**
         * Makes the event hybrid, at {@code venue} and {@code online}.
         * @param venue the physical place, for in-person and hybrid events
         * @param online the online location, for online and hybrid events
         * @return this builder
         */
        public Builder hybrid(Venue venue, OnlineLocation online) {
            return attendance(AttendanceMode.HYBRID, Optional.of(venue), Optional.of(online));
        }

        /**
         * Sets the attendance mode and the locations as given; each location may be absent (not yet known).
         * @param venue the physical place, for in-person and hybrid events, if known
         * @param online the online location, for online and hybrid events, if known
         * @param mode how people attend
         * @return this builder
         */
        public Builder attendance(AttendanceMode mode, Optional<Venue> venue, Optional<OnlineLocation> online) {
            this.attendanceMode = mode;
            this.venue = venue;
            this.online = online;
            return this;
        }

        /**
         * Sets the status; defaults to {@link EventStatus#SCHEDULED}.
         * @param status where the event stands
         * @return this builder
         */
        public Builder status(EventStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Marks the event rescheduled from {@code previousStart}.
         * @param previousStart the start it had before it was rescheduled or postponed
         * @return this builder
         */
        public Builder rescheduledFrom(LocalDateTime previousStart) {
            this.status = EventStatus.RESCHEDULED;
            this.previousStart = Optional.of(previousStart);
            return this;
        }

        /**
         * Sets the previous start as given, for a postponed or rescheduled event.
         * @param previousStart the start it had before it was rescheduled or postponed, if any
         * @return this builder
         */
        public Builder previousStart(Optional<LocalDateTime> previousStart) {
            this.previousStart = previousStart;
            return this;
        }

        /**
         * Adds organisers.
         * @param organisers the organising organisations, in announced order
         * @return this builder
         */
        public Builder organiser(Organisation... organisers) {
            Collections.addAll(this.organisers, organisers);
            return this;
        }

        /**
         * Adds people.
         * @param people every person named on the event, once each
         * @return this builder
         */
        public Builder person(Person... people) {
            Collections.addAll(this.people, people);
            return this;
        }

        /**
         * Adds participations on the whole event.
         * @param participations participations on the event as a whole (items have their own)
         * @return this builder
         */
        public Builder participation(Participation... participations) {
            Collections.addAll(this.participations, participations);
            return this;
        }

        /**
         * Sets the programme.
         * @param programme the timetable
         * @return this builder
         */
        public Builder programme(Programme programme) {
            this.programme = programme;
            return this;
        }

        /**
         * Sets the registration.
         * @param registration how to register
         * @return this builder
         */
        public Builder registration(Registration registration) {
            this.registration = Optional.of(registration);
            return this;
        }

        /**
         * Adds contacts.
         * @param contacts who to ask
         * @return this builder
         */
        public Builder contact(Contact... contacts) {
            Collections.addAll(this.contacts, contacts);
            return this;
        }

        /**
         * Adds links.
         * @param links links the announcement gives
         * @return this builder
         */
        public Builder link(Link... links) {
            Collections.addAll(this.links, links);
            return this;
        }

        /**
         * Sets the image.
         * @param image the announcement's image
         * @return this builder
         */
        public Builder image(Image image) {
            this.image = Optional.of(image);
            return this;
        }

        /**
         * Adds categories.
         * @param categories what kind of event this is ("seminar"), for calendar categories
         * @return this builder
         */
        public Builder category(LocalizedText... categories) {
            Collections.addAll(this.categories, categories);
            return this;
        }

        /**
         * Sets the revision (required).
         * @param revision the published version
         * @return this builder
         */
        public Builder revision(Revision revision) {
            this.revision = revision;
            return this;
        }

        /**
         * {@return the event}
         *
         * @throws NullPointerException     naming the first required part that was not set
         * @throws IllegalArgumentException when a structural invariant does not hold
         */
        public Event build() {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(attendanceMode, "attendance (inPerson, online or hybrid)");
            return new Event(id, language != null ? language : title.defaultLanguage(), title, description, zone,
                    start, end, allDay, attendanceMode, venue, online, status, previousStart, organisers, people,
                    participations, programme, registration, contacts, links, image, categories, revision);
        }
    }
}
