package dev.agendum.ical;

import dev.agendum.model.Contact;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.JoinLink;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.ScheduledItem;
import dev.agendum.model.TimeSpan;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One VEVENT per event (RFC 5545 section 3.6.1, with RFC 7986 and RFC 9073 properties), and, as an option, one per
 * programme item linked to it with RELATED-TO;RELTYPE=PARENT.
 */
final class EventMapper {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private EventMapper() {
    }

    /** Returns the stable UID of an event: its id in the Agendum namespace. */
    static String uid(Event event) {
        return event.id() + "@agendum.dev";
    }

    static void write(ContentLineWriter lines, Event event, FeedOptions options) {
        Locale language = options.language().orElse(event.language());
        List<ScheduledItem> schedule = event.schedule().allItems();
        lines.begin("VEVENT");
        lines.start("UID").text(uid(event));
        stamp(lines, event);
        times(lines, event, event.span(), event.allDay());
        lines.start("SUMMARY").param("LANGUAGE", tag(event.title(), language)).text(event.title().get(language));
        lines.start("DESCRIPTION").param("LANGUAGE", language.toLanguageTag())
                .text(DescriptionText.of(event, schedule, language));
        location(lines, event, language);
        event.links().stream().filter(l -> l.relation() == Link.Relation.INFORMATION).flatMap(l -> l.url().stream())
                .findFirst().ifPresent(url -> lines.start("URL").token("VALUE", "URI").uri(url));
        organizer(lines, event, language);
        event.contacts().forEach(c -> lines.start("CONTACT").param("LANGUAGE", language.toLanguageTag())
                .text(DescriptionText.ContactText.of(event, c, language)));
        lines.start("STATUS").value(status(event.status()));
        if (!event.categories().isEmpty()) {
            lines.start("CATEGORIES").param("LANGUAGE", language.toLanguageTag())
                    .texts(event.categories().stream().map(c -> c.get(language)).toList());
        }
        event.online().ifPresent(o -> conference(lines, o, language));
        event.image().flatMap(i -> i.url()).ifPresent(url -> lines.start("IMAGE").token("VALUE", "URI")
                .token("DISPLAY", "BADGE").uri(url));
        int n = 0;
        for (Participation p : event.participations()) {
            ParticipantMapper.write(lines, event, p, Optional.empty(), "p" + n++ + "." + uid(event), language);
        }
        if (!options.withItems()) {
            for (ScheduledItem s : schedule) {
                for (Participation p : s.item().participations()) {
                    ParticipantMapper.write(lines, event, p, Optional.of(s), "p" + n++ + "." + uid(event),
                            language);
                }
            }
        }
        lines.end("VEVENT");
        if (options.withItems()) {
            schedule.forEach(s -> item(lines, event, s, language));
        }
    }

    private static void item(ContentLineWriter lines, Event event, ScheduledItem scheduled, Locale language) {
        ProgrammeItem item = scheduled.item();
        String uid = item.id() + "." + uid(event);
        lines.begin("VEVENT");
        lines.start("UID").text(uid);
        stamp(lines, event);
        times(lines, event, scheduled.span(), false);
        lines.start("SUMMARY").param("LANGUAGE", tag(item.title(), language)).text(item.title().get(language));
        String people = item.participations().stream().map(p -> DescriptionText.person(event, p, language))
                .collect(Collectors.joining(", "));
        String description = item.description().map(d -> d.get(language)).orElse("");
        if (!people.isEmpty() || !description.isEmpty()) {
            lines.start("DESCRIPTION").param("LANGUAGE", language.toLanguageTag())
                    .text(people.isEmpty() ? description : description.isEmpty() ? people : description + "\n\n" + people);
        }
        lines.start("RELATED-TO").token("RELTYPE", "PARENT").text(uid(event));
        lines.start("CATEGORIES").param("LANGUAGE", language.toLanguageTag()).text(item.kindLabel(language));
        lines.start("STATUS").value(status(event.status()));
        int n = 0;
        for (Participation p : item.participations()) {
            ParticipantMapper.write(lines, event, p, Optional.of(scheduled), "p" + n++ + "." + uid, language);
        }
        lines.end("VEVENT");
    }

    private static void stamp(ContentLineWriter lines, Event event) {
        lines.start("DTSTAMP").value(UTC.format(event.revision().published().atOffset(ZoneOffset.UTC)));
        lines.start("SEQUENCE").value(Integer.toString(event.revision().number()));
    }

    /** DTSTART, and DTEND unless the span is a point in time (RFC 5545 requires DTEND after DTSTART). */
    private static void times(ContentLineWriter lines, Event event, TimeSpan span, boolean allDay) {
        if (allDay) {
            lines.start("DTSTART").token("VALUE", "DATE").value(DATE.format(span.start()));
            lines.start("DTEND").token("VALUE", "DATE").value(DATE.format(span.end()));
            return;
        }
        local(lines, "DTSTART", event, span.start());
        if (!span.isPoint()) {
            local(lines, "DTEND", event, span.end());
        }
    }

    private static void local(ContentLineWriter lines, String name, Event event, LocalDateTime time) {
        lines.start(name).param("TZID", event.zone().getId()).value(TimeZoneWriter.LOCAL.format(time));
    }

    private static void location(ContentLineWriter lines, Event event, Locale language) {
        List<String> places = new ArrayList<>();
        event.venue().ifPresent(v -> places.add(v.name().get(language)
                + v.address().map(a -> ", " + a.oneLine()).orElse("")));
        event.online().ifPresent(o -> places.add(Words.ONLINE.label(language)
                + o.platform().map(p -> " (" + p + ")").orElse("")));
        if (!places.isEmpty()) {
            lines.start("LOCATION").param("LANGUAGE", language.toLanguageTag()).text(String.join("; ", places));
        }
    }

    /**
     * ORGANIZER needs a calendar address (RFC 5545 section 3.8.4.3), and METHOD:PUBLISH requires an organizer
     * (RFC 5546): the first organiser's name with the first e-mail address of the event's contacts.
     */
    private static void organizer(ContentLineWriter lines, Event event, Locale language) {
        Optional<String> email = event.contacts().stream().map(c -> contactEmail(event, c))
                .flatMap(Optional::stream).findFirst();
        if (email.isEmpty()) {
            return;
        }
        ContentLineWriter line = lines.start("ORGANIZER");
        event.organisers().stream().findFirst().ifPresent(o -> line.portableParam("CN", o.name().get(language)));
        line.mailto(email.get());
    }

    private static Optional<String> contactEmail(Event event, Contact contact) {
        return contact.email().or(() -> contact.personId().flatMap(event::person).flatMap(Person::email));
    }

    /** RFC 7986 section 5.11: the join link with its features; "to follow" and "after registration" have none. */
    private static void conference(ContentLineWriter lines, OnlineLocation online, Locale language) {
        online.joinLink().filter(j -> j.status() == JoinLink.Status.KNOWN).flatMap(JoinLink::url).ifPresent(url -> {
            ContentLineWriter line = lines.start("CONFERENCE").token("VALUE", "URI");
            if (!online.features().isEmpty()) {
                line.token("FEATURE", online.features().stream().map(f -> f.name()).collect(Collectors.joining(",")));
            }
            line.portableParam("LABEL", online.platform().orElse(Words.ONLINE.label(language))).uri(url);
        });
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "TENTATIVE";
            case SCHEDULED, RESCHEDULED, MOVED_ONLINE -> "CONFIRMED";
        };
    }

    /** The language a text is actually written in: the asked-for one if it has it, else its default. */
    private static String tag(LocalizedText text, Locale language) {
        return text.find(language).isPresent() ? language.toLanguageTag() : text.defaultLanguage().toLanguageTag();
    }
}
