package dev.agendum.ical;

import dev.agendum.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes events as one iCalendar feed (RFC 5545, with RFC 7986 calendar properties and RFC 9073 participants)
 * that calendar apps subscribe to.
 *
 * <p>The feed is one VCALENDAR with METHOD:PUBLISH, NAME and X-WR-CALNAME, REFRESH-INTERVAL and X-PUBLISHED-TTL, a
 * VTIMEZONE for every zone used (built from {@code java.time}'s rules, with the TZID the events reference), and one
 * VEVENT per event: UID from the event's id and the publisher's {@link Builder#uidDomain(String) domain}, DTSTAMP
 * and SEQUENCE from its revision (never the wall clock), local
 * DTSTART/DTEND with TZID, SUMMARY, a DESCRIPTION listing programme, people, registration and contacts readably,
 * LOCATION, URL, ORGANIZER, CONTACT, STATUS, CATEGORIES, CONFERENCE for a known join link, and one PARTICIPANT per
 * participation. With {@link Builder#withItems(boolean)} each programme item becomes its own VEVENT, related to its
 * event by RELATED-TO;RELTYPE=PARENT. Unless {@link Builder#lossless(boolean)} turns them off, X-AGENDUM-
 * properties carry what iCalendar has no home for (registration rules, affiliations, contacts' roles, links
 * without an address, image descriptions, texts in several languages…), so that {@link FeedReader} reads each
 * event back equal to the one published; {@code FEED.md} in the module lists them.
 *
 * <p>Privacy by default: a person's e-mail address and phone number are written only for the event's contacts,
 * unless {@link Builder#publishPersonalDetails(boolean)} says otherwise. {@link Builder#select(FeedSelection)}
 * makes a personal or filtered feed with the full feed's UIDs.
 *
 * <p>Output is byte-for-byte deterministic for the same events and options, uses CRLF line ends and folds lines at
 * 75 octets without splitting a UTF-8 character. Text is escaped so that no value can add a property or component.
 * Texts are never changed: every control character except line feed and tab (CR included, also in CRLF) is
 * refused with {@link IllegalArgumentException} naming the property (the {@code EventValidator} reports them
 * first). A name holding a backslash, a double quote or a line feed is left out
 * of the CN and LABEL parameters, where parsers disagree on how to read them; it stays in DESCRIPTION and CONTACT.
 * Events are written one by one to the {@link Writer}, so memory does not grow with the feed. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * FeedWriter feed = FeedWriter.builder().calendarName("Bestuurskunde").withItems(true).build();
 * try (Writer out = Files.newBufferedWriter(Path.of("events.ics"))) {
 *     feed.write(events, out);
 * }
 * }</pre>
 */
public final class FeedWriter {

    /** The product identifier written as PRODID. */
    public static final String PRODUCT_ID = "-//Agendum//Agendum 0.1//EN";

    /**
     * The domain of UIDs when none is set: {@code <event id>@agendum.dev}. A publisher should set its own with
     * {@link Builder#uidDomain(String)}, so that its events never share a UID with another publisher's.
     */
    public static final String DEFAULT_UID_DOMAIN = "agendum.dev";

    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final FeedOptions options;

    private FeedWriter(FeedOptions options) {
        this.options = options;
    }

    /**
     * Returns a writer with the default options: calendar "Agendum", refreshed every 12 hours, no item VEVENTs.
     *
     * @return a new writer with the default options
     */
    public static FeedWriter create() {
        return builder().build();
    }

    /**
     * Returns a writer with these options that writes the personal or filtered feed of {@code selection}, as
     * {@link Builder#select(FeedSelection)} does.
      *
      * @param selection which programme items the returned writer's feed holds
      * @return a new writer with this writer's options and {@code selection}
     */
    public FeedWriter selecting(FeedSelection selection) {
        Objects.requireNonNull(selection, "selection");
        return new FeedWriter(new FeedOptions(options.calendarName(), options.refreshInterval(), options.withItems(),
                options.language(), options.lossless(), options.uidDomain(), options.publishPersonalDetails(),
                Optional.of(selection)));
    }

    /**
     * Returns a builder set to the defaults.
     *
     * @return a new builder holding the default options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the feed of {@code events}, in their order, to {@code out}, event by event; {@code out} is flushed,
     * not closed.
     *
      * @param events the events of the feed, in the order they are written
      * @param out where the feed's characters go
     * @throws IllegalArgumentException when a text holds a control character other than a line feed or tab (a CR
     *                                  included), a noncharacter or an unpaired surrogate, a URI holds a space,
     *                                  quote or control character, or an e-mail address a control character; the
     *                                  {@code EventValidator} reports all of these first
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void write(List<Event> events, Writer out) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        ContentLineWriter lines = new ContentLineWriter(out);
        List<Event> chosen = options.selection().map(s -> events.stream().filter(s::includes).toList())
                .orElse(events);
        CalendarMapper.begin(lines, chosen, options);
        // One buffer for every event's DESCRIPTION: it grows to the longest and is reused, not made per event.
        TextBuffer description = new TextBuffer(4096);
        for (Event event : chosen) {
            EventMapper.write(lines, Publication.of(event, options.publishPersonalDetails()), options, description);
        }
        CalendarMapper.end(lines);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the feed of {@code events} to {@code out} as UTF-8; {@code out} is flushed, not closed.
     *
     * @param events the events of the feed, in the order they are written
     * @param out where the feed's bytes go
     */
    public void write(List<Event> events, OutputStream out) {
        write(events, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Returns the feed of {@code events}.
     *
     * @param events the events of the feed, in the order they are written
     * @return the iCalendar text of the feed
     */
    public String write(List<Event> events) {
        StringWriter out = new StringWriter();
        write(events, out);
        return out.toString();
    }

    /** Builds a {@link FeedWriter}; not thread-safe. */
    public static final class Builder {
        private String calendarName = "Agendum";
        private Duration refreshInterval = Duration.ofHours(12);
        private boolean withItems;
        private Optional<Locale> language = Optional.empty();
        private boolean lossless = true;
        private String uidDomain = DEFAULT_UID_DOMAIN;
        private boolean publishPersonalDetails;
        private Optional<FeedSelection> selection = Optional.empty();

        private Builder() {
        }

        /**
         * Sets the calendar's name (NAME and X-WR-CALNAME).
         *
         * @param name the calendar's name, as subscribers' apps show it
         * @return this builder
         */
        public Builder calendarName(String name) {
            this.calendarName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets how often subscribers should refresh (REFRESH-INTERVAL and X-PUBLISHED-TTL).
         *
          * @param interval how long subscribers should wait between refreshes; positive
          * @return this builder
         * @throws IllegalArgumentException when it is not positive
         */
        public Builder refreshInterval(Duration interval) {
            if (Objects.requireNonNull(interval, "interval").isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("a refresh interval must be positive, got " + interval);
            }
            this.refreshInterval = interval;
            return this;
        }

        /**
         * Sets whether each programme item is also written as its own VEVENT.
         *
         * @param withItems {@code true} to write each programme item as its own VEVENT too
         * @return this builder
         */
        public Builder withItems(boolean withItems) {
            this.withItems = withItems;
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
         * Sets whether each event carries, in X-AGENDUM- properties, everything {@link FeedReader} needs to read it
         * back equal (the default). Without them a feed holds only what calendar apps show, and is smaller and
         * faster to write, but reads back only as a feed from elsewhere would.
          *
          * @param lossless {@code true} to write the X-AGENDUM- properties, {@code false} for what calendar apps show only
          * @return this builder
         */
        public Builder lossless(boolean lossless) {
            this.lossless = lossless;
            return this;
        }

        /**
         * Sets the domain every UID ends in ({@code <event id>@<domain>}, {@code <item id>.<event id>@<domain>}),
         * {@link #DEFAULT_UID_DOMAIN} unless set. Use a domain you control: RFC 5545 asks UIDs to be globally
         * unique. Keep it: subscribers' apps know events by UID, and a new domain makes every event a new one.
         *
          * @param domain the host name every UID ends in, of two or more labels
          * @return this builder
         * @throws IllegalArgumentException when {@code domain} is not a host name of two or more labels
         */
        public Builder uidDomain(String domain) {
            if (Objects.requireNonNull(domain, "domain").length() > 253 || !DOMAIN.matcher(domain).matches()) {
                throw new IllegalArgumentException("a UID domain is a host name such as events.example.org");
            }
            this.uidDomain = domain;
            return this;
        }

        /**
         * Sets whether the e-mail addresses and phone numbers of people who are not the event's contacts are
         * published (in CALENDAR-ADDRESS and, in a lossless feed, X-AGENDUM-PERSON). Off by default: only the
         * contacts' and desks' details, which the announcement makes public, are written.
          *
          * @param publish {@code true} to publish the contact details of everyone named, {@code false} for the contacts' only
          * @return this builder
         */
        public Builder publishPersonalDetails(boolean publish) {
            this.publishPersonalDetails = publish;
            return this;
        }

        /**
         * Writes a personal or filtered feed: only the programme items {@code selection} selects, each as its own
         * VEVENT, with the VEVENT of their event for context, and a NAME that says what was selected.
          *
          * @param selection which programme items the feed holds
          * @return this builder
         */
        public Builder select(FeedSelection selection) {
            this.selection = Optional.of(Objects.requireNonNull(selection, "selection"));
            return this;
        }

        /**
         * Returns the writer.
         *
         * @return a new writer with this builder's options
         */
        public FeedWriter build() {
            return new FeedWriter(new FeedOptions(calendarName, refreshInterval, withItems, language, lossless,
                    uidDomain, publishPersonalDetails, selection));
        }
    }
}
