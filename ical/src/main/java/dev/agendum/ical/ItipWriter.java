package dev.agendum.ical;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.ScheduledItem;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes iTIP messages (RFC 5546) that a mail system attaches to send an event to its participants:
 * {@code METHOD:REQUEST} with the event as it is now, and {@code METHOD:CANCEL} when the event, or one of its
 * programme items, is cancelled.
 *
 * <p>Each message is one VCALENDAR holding one VEVENT (and the VTIMEZONE it refers to): the UID the feed uses for
 * the event or item, DTSTAMP and SEQUENCE from the event's revision (never the wall clock), ORGANIZER (the sending
 * address given to the builder), one ATTENDEE per recipient, and for a request DTSTART, DTEND, SUMMARY,
 * DESCRIPTION, LOCATION and STATUS as the feed writes them. A cancellation carries STATUS:CANCELLED, the times
 * and a DESCRIPTION saying what was cancelled; for an item's cancellation to reach calendars its revision must be
 * higher than the one last sent, which {@code dev.agendum.change.Publisher} guarantees for items it cancelled or
 * kept as tombstones. Output is deterministic, CRLF, folded at 75 octets; texts are escaped. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * ItipWriter itip = ItipWriter.builder().organizer("secretariaat@vb.nl", "Vereniging voor Bestuurskunde").build();
 * String invitation = itip.request(event, ItipWriter.participants(event));
 * String cancellation = itip.cancel(event, event.programme().find("talk-regio").orElseThrow(), recipients);
 * }</pre>
 */
public final class ItipWriter {

    private final String organizer;
    private final Optional<String> organizerName;
    private final Optional<Locale> language;
    private final String uidDomain;

    private ItipWriter(String organizer, Optional<String> organizerName, Optional<Locale> language,
                       String uidDomain) {
        this.organizer = organizer;
        this.organizerName = organizerName;
        this.language = language;
        this.uidDomain = uidDomain;
    }

    /**
     * Returns a builder; the organizer's address is required.
     *
     * @return a new builder with no organizer, each event's own language and the feed's default UID domain
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the e-mail addresses of the people who play a role on {@code event}, once each, in announced order.
     *
     * @param event the event whose people are listed
     * @return the e-mail addresses of the people with a role on {@code event}, without repeats
     */
    public static List<String> participants(Event event) {
        Set<String> addresses = new LinkedHashSet<>();
        event.appearances().forEach(a -> event.person(a.participation().personId()).flatMap(p -> p.email())
                .ifPresent(addresses::add));
        return List.copyOf(addresses);
    }

    /**
     * Returns the METHOD:REQUEST message sending {@code event} to {@code attendees}.
     *
      * @param event the event to send
      * @param attendees the e-mail addresses the message is sent to; at least one
      * @return the iCalendar text of the METHOD:REQUEST message
     * @throws IllegalArgumentException when there is no attendee, an address holds a space, quote, control or
     *                                  non-ASCII character, or a text holds a control character the feed refuses
     */
    public String request(Event event, List<String> attendees) {
        Objects.requireNonNull(event, "event");
        return message("REQUEST", event, attendees, lines -> {
            Locale words = language.orElse(event.language());
            List<ScheduledItem> schedule = event.schedule().allItems();
            lines.start("UID").text(uid(event));
            EventMapper.stamp(lines, event);
            EventMapper.times(lines, event, event.span(), event.allDay());
            lines.start("SUMMARY").param("LANGUAGE", EventMapper.tag(event.title(), words))
                    .text(ChangeNotice.summary(event.title().get(words), event.status() == EventStatus.CANCELLED,
                            words));
            DescriptionText texts = DescriptionText.of(event, schedule, words);
            TextBuffer description = ChangeNotice.event(event, schedule, words, texts.describe());
            if (description.length() > 0) {
                lines.start("DESCRIPTION").param("LANGUAGE", texts.tag()).text(description);
            }
            LocationMapper.write(lines, event, Optional.empty(), words);
            lines.start("STATUS").value(EventMapper.status(event.status()));
        });
    }

    /**
     * Returns the METHOD:CANCEL message telling {@code attendees} that {@code event} is cancelled.
     *
      * @param event the cancelled event
      * @param attendees the e-mail addresses the message is sent to; at least one
      * @return the iCalendar text of the METHOD:CANCEL message
     * @throws IllegalArgumentException when the event is not cancelled, or as {@link #request}
     */
    public String cancel(Event event, List<String> attendees) {
        Objects.requireNonNull(event, "event");
        if (event.status() != EventStatus.CANCELLED) {
            throw new IllegalArgumentException("event '" + event.id() + "' is " + event.status().code()
                    + ", not cancelled");
        }
        Locale words = language.orElse(event.language());
        return message("CANCEL", event, attendees, lines -> cancelled(lines, event, uid(event),
                event.span(), event.allDay(), event.title().get(words),
                ChangeNotice.event(event, List.of(), words, new TextBuffer(0)).toString(), words));
    }

    /**
     * Returns the METHOD:CANCEL message telling {@code attendees} that {@code item} of {@code event} is cancelled,
     * under the UID the feed gives the item's own VEVENT.
     *
      * @param event the event that holds {@code item}
      * @param item the cancelled programme item, or an item of the cancelled event
      * @param attendees the e-mail addresses the message is sent to; at least one
      * @return the iCalendar text of the METHOD:CANCEL message for the item
     * @throws IllegalArgumentException when the item is not one of the event's, neither it nor the event is
     *                                  cancelled, or as {@link #request}
     */
    public String cancel(Event event, ProgrammeItem item, List<String> attendees) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(item, "item");
        ScheduledItem scheduled = event.schedule().find(item.id()).filter(s -> s.item().equals(item))
                .orElseThrow(() -> new IllegalArgumentException("item '" + item.id() + "' is not in event '"
                        + event.id() + "'"));
        if (!ChangeNotice.cancelled(event, item)) {
            throw new IllegalArgumentException("item '" + item.id() + "' is " + item.status().code()
                    + ", not cancelled");
        }
        Locale words = language.orElse(event.language());
        return message("CANCEL", event, attendees, lines -> cancelled(lines, event, item.id() + "." + uid(event),
                scheduled.span(), false, item.title().get(words), ChangeNotice.item(event, item, words, ""), words));
    }

    private interface Body {
        void write(ContentLineWriter lines);
    }

    /**
     * A message goes to mail systems, not to a calendar only: an address they cannot send to (a space, a quote, a
     * control or non-ASCII character) is refused rather than percent-encoded into a mailto URI.
     */
    private static void refuseUnsendable(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == '"' || c >= 0x7F) {
                throw new IllegalArgumentException("an attendee address holds a character mail cannot be sent to: "
                        + "a space, quote, control or non-ASCII character");
            }
        }
    }

    private String message(String method, Event event, List<String> attendees, Body body) {
        List<String> to = List.copyOf(attendees);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("an iTIP " + method + " needs at least one attendee");
        }
        to.forEach(ItipWriter::refuseUnsendable);
        StringWriter out = new StringWriter();
        ContentLineWriter lines = new ContentLineWriter(out);
        lines.begin("VCALENDAR");
        lines.start("VERSION").value("2.0");
        lines.start("PRODID").text(FeedWriter.PRODUCT_ID);
        lines.start("CALSCALE").value("GREGORIAN");
        lines.start("METHOD").value(method);
        if (!event.allDay()) {
            TimeZoneWriter.write(lines, event.zone(), event.startAt().toInstant(), event.endAt().toInstant());
        }
        lines.begin("VEVENT");
        body.write(lines);
        ContentLineWriter organizerLine = lines.start("ORGANIZER");
        organizerName.filter(ContentLineWriter::portable).ifPresent(n -> organizerLine.param("CN", n));
        organizerLine.mailto(organizer);
        for (String attendee : to) {
            lines.start("ATTENDEE").token("ROLE", "REQ-PARTICIPANT").token("RSVP", "FALSE").mailto(attendee);
        }
        lines.end("VEVENT");
        lines.end("VCALENDAR");
        return out.toString();
    }

    /** The event's UID, as the feed writes it with the same domain. */
    private String uid(Event event) {
        return event.id() + "@" + uidDomain;
    }

    private static void cancelled(ContentLineWriter lines, Event event, String uid, dev.agendum.model.TimeSpan span,
                                  boolean allDay, String title, String notice, Locale words) {
        lines.start("UID").text(uid);
        EventMapper.stamp(lines, event);
        EventMapper.times(lines, event, span, allDay);
        lines.start("SUMMARY").param("LANGUAGE", words.toLanguageTag()).text(ChangeNotice.summary(title, true, words));
        if (!notice.isEmpty()) {
            lines.start("DESCRIPTION").param("LANGUAGE", words.toLanguageTag()).text(notice);
        }
        lines.start("STATUS").value("CANCELLED");
    }

    /** Builds an {@link ItipWriter}; not thread-safe. */
    public static final class Builder {
        private String organizer;
        private Optional<String> organizerName = Optional.empty();
        private Optional<Locale> language = Optional.empty();
        private String uidDomain = FeedWriter.DEFAULT_UID_DOMAIN;

        private Builder() {
        }

        /**
         * Ends every UID in {@code domain}, as the feed's {@link FeedWriter.Builder#uidDomain(String)} does, so that
         * a message updates the event a subscriber already has; {@link FeedWriter#DEFAULT_UID_DOMAIN} unless set.
         *
         * @param domain the publisher's domain, the same as the feed's
         * @return this builder
         * @throws IllegalArgumentException when {@code domain} is not a host name of two or more labels
         */
        public Builder uidDomain(String domain) {
            FeedWriter.builder().uidDomain(domain); // refuses what is not a host name, as the feed does
            this.uidDomain = domain;
            return this;
        }

        /**
         * Sets the organizer: the address the messages are sent from (required), and its name.
         *
         * @param email the organizer's e-mail address, which the messages are sent from
         * @param name the organizer's name, as attendees' apps show it
         * @return this builder
         */
        public Builder organizer(String email, String name) {
            this.organizer = Objects.requireNonNull(email, "email");
            this.organizerName = Optional.of(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Writes texts and added words in {@code language} where available, instead of each event's own.
         *
         * @param language the language to write texts and added words in
         * @return this builder
         */
        public Builder language(Locale language) {
            this.language = Optional.of(Objects.requireNonNull(language, "language"));
            return this;
        }

        /**
         * Returns the writer.
         *
          * @return a new writer with this builder's settings
         * @throws NullPointerException when no organizer was set
         */
        public ItipWriter build() {
            Objects.requireNonNull(organizer, "organizer");
            return new ItipWriter(organizer, organizerName, language, uidDomain);
        }
    }
}
