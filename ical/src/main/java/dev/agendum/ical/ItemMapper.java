package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.ItemKind;
import dev.agendum.model.Participation;
import dev.agendum.model.Programme;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.ScheduledItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Programme items: as an option each becomes its own VEVENT, related to its event by RELATED-TO;RELTYPE=PARENT
 * (RFC 5545 section 3.8.4.5) with its own (derived) times, participants and UID; and, in the event's VEVENT, one
 * X-AGENDUM-ITEM per item, parents before children, carries the item as announced (an end only when one was
 * announced, kind, label, texts, track, room, parent), since the item VEVENTs hold derived times and are optional.
 */
final class ItemMapper {

    /** The deepest nesting read back (the validator allows 4): a bound on recursion for any input. */
    static final int MAX_DEPTH = 32;

    private ItemMapper() {
    }

    /** Returns the UID of an item's VEVENT: the item's id before its event's UID. */
    static String uid(Event event, ProgrammeItem item, FeedOptions options) {
        return item.id() + "." + options.uid(event.id());
    }

    /**
     * Writes the item as its own VEVENT, with its event's texts in the feed's language: LOCATION (its room, the
     * venue, online), CONFERENCE and URL as the event has them, and a DESCRIPTION with its description, people,
     * room, track and join link, since calendar apps show only that.
     */
    static void write(ContentLineWriter lines, DescriptionText texts, ScheduledItem scheduled, FeedOptions options) {
        Event event = texts.event();
        Locale language = texts.language();
        ProgrammeItem item = scheduled.item();
        String uid = uid(event, item, options);
        lines.begin("VEVENT");
        lines.start("UID").text(uid);
        EventMapper.stamp(lines, event);
        EventMapper.times(lines, event, scheduled.span(), false);
        lines.start("SUMMARY").param("LANGUAGE", EventMapper.tag(item.title(), language))
                .text(ChangeNotice.summary(item.title().get(language), ChangeNotice.cancelled(event, item), language));
        String description = ChangeNotice.item(event, item, language, texts.itemDescription(scheduled));
        if (!description.isEmpty()) {
            lines.start("DESCRIPTION").param("LANGUAGE", texts.tag()).text(description);
        }
        LocationMapper.write(lines, event, item.room(), language);
        EventMapper.url(lines, event);
        lines.start("RELATED-TO").token("RELTYPE", "PARENT").text(options.uid(event.id()));
        lines.start("CATEGORIES").param("LANGUAGE", texts.tag()).text(item.kindLabel(language));
        lines.start("STATUS").value(ChangeNotice.status(event, item));
        int n = 0;
        for (Participation p : item.participations()) {
            ParticipantMapper.write(lines, texts, p, Optional.of(scheduled), n++, uid, options);
        }
        lines.end("VEVENT");
    }

    /** Writes one X-AGENDUM-ITEM per item of the programme, parents before children. */
    static void carry(ContentLineWriter lines, List<ProgrammeItem> items, String parent) {
        for (ProgrammeItem item : items) {
            lines.start("X-AGENDUM-ITEM").field("id", item.id());
            if (!parent.isEmpty()) {
                lines.field("parent", parent);
            }
            lines.field("start", item.start());
            lines.optionalTime("end", item.end());
            lines.field("kind", item.kind().code());
            Fields.optionalText(lines, "kind-label", item.kindLabel());
            Fields.text(lines, "title", item.title());
            Fields.optionalText(lines, "description", item.description());
            Fields.optional(lines, "track", item.track());
            Fields.optional(lines, "room", item.room());
            if (item.status() != dev.agendum.model.EventStatus.SCHEDULED) {
                lines.field("status", item.status().code());
            }
            lines.optionalTime("previous-start", item.previousStart());
            lines.endFields();
            carry(lines, item.children(), item.id());
        }
    }

    /**
     * Rebuilds the programme from its X-AGENDUM-ITEMs and the participations read for each item id.
     */
    static Programme read(List<Fields> records, Map<String, List<Participation>> participations) {
        Map<String, List<Fields>> children = new LinkedHashMap<>();
        for (Fields record : records) {
            children.computeIfAbsent(record.one("parent").orElse(""), p -> new ArrayList<>()).add(record);
        }
        return new Programme(build(children.getOrDefault("", List.of()), children, participations, 1));
    }

    /** Builds one level of items; a feed cannot make this recurse deeper than {@link #MAX_DEPTH}. */
    private static List<ProgrammeItem> build(List<Fields> level, Map<String, List<Fields>> children,
                                             Map<String, List<Participation>> participations, int depth) {
        if (depth > MAX_DEPTH && !level.isEmpty()) {
            throw new IllegalArgumentException("programme items nest deeper than " + MAX_DEPTH + " levels");
        }
        List<ProgrammeItem> items = new ArrayList<>(level.size());
        for (Fields record : level) {
            String id = record.required("id");
            ProgrammeItem.Builder item = ProgrammeItem.builder(id, record.time("start").orElseThrow(),
                    record.code("kind", ItemKind.class), record.requiredText("title"));
            record.time("end").ifPresent(item::end);
            record.text("kind-label").ifPresent(item::kindLabel);
            record.text("description").ifPresent(item::description);
            record.one("track").ifPresent(item::track);
            record.one("room").ifPresent(item::room);
            if (record.one("status").isPresent()) {
                item.status(record.code("status", dev.agendum.model.EventStatus.class));
            }
            record.time("previous-start").ifPresent(item::movedFrom);
            participations.getOrDefault(id, List.of()).forEach(item::participation);
            build(children.getOrDefault(id, List.of()), children, participations, depth + 1).forEach(item::child);
            items.add(item.build());
        }
        return items;
    }
}
