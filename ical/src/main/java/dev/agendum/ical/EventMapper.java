package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Link;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Participation;
import dev.agendum.model.ScheduledItem;
import dev.agendum.model.TimeSpan;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One VEVENT per event (RFC 5545 section 3.6.1, with RFC 7986 and RFC 9073 properties), and, as an option, one per
 * programme item ({@link ItemMapper}). Besides the standard properties, X-AGENDUM-EVENT carries what they cannot
 * (language, attendance mode, exact status, previous start, texts in more than one language), and X-AGENDUM-LINK,
 * X-AGENDUM-IMAGE and X-AGENDUM-CATEGORY the links, image and categories whole; see {@code FEED.md}.
 */
final class EventMapper {

    private EventMapper() {
    }

    /** Writes the event's VEVENT, and those of its items the options ask for. */
    static void write(ContentLineWriter lines, Event event, FeedOptions options) {
        write(lines, event, options, new TextBuffer(2048));
    }

    /**
     * Writes the event's VEVENT like {@link #write(ContentLineWriter, Event, FeedOptions)}, its DESCRIPTION
     * assembled in {@code scratch}: a feed reuses one buffer for all its events, where one per event was a third of
     * what writing a feed allocated.
     */
    static void write(ContentLineWriter lines, Event event, FeedOptions options, TextBuffer scratch) {
        Locale language = options.language().orElse(event.language());
        List<ScheduledItem> schedule = event.schedule().allItems();
        lines.begin("VEVENT");
        lines.start("UID").text(options.uid(event.id()));
        stamp(lines, event);
        times(lines, event, event.span(), event.allDay());
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        lines.start("SUMMARY").param("LANGUAGE", tag(event.title(), language))
                .text(ChangeNotice.summary(event.title().get(language), cancelled, language));
        DescriptionText texts = DescriptionText.of(event, schedule, language, scratch);
        String notice = ChangeNotice.eventNotice(event, schedule, language);
        TextBuffer description = ChangeNotice.event(notice, texts.describe());
        if (description.length() > 0) {
            lines.start("DESCRIPTION").param("LANGUAGE", texts.tag()).text(description);
        }
        LocationMapper.write(lines, event, Optional.empty(), language);
        url(lines, event);
        PeopleMapper.organizer(lines, event, language);
        PeopleMapper.contacts(lines, texts);
        lines.start("STATUS").value(status(event.status()));
        if (!event.categories().isEmpty()) {
            List<String> categories = new ArrayList<>(event.categories().size());
            event.categories().forEach(c -> categories.add(c.get(language)));
            lines.start("CATEGORIES").param("LANGUAGE", texts.tag()).texts(categories);
        }
        event.image().flatMap(i -> i.url()).ifPresent(url -> lines.start("IMAGE").token("VALUE", "URI")
                .token("DISPLAY", "BADGE").uri(url));
        if (options.lossless()) {
            carry(lines, event, language, notice);
        }
        participants(lines, texts, schedule, options);
        lines.end("VEVENT");
        for (ScheduledItem s : schedule) {
            if (ownVevent(s, options)) {
                ItemMapper.write(lines, texts, s, options);
            }
        }
    }

    /** The first information link with an address, as URL. */
    static void url(ContentLineWriter lines, Event event) {
        for (Link link : event.links()) {
            if (link.relation() == Link.Relation.INFORMATION && link.url().isPresent()) {
                lines.start("URL").token("VALUE", "URI").uri(link.url().get());
                return;
            }
        }
    }

    /** Whether an item has a VEVENT of its own: all do with items, a selection's only when selected. */
    private static boolean ownVevent(ScheduledItem item, FeedOptions options) {
        return options.selection().isPresent() ? options.selection().get().includes(item.item()) : options.withItems();
    }

    /** The event's own participants, and those of the items that have no VEVENT of their own. */
    private static void participants(ContentLineWriter lines, DescriptionText texts, List<ScheduledItem> schedule,
                                     FeedOptions options) {
        String uid = options.uid(texts.event().id());
        int n = 0;
        for (Participation p : texts.event().participations()) {
            ParticipantMapper.write(lines, texts, p, Optional.empty(), n++, uid, options);
        }
        for (ScheduledItem s : schedule) {
            if (!ownVevent(s, options)) {
                for (Participation p : s.item().participations()) {
                    ParticipantMapper.write(lines, texts, p, Optional.of(s), n++, uid, options);
                }
            }
        }
    }

    /** Writes the X-AGENDUM- properties of the event as a whole. */
    private static void carry(ContentLineWriter lines, Event event, Locale language, String notice) {
        // format: the lossless format (OwnEventReader.FORMAT); described: the length of the event's own description
        // at the start of DESCRIPTION, so that the reader need not derive the sections that follow it.
        lines.start("X-AGENDUM-EVENT").field("format", "2").field("language", event.language().toLanguageTag())
                .field("attendance", event.attendanceMode().code()).field("status", event.status().code());
        if (event.allDay()) {
            lines.field("zone", event.zone().getId());
        }
        if (event.start().getNano() != 0 || event.end().getNano() != 0) {
            // DTSTART and DTEND hold whole seconds.
            lines.field("start", event.start()).field("end", event.end());
        }
        lines.optionalTime("previous-start", event.previousStart());
        if (event.revision().published().getNano() != 0) {
            lines.field("published", event.revision().published().toString());
        }
        if (event.title().values().size() > 1 || event.status() == EventStatus.CANCELLED) {
            // A cancelled event's SUMMARY has a prefix: the title read back comes from here.
            Fields.text(lines, "title", event.title());
        }
        // A change notice (ChangeNotice) stands before the description in DESCRIPTION: the description is then
        // carried whole, so that the reader need not derive the notice again.
        boolean noticed = event.description().isPresent() && !notice.isEmpty();
        if (event.description().isPresent() && (noticed || !Fields.plain(event.description().get(), language))) {
            Fields.text(lines, "description", event.description().get());
        } else if (event.description().isPresent()) {
            lines.field("described", event.description().get().get(language).length());
        }
        lines.endFields();
        LocationMapper.carry(lines, event);
        PeopleMapper.carry(lines, event);
        ItemMapper.carry(lines, event.programme().items(), "");
        event.registration().ifPresent(r -> RegistrationMapper.carry(lines, r));
        for (Link link : event.links()) {
            lines.start("X-AGENDUM-LINK").field("relation", link.relation().code());
            Fields.text(lines, "title", link.title());
            Fields.optional(lines, "url", link.url());
            lines.endFields();
        }
        event.image().ifPresent(image -> {
            lines.start("X-AGENDUM-IMAGE");
            Fields.text(lines, "description", image.description());
            Fields.optional(lines, "url", image.url());
            lines.endFields();
        });
        if (!plain(event.categories(), language)) {
            for (LocalizedText category : event.categories()) {
                lines.start("X-AGENDUM-CATEGORY");
                Fields.text(lines, "text", category);
                lines.endFields();
            }
        }
    }

    /** Whether every category is {@link Fields#plain} in {@code language}: CATEGORIES then says them all. */
    private static boolean plain(List<LocalizedText> categories, Locale language) {
        for (LocalizedText category : categories) {
            if (!Fields.plain(category, language)) {
                return false;
            }
        }
        return true;
    }

    /** DTSTAMP from the revision's publication (never the wall clock) and SEQUENCE from its number. */
    static void stamp(ContentLineWriter lines, Event event) {
        lines.start("DTSTAMP").utc(event.revision().published());
        lines.start("SEQUENCE").value(event.revision().number());
    }

    /** DTSTART, and DTEND unless the span is a point in time (RFC 5545 requires DTEND after DTSTART). */
    static void times(ContentLineWriter lines, Event event, TimeSpan span, boolean allDay) {
        if (allDay) {
            lines.start("DTSTART").token("VALUE", "DATE").dateValue(span.start().toLocalDate());
            lines.start("DTEND").token("VALUE", "DATE").dateValue(span.end().toLocalDate());
            return;
        }
        local(lines, "DTSTART", event, span.start());
        if (!span.isPoint()) {
            local(lines, "DTEND", event, span.end());
        }
    }

    private static void local(ContentLineWriter lines, String name, Event event, LocalDateTime time) {
        lines.start(name).param("TZID", event.zone().getId()).dateTime(time);
    }

    static String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "TENTATIVE";
            case SCHEDULED, RESCHEDULED, MOVED_ONLINE -> "CONFIRMED";
        };
    }

    /** The language a text is actually written in: the asked-for one if it has it, else its default. */
    static String tag(LocalizedText text, Locale language) {
        return text.find(language).isPresent() ? language.toLanguageTag() : text.defaultLanguage().toLanguageTag();
    }
}
