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
import net.fortuna.ical4j.model.Component;

/**
 * Rebuilds an event exactly from a VEVENT Agendum wrote (one with X-AGENDUM-EVENT), from the content lines as
 * written rather than ical4j's reading of them; the standard properties give what they hold exactly (UID, times
 * and zone, SUMMARY, DESCRIPTION, SEQUENCE, DTSTAMP, CATEGORIES) and the X-AGENDUM- properties the rest. The
 * event's description is DESCRIPTION without the sections the writer adds (programme, people, registration…),
 * which are derived again from the rebuilt event: deterministic writing makes that exact, without writing the
 * description twice.
 */
final class OwnEventReader {

    private final ZoneId defaultZone;
    private final List<FeedWarning> warnings;

    OwnEventReader(ZoneId defaultZone, List<FeedWarning> warnings) {
        this.defaultZone = defaultZone;
        this.warnings = warnings;
    }

    /** Tells whether Agendum wrote {@code vevent} with everything needed to read it back exactly. */
    static boolean isOwn(FeedScan.Scanned vevent) {
        return vevent.first("X-AGENDUM-EVENT").isPresent();
    }

    /**
     * Reads the event of {@code vevent}; {@code items} are the VEVENTs written for its programme items, whose
     * participants belong to those items.
     */
    Event read(FeedScan.Scanned vevent, Component parsed, List<FeedScan.Scanned> items) {
        Fields fields = Fields.parse(vevent.text("X-AGENDUM-EVENT").orElseThrow());
        String uid = vevent.text("UID").orElseThrow(() -> new IllegalArgumentException("it has no UID"));
        String id = uid.endsWith(EventMapper.UID_DOMAIN)
                ? uid.substring(0, uid.length() - EventMapper.UID_DOMAIN.length()) : uid;
        Times times = Times.of(parsed, defaultZone, vevent, warnings);
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
        return fields.text("description").isPresent() ? read : withDescription(read, vevent);
    }

    /** The participants of the event and of its items, wherever they were written, in order. */
    private static void participations(FeedScan.Scanned vevent, List<FeedScan.Scanned> items, Event.Builder event) {
        Map<String, List<Participation>> byItem = new LinkedHashMap<>();
        List<FeedScan.Scanned> participants = new ArrayList<>(vevent.children());
        items.forEach(item -> participants.addAll(item.children()));
        for (FeedScan.Scanned participant : participants) {
            if (participant.name().equals("PARTICIPANT")) {
                Map.Entry<Optional<String>, Participation> read = ParticipantMapper.read(participant);
                read.getKey().ifPresentOrElse(item -> byItem.computeIfAbsent(item, i -> new ArrayList<>())
                        .add(read.getValue()), () -> event.participation(read.getValue()));
            }
        }
        event.programme(ItemMapper.read(each(vevent, "X-AGENDUM-ITEM"), byItem));
    }

    private static void categories(FeedScan.Scanned vevent, Event.Builder event) {
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

    /** The description is what DESCRIPTION holds before the sections the writer derives from the event. */
    private Event withDescription(Event read, FeedScan.Scanned vevent) {
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

    private static Revision revision(FeedScan.Scanned vevent, Fields fields, Times times) {
        int sequence = vevent.text("SEQUENCE").map(String::strip).map(Integer::parseInt).orElse(0);
        return Revision.of(sequence, fields.instant("published").orElseGet(() -> vevent.text("DTSTAMP")
                .map(Times::utc).orElseGet(() -> ZonedDateTime.of(times.start(), times.zone()).toInstant())));
    }

    private static LocalizedText text(ContentLine line) {
        return LocalizedText.of(language(line), line.text());
    }

    private static Locale language(ContentLine line) {
        return Locale.forLanguageTag(line.parameter("LANGUAGE").orElse("und"));
    }

    private static List<Fields> each(FeedScan.Scanned vevent, String property) {
        return vevent.all(property).stream().map(l -> Fields.parse(l.text())).toList();
    }
}
