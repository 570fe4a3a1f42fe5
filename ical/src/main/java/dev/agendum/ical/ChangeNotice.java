package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.ScheduledItem;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the feed says about announcements that changed, for people and for clients that ignore STATUS: a
 * "Cancelled: "/"Geannuleerd: " SUMMARY prefix on cancelled VEVENTs, a first paragraph of DESCRIPTION saying that
 * the event or item was cancelled or moved (with its previous start), and in the event's DESCRIPTION a line per
 * cancelled or moved item. Words come from the bundle {@code dev.agendum.ical.ChangeNotice} (English; Dutch for
 * {@code nl}, German for {@code de}), and so do the patterns of its dates. Nothing is added for what is scheduled as
 * announced: unchanged events keep their bytes.
 */
final class ChangeNotice {
    private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();

    private ChangeNotice() {
    }

    /** Tells whether the VEVENT of {@code item} (of {@code event}) is cancelled: the item is, or its event. */
    static boolean cancelled(Event event, ProgrammeItem item) {
        return item.cancelled() || event.status() == EventStatus.CANCELLED;
    }

    /** Returns the STATUS of an item's VEVENT: its own when it is not scheduled, else its event's. */
    static String status(Event event, ProgrammeItem item) {
        return EventMapper.status(item.status() != EventStatus.SCHEDULED ? item.status() : event.status());
    }

    /** Returns {@code title}, prefixed when {@code cancelled}. */
    static String summary(String title, boolean cancelled, Locale language) {
        return cancelled ? words(language).getString("summary.cancelled") + title : title;
    }

    /** Returns the event's DESCRIPTION with the notices first, or {@code description} itself when there are none. */
    static TextBuffer event(Event event, List<ScheduledItem> schedule, Locale language, TextBuffer description) {
        return event(eventNotice(event, schedule, language), description);
    }

    /**
     * Returns the event's DESCRIPTION with {@code notice} (its {@link #eventNotice}, found once per event) first, or
     * {@code description} itself when the notice is empty.
     */
    static TextBuffer event(String notice, TextBuffer description) {
        if (notice.isEmpty()) {
            return description;
        }
        TextBuffer text = new TextBuffer(notice.length() + 2 + description.length());
        text.append(notice);
        if (description.length() > 0) {
            text.append("\n\n").append(description);
        }
        return text;
    }

    /** Returns the notices of an event's DESCRIPTION (what it and its items no longer do as announced), or "". */
    static String eventNotice(Event event, List<ScheduledItem> schedule, Locale language) {
        boolean changed = event.status() != EventStatus.SCHEDULED;
        for (ScheduledItem s : schedule) {
            changed |= s.item().status() != EventStatus.SCHEDULED;
        }
        if (!changed) {
            return "";
        }
        StringBuilder notice = new StringBuilder();
        ResourceBundle words = words(language);
        if (event.status() == EventStatus.CANCELLED) {
            notice.append(words.getString("event.cancelled"));
        } else if (event.previousStart().isPresent()) {
            notice.append(MessageFormat.format(words.getString("event.moved"), moment(event.previousStart().get(),
                    language)));
        } else if (event.status() == EventStatus.POSTPONED) {
            notice.append(words.getString("event.postponed"));
        }
        for (ScheduledItem s : schedule) {
            ProgrammeItem item = s.item();
            String key = item.cancelled() ? "list.cancelled" : item.previousStart().isPresent() ? "list.moved" : null;
            if (key != null) {
                notice.append(notice.length() == 0 ? "" : "\n").append(MessageFormat.format(words.getString(key),
                        item.previousStart().map(p -> moment(p, language)).orElse(""),
                        clock(item.start(), language), item.title().get(language)));
            }
        }
        return notice.toString();
    }

    /** Returns an item's DESCRIPTION with its notice first. */
    static String item(Event event, ProgrammeItem item, Locale language, String description) {
        ResourceBundle words = words(language);
        String notice = cancelled(event, item) ? words.getString("item.cancelled")
                : item.previousStart().map(p -> MessageFormat.format(words.getString("item.moved"),
                        moment(p, language))).orElse("");
        return notice.isEmpty() ? description : description.isEmpty() ? notice : notice + "\n\n" + description;
    }

    /**
     * Returns a moment as the language writes it: "2 april 2027 10.00" in Dutch, "2. April 2027, 10.00 Uhr" in German
     * (the pattern is a word of the bundle, like the others).
     */
    static String moment(TemporalAccessor time, Locale language) {
        return pattern("pattern.moment", language).format(time);
    }

    private static String clock(LocalDateTime time, Locale language) {
        return pattern("pattern.clock", language).format(time);
    }

    // A feed writes one language, so this holds a handful of formatters; building one per value would cost the
    // lossless writer a pattern parse for every registration window it writes.
    private static DateTimeFormatter pattern(String key, Locale language) {
        return PATTERNS.computeIfAbsent(key + '|' + language.toLanguageTag(),
                k -> DateTimeFormatter.ofPattern(words(language).getString(key), language));
    }

    private static ResourceBundle words(Locale language) {
        // A language without a ChangeNotice_xx file of its own reads English, never the JVM's default locale.
        ResourceBundle words = ResourceBundle.getBundle("dev.agendum.ical.ChangeNotice",
                Locale.forLanguageTag(language.getLanguage()));
        return !language.getLanguage().isEmpty() && words.getLocale().getLanguage().equals(language.getLanguage())
                ? words : ResourceBundle.getBundle("dev.agendum.ical.ChangeNotice", Locale.ENGLISH);
    }
}
