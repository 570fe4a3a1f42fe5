package dev.agendum.ical;

import dev.agendum.model.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One read of one feed: takes the components {@link FeedScan} hands over one at a time, reads each VEVENT into an
 * event as it comes (Agendum's own with {@link OwnEventReader}, others with {@link EventReader}), keeps the
 * VTIMEZONEs for {@link TimeZones} (holding back, in {@link HeldEvents}, the VEVENTs whose VTIMEZONE comes after
 * them), and gives every event a distinct id: its UID's, a duplicate UID's with a
 * number, and one without UID a stable id derived from its content, each of the last two with a warning.
 * Recurring series and RECURRENCE-ID overrides are held by {@link Series} and expanded at the end of the feed.
 */
final class FeedAssembly {

    private static final Set<String> CALENDAR_PROPERTIES = Set.of("VERSION", "PRODID", "CALSCALE", "METHOD", "NAME",
            "DESCRIPTION", "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE", "X-WR-RELCALID", "REFRESH-INTERVAL",
            "X-PUBLISHED-TTL", "SOURCE", "COLOR", "URL", "UID", "LAST-MODIFIED", "IMAGE", "X-LIC-LOCATION");

    private final FeedReader.Limits limits;
    private final List<FeedWarning> warnings = new ArrayList<>();
    private final TimeZones zones;
    private final FeedScan scan;
    /** VEVENTs waiting for a VTIMEZONE that comes after them. */
    private final HeldEvents waiting;
    private final EventReader foreign;
    private final OwnEventReader own;
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Recurrence recurrence;
    private final Series series;
    /** Where events go as they are complete in streaming mode; {@code null} to collect them in {@link #events}. */
    private final Consumer<? super Event> sink;
    private final Set<String> ids = new HashSet<>();
    private int emitted;
    /** The last foreign event read, held until a VEVENT comes that is not one of its items. */
    private Event held;
    private String heldUid;
    private final List<Map.Entry<String, Event>> heldItems = new ArrayList<>();
    private final Map<String, Integer> firstLines = new HashMap<>();
    private final Map<String, List<Map.Entry<String, Event>>> related = new LinkedHashMap<>();
    private final Map<String, Integer> relatedLines = new HashMap<>();
    private int calendarPropertiesRead;
    private int vevents;
    private Scanned pendingOwn;
    private final List<Scanned> pendingItems = new ArrayList<>();

    FeedAssembly(FeedReader.Limits limits, ZoneId defaultZone, Locale defaultLanguage, ContentLineScanner lines,
                 Recurrence recurrence, Consumer<? super Event> sink) {
        this.limits = limits;
        this.recurrence = recurrence;
        this.series = new Series(recurrence, defaultLanguage);
        this.sink = sink;
        this.zones = new TimeZones(defaultZone);
        this.scan = new FeedScan(lines, limits.characters(), limits.components(), warnings);
        this.foreign = new EventReader(defaultLanguage, zones, warnings);
        this.own = new OwnEventReader(zones, warnings);
        this.waiting = new HeldEvents(zones, limits.characters(), warnings, this::vevent);
    }

    FeedContent read() {
        int calendarsEnded = 0;
        for (Scanned component; (component = scan.next()) != null; ) {
            calendarProperties();
            if (scan.calendarsEnded() != calendarsEnded) {
                // A VTIMEZONE serves the VCALENDAR it is in: what waited for one is read at its END.
                calendarsEnded = scan.calendarsEnded();
                waiting.releaseAll();
            }
            switch (component.name()) {
                case "VEVENT" -> waiting.take(component);
                case "VTIMEZONE" -> {
                    zones.add(component);
                    waiting.release();
                }
                default -> warn(component.begin(), component.name() + " component skipped");
            }
        }
        calendarProperties();
        waiting.releaseAll();
        flushOwn();
        flushHeld();
        series.expand(zones, warnings, this::emit);
        attachItems();
        List<FeedWarning> ordered = new ArrayList<>(warnings);
        ordered.sort(Comparator.comparingInt(FeedWarning::line));
        return new FeedContent(sink == null ? List.copyOf(events.values()) : List.of(), ordered);
    }

    /** How many events were handed to the sink, in streaming mode. */
    int emitted() {
        return emitted;
    }

    private void calendarProperties() {
        List<ContentLine> properties = scan.calendarProperties();
        for (; calendarPropertiesRead < properties.size(); calendarPropertiesRead++) {
            ContentLine property = properties.get(calendarPropertiesRead);
            if (property.name().equals("X-WR-TIMEZONE")) {
                zones.calendarZone(property.text());
            } else if (!CALENDAR_PROPERTIES.contains(property.name())) {
                warn(property.line(), "calendar property " + property.name() + " skipped");
            }
        }
    }

    private void vevent(Scanned vevent) {
        if (++vevents > limits.events()) {
            throw new FeedReadException(vevent.begin(), "more than " + limits.events() + " VEVENTs", null);
        }
        Optional<String> parent = parent(vevent);
        if (pendingOwn != null && parent.isPresent() && parent.get().equals(uid(pendingOwn).orElse(null))) {
            pendingItems.add(vevent);
            return;
        }
        flushOwn();
        if (held != null && !(parent.isPresent() && parent.get().equals(heldUid))) {
            flushHeld();
        }
        if (OwnEventReader.isOwn(vevent)) {
            pendingOwn = vevent;
            return;
        }
        Optional<String> uid = uid(vevent);
        Optional<ContentLine> recurrenceId = vevent.first("RECURRENCE-ID");
        if (recurrenceId.isPresent() && uid.isPresent() && parent.isEmpty()) {
            series.override(vevent, uid.get(), recurrenceId.get(), zones, foreign, warnings);
            return;
        }
        String id = id(vevent, uid);
        if (Recurrence.recurs(vevent) && parent.isEmpty()) {
            if (series.add(vevent, id, uid.orElse(""), foreign)) {
                ids.add(id);
                firstLines.putIfAbsent(uid.orElse(id), vevent.begin());
            }
            return;
        }
        Optional<Event> event = foreign.read(vevent, id, uid.orElse(""));
        if (event.isEmpty()) {
            return;
        }
        if (parent.isPresent() && parent.get().equals(heldUid)) {
            heldItems.add(Map.entry(uid.orElse(id), event.get()));
        } else if (parent.isPresent() && sink == null) {
            related.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(Map.entry(uid.orElse(id), event.get()));
            relatedLines.putIfAbsent(parent.get(), vevent.begin());
        } else if (parent.isPresent()) {
            warn(vevent.begin(), "VEVENT related to " + Quoted.of(parent.get()) + ", which does not come right "
                    + "before it, skipped: a streaming read attaches items to the event they follow");
        } else {
            ids.add(id);
            firstLines.putIfAbsent(uid.orElse(id), vevent.begin());
            held = event.get();
            heldUid = uid.orElse(id);
        }
    }

    /** Hands on the held foreign event, with the item VEVENTs that followed it as its programme. */
    private void flushHeld() {
        if (held == null) {
            return;
        }
        Event event = heldItems.isEmpty() ? held : ItemReader.withItems(held, heldUid, List.copyOf(heldItems));
        held = null;
        heldUid = null;
        heldItems.clear();
        emit(event);
    }

    void emit(Event event) {
        if (sink == null) {
            events.put(event.id(), event);
        } else {
            emitted++;
            sink.accept(event);
        }
    }

    /** Reads the pending own event with the item VEVENTs that followed it. */
    private void flushOwn() {
        if (pendingOwn == null) {
            return;
        }
        Scanned vevent = pendingOwn;
        pendingOwn = null;
        try {
            String uid = uid(vevent).orElseThrow(() -> new IllegalArgumentException("it has no UID"));
            String id = distinct(OwnEventReader.id(uid), uid, vevent);
            keep(id, vevent, own.read(vevent, id, List.copyOf(pendingItems)));
        } catch (RuntimeException e) {
            warn(vevent.begin(), "VEVENT skipped: " + e.getMessage());
        } finally {
            pendingItems.clear();
        }
    }

    private void keep(String id, Scanned vevent, Event event) {
        ids.add(id);
        firstLines.putIfAbsent(uid(vevent).orElse(id), vevent.begin());
        emit(event);
    }

    /** The event's id: from its UID (and RECURRENCE-ID), or derived from its content; distinct in the feed. */
    private String id(Scanned vevent, Optional<String> uid) {
        String base;
        if (uid.isEmpty()) {
            base = "event-" + digest(vevent);
            warn(vevent.begin(), "no UID: read as event " + base + ", an id derived from its content");
        } else {
            base = EventReader.id(uid.get());
        }
        return distinct(base, uid.orElse(base), vevent);
    }

    private String distinct(String id, String key, Scanned vevent) {
        if (!ids.contains(id)) {
            return id;
        }
        int n = 2;
        while (ids.contains(id + "-" + n)) {
            n++;
        }
        String distinct = id + "-" + n;
        warn(vevent.begin(), "UID " + Quoted.of(key) + " already read for the VEVENT of line "
                + firstLines.getOrDefault(key, vevent.begin()) + ": read as a separate event " + distinct);
        return distinct;
    }

    private void attachItems() {
        related.forEach((parent, list) -> {
            Event event = events.get(EventReader.id(parent));
            if (event == null) {
                warn(relatedLines.get(parent), list.size() + " VEVENT(s) related to " + Quoted.of(parent)
                        + ", which is not in the feed, skipped");
            } else {
                events.put(event.id(), ItemReader.withItems(event, parent, list));
            }
        });
    }

    private static Optional<String> uid(Scanned vevent) {
        return vevent.text("UID").map(String::strip).filter(u -> !u.isEmpty());
    }

    /** The UID of the VEVENT this one is part of: RELATED-TO with RELTYPE=PARENT, the default relation. */
    private static Optional<String> parent(Scanned vevent) {
        return vevent.first("RELATED-TO")
                .filter(r -> r.parameter("RELTYPE").map("PARENT"::equalsIgnoreCase).orElse(true))
                .map(r -> r.text().strip()).filter(p -> !p.isEmpty());
    }

    /** A stable digest of what the VEVENT holds, line numbers aside: the same event gives the same id. */
    private static String digest(Scanned vevent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ContentLine line : vevent.properties()) {
                sha.update(line.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) ':');
                sha.update(line.value().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private void warn(int line, String message) {
        warnings.add(new FeedWarning(line, message));
    }
}
