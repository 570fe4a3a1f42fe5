package dev.agendum.ical;

import dev.agendum.model.AttendanceMode;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Image;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Participation;
import dev.agendum.model.Revision;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds an event exactly from a VEVENT Agendum wrote (one with X-AGENDUM-EVENT), from the content lines as
 * written; the standard properties give what they hold exactly (UID, times and zone, SUMMARY, DESCRIPTION,
 * SEQUENCE, DTSTAMP, CATEGORIES) and the X-AGENDUM- properties the rest. X-AGENDUM-EVENT's {@code format} says which
 * lossless format the event was written in: in format 2 its {@code described} field gives the length of the
 * event's own description at the start of DESCRIPTION; format 1 (no {@code format} field) is still read, by
 * deriving the sections the writer added from the rebuilt event and removing them.
 */
final class OwnEventReader {

    /** The lossless format this reader reads; feeds without {@code format} are of format 1. */
    static final int FORMAT = 2;

    private final TimeZones zones;
    private final List<FeedWarning> warnings;

    OwnEventReader(TimeZones zones, List<FeedWarning> warnings) {
        this.zones = zones;
        this.warnings = warnings;
    }

    /** Tells whether Agendum wrote {@code vevent} with everything needed to read it back exactly. */
    static boolean isOwn(Scanned vevent) {
        return vevent.first("X-AGENDUM-EVENT").isPresent();
    }

    /**
     * The event id Agendum's UID was written from: Agendum writes {@code <id>@<domain>}, the domain the publisher
     * chose and without an {@code @} of its own, so the id is what stands before the last {@code @}.
     */
    static String id(String uid) {
        int at = uid.lastIndexOf('@');
        return at > 0 ? uid.substring(0, at) : uid;
    }

    /**
     * Reads the event of {@code vevent} as the event {@code id}; {@code items} are the VEVENTs written for its programme items, whose
     * participants belong to those items.
     */
    Event read(Scanned vevent, String id, List<Scanned> items) {
        Fields fields = Fields.parse(vevent.text("X-AGENDUM-EVENT").orElseThrow());
        int format = fields.number("format").orElse(1);
        if (format > FORMAT) {
            warnings.add(new FeedWarning(vevent.lineOf("X-AGENDUM-EVENT"), "X-AGENDUM- format " + format
                    + " is newer than " + FORMAT + ", the one this reader knows: read as far as it can"));
        }
        Times times = Times.of(vevent, zones, warnings);
        Event.Builder event = Event.builder(id)
                .language(Locale.forLanguageTag(fields.required("language")))
                .title(fields.text("title").orElseGet(() -> text(vevent.first("SUMMARY").orElseThrow())))
                .zone(fields.one("zone").map(ZoneId::of).orElse(times.zone()))
                .status(fields.code("status", EventStatus.class))
                .previousStart(fields.time("previous-start"))
                .revision(revision(vevent, fields, times));
        if (times.allDay()) {
            event.allDay(times.start().toLocalDate(), times.end().toLocalDate().minusDays(1));
        } else {
            event.time(fields.time("start").orElse(times.start()), fields.time("end").orElse(times.end()));
        }
        event.attendance(fields.code("attendance", AttendanceMode.class),
                each(vevent, "X-AGENDUM-VENUE").stream().findFirst().map(LocationMapper::venue),
                each(vevent, "X-AGENDUM-ONLINE").stream().findFirst().map(LocationMapper::online));
        each(vevent, "X-AGENDUM-ORGANISER").forEach(o -> event.organiser(PeopleMapper.organisation(o, "name")));
        each(vevent, "X-AGENDUM-PERSON").forEach(p -> event.person(PeopleMapper.person(p)));
        each(vevent, "X-AGENDUM-CONTACT").forEach(c -> event.contact(PeopleMapper.contact(c)));
        participations(vevent, items, event);
        each(vevent, "X-AGENDUM-REGISTRATION").stream().findFirst().ifPresent(r -> event.registration(
                RegistrationMapper.read(r, each(vevent, "X-AGENDUM-CHANNEL"))));
        each(vevent, "X-AGENDUM-LINK").forEach(l -> event.link(new Link(l.code("relation", Link.Relation.class),
                l.requiredText("title"), l.uri("url"))));
        each(vevent, "X-AGENDUM-IMAGE").stream().findFirst().ifPresent(i -> event.image(
                new Image(i.requiredText("description"), i.uri("url"))));
        categories(vevent, event);
        fields.text("description").ifPresent(event::description);
        Event read = event.build();
        if (fields.text("description").isPresent()) {
            return read;
        }
        return fields.number("described").map(n -> withDescription(read, vevent, n))
                .orElseGet(() -> withDerivedDescription(read, vevent));
    }

    /**
     * Format 2: the event's own description is the first {@code length} characters of DESCRIPTION, the writer's
     * sections follow; nothing is derived again, so the writer's wording may change without breaking old feeds.
     */
    private Event withDescription(Event read, Scanned vevent, int length) {
        Optional<ContentLine> line = vevent.first("DESCRIPTION");
        // Only the description is unescaped, not the sections after it: they are most of a long DESCRIPTION.
        boolean[] separated = new boolean[1];
        String description = line.isEmpty() ? (length == 0 ? "" : null) : line.get().textPrefix(length, separated);
        if (description == null || line.isPresent() && !separated[0]) {
            // The writer puts a blank line between the description and its sections: without it, someone edited.
            warnings.add(new FeedWarning(vevent.lineOf("DESCRIPTION"), "DESCRIPTION is not the " + length
                    + " characters of description X-AGENDUM-EVENT announces and the sections after them: all of "
                    + "it is read as the description"));
            description = line.map(ContentLine::text).orElse("");
        }
        if (description.isEmpty()) {
            return read;
        }
        Locale language = language(line.orElseThrow());
        return read.toBuilder().description(LocalizedText.of(language, description)).build();
    }

    /** The participants of the event and of its items, wherever they were written, in order. */
    private static void participations(Scanned vevent, List<Scanned> items, Event.Builder event) {
        Map<String, List<Participation>> byItem = new LinkedHashMap<>();
        List<Scanned> participants = new ArrayList<>(vevent.children());
        items.forEach(item -> participants.addAll(item.children()));
        for (Scanned participant : participants) {
            if (participant.name().equals("PARTICIPANT")) {
                Map.Entry<Optional<String>, Participation> read = ParticipantMapper.read(participant);
                read.getKey().ifPresentOrElse(item -> byItem.computeIfAbsent(item, i -> new ArrayList<>())
                        .add(read.getValue()), () -> event.participation(read.getValue()));
            }
        }
        event.programme(ItemMapper.read(each(vevent, "X-AGENDUM-ITEM"), byItem));
    }

    private static void categories(Scanned vevent, Event.Builder event) {
        List<Fields> carried = each(vevent, "X-AGENDUM-CATEGORY");
        if (!carried.isEmpty()) {
            carried.forEach(c -> event.category(c.requiredText("text")));
            return;
        }
        vevent.first("CATEGORIES").ifPresent(line -> {
            Locale language = language(line);
            line.texts().forEach(c -> event.category(LocalizedText.of(language, c)));
        });
    }

    /**
     * Format 1 (no {@code described} field): the description is what DESCRIPTION holds before the sections the
     * writer derives from the event, found by deriving them again.
     */
    private Event withDerivedDescription(Event read, Scanned vevent) {
        Optional<ContentLine> line = vevent.first("DESCRIPTION");
        if (line.isEmpty()) {
            return read;
        }
        Locale language = language(line.get());
        String written = line.get().text();
        // What was cancelled or moved comes first (ChangeNotice): derived from the event too, so not description.
        String notice = ChangeNotice.eventNotice(read, read.schedule().allItems(), language);
        if (!notice.isEmpty() && written.startsWith(notice)) {
            written = written.substring(notice.length()).replaceFirst("^\n\n", "");
        }
        String derived = DescriptionText.of(read, read.schedule().allItems(), language).description();
        if (written.equals(derived)) {
            return read;
        }
        String description = written;
        if (derived.isEmpty() || written.endsWith("\n\n" + derived)) {
            description = written.substring(0, written.length() - (derived.isEmpty() ? 0 : derived.length() + 2));
        } else {
            warnings.add(new FeedWarning(line.get().line(), "DESCRIPTION does not end with what Agendum derives "
                    + "from the event: all of it is read as the description"));
        }
        return read.toBuilder().description(LocalizedText.of(language, description)).build();
    }

    private static Revision revision(Scanned vevent, Fields fields, Times times) {
        int sequence = vevent.value("SEQUENCE").map(String::strip).map(Integer::parseInt).orElse(0);
        return Revision.of(sequence, fields.instant("published").orElseGet(() -> vevent.text("DTSTAMP")
                .map(Times::utc).orElseGet(() -> ZonedDateTime.of(times.start(), times.zone()).toInstant())));
    }

    private static LocalizedText text(ContentLine line) {
        return LocalizedText.of(language(line), line.text());
    }

    private static Locale language(ContentLine line) {
        return Locale.forLanguageTag(line.parameter("LANGUAGE").orElse("und"));
    }

    private static List<Fields> each(Scanned vevent, String property) {
        List<Fields> each = new ArrayList<>(4);
        for (ContentLine line : vevent.properties()) {
            if (line.name().equals(property)) {
                each.add(Fields.parse(line.text()));
            }
        }
        return each;
    }
}
