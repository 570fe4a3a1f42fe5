package dev.agendum.ical;

import dev.agendum.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads iCalendar feeds (RFC 5545) into events, tolerantly and in one pass: every VEVENT becomes an event with its
 * times and zone, SUMMARY, DESCRIPTION, LOCATION, CONFERENCE, URL, ORGANIZER, CONTACT, CATEGORIES, STATUS, SEQUENCE
 * and DTSTAMP, chairs among its ATTENDEEs and its RFC 9073 PARTICIPANTs; a VEVENT related to another by
 * RELATED-TO;RELTYPE=PARENT becomes a programme item of it. What is not mapped, or mapped with an assumption, is
 * returned as a {@link FeedWarning} with its line, in line order, never dropped silently.
 *
 * <p>A feed Agendum wrote (with its X-AGENDUM- properties, the default) is read back exactly: each event equals the
 * one written, programme, people, registration and all. Feeds from elsewhere go through the same scanner and the
 * same model: CRLF, LF and CR line ends, folds anywhere (inside a UTF-8 character too), Windows and Outlook zone
 * names and the feed's own VTIMEZONEs are read as ical/FEED.md describes; a malformed property is skipped with a
 * warning, never the feed.
 *
 * <p>Reading streams: one VEVENT (with what it holds) is in memory at a time, besides the events read; VEVENTs that
 * use a TZID whose VTIMEZONE comes later in the VCALENDAR are held until it comes, within the character limit of one
 * component (past it they are read without it, with a warning). The limits
 * bound one component of the feed: at most {@value #DEFAULT_MAX_CHARACTERS} characters and
 * {@value #DEFAULT_MAX_COMPONENTS} nested components in it, unfolded content lines of at most
 * {@value #DEFAULT_MAX_LINE_LENGTH} characters, and {@value #DEFAULT_MAX_EVENTS} events in the feed, each
 * configurable. Input beyond a limit, a feed that does not begin with BEGIN:VCALENDAR, and text that is not valid
 * UTF-8 (or, given as characters, not valid Unicode) throw {@link FeedReadException} with the line; no
 * {@code java.time} exception escapes. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FeedContent content = FeedReader.create().read(Path.of("events.ics"));
 * content.warnings().forEach(System.out::println);
 * }</pre>
 */
public final class FeedReader {

    /** Default most characters in one component of the feed (a VEVENT with its subcomponents): 16 Mi. */
    public static final int DEFAULT_MAX_CHARACTERS = 16 * 1024 * 1024;
    /** Default most characters in one unfolded content line. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
    /** Default most components (BEGIN lines) in one component of the feed, itself included. */
    public static final int DEFAULT_MAX_COMPONENTS = 100_000;
    /** Default most VEVENTs in one feed. */
    public static final int DEFAULT_MAX_EVENTS = 1_000_000;
    /** Default most occurrences one recurring series gives. */
    public static final int DEFAULT_MAX_OCCURRENCES = 1_000;

    private final Limits limits;
    private final ZoneId defaultZone;
    private final Locale defaultLanguage;
    private final Recurrence recurrence;

    /** The limits of one read. */
    record Limits(int characters, int lineLength, int components, int events) {
    }

    private FeedReader(Builder builder) {
        this.limits = new Limits(builder.maxCharacters, builder.maxLineLength, builder.maxComponents,
                builder.maxEvents);
        this.defaultZone = builder.defaultZone;
        this.defaultLanguage = builder.defaultLanguage;
        this.recurrence = new Recurrence(builder.from, builder.until, builder.maxOccurrences);
    }

    /**
     * Returns a reader with the default limits, floating times read in UTC and untagged text in English.
     *
     * @return a new reader with the default settings
     */
    public static FeedReader create() {
        return builder().build();
    }

    /**
     * Returns a builder set to the defaults.
     *
     * @return a new builder holding the default limits, UTC for floating times and English for untagged text
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a feed given as text; an unpaired surrogate in it is refused with its line.
     *
     * @param feed the iCalendar text of the feed, with or without a byte-order mark
     * @return the feed's events and the warnings of reading it
     */
    public FeedContent read(String feed) {
        Objects.requireNonNull(feed, "feed");
        int from = !feed.isEmpty() && feed.charAt(0) == '\uFEFF' ? 1 : 0;
        return read(new StringReader(from == 0 ? feed : feed.substring(from)));
    }

    /**
     * Reads a feed from {@code in}, which is not closed; an unpaired surrogate in it is refused with its line.
     *
     * @param in the feed's characters; read to the end
     * @return the feed's events and the warnings of reading it
     */
    public FeedContent read(Reader in) {
        Objects.requireNonNull(in, "in");
        return new FeedAssembly(limits, defaultZone, defaultLanguage, new ContentLineScanner(in, limits.lineLength()),
                recurrence, null).read();
    }

    /**
     * Reads a feed of UTF-8 bytes from {@code in} (not closed) and hands each event to {@code each} as soon as it
     * is complete, keeping none of them: memory is bounded by the largest event, whatever the feed's size. Events
     * come in feed order; a VEVENT related to its event (a programme item) must follow that event, as Agendum and
     * other writers put them, or it is skipped with a warning. Returns the warnings, in line order.
      *
      * @param in the feed's bytes, as UTF-8; read to the end
      * @param each what is done with each event, called once per event as soon as it is complete
      * @return the warnings of reading the feed, in line order
     */
    public List<FeedWarning> read(InputStream in, Consumer<? super Event> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(each, "each");
        return new FeedAssembly(limits, defaultZone, defaultLanguage,
                new ContentLineScanner(new Utf8Reader(in), limits.lineLength()), recurrence, each).read().warnings();
    }

    /**
     * Reads a UTF-8 file as {@link #read(InputStream, Consumer)} does.
     *
     * @param file the UTF-8 file holding the feed
     * @param each what is done with each event, called once per event as soon as it is complete
     * @return the warnings of reading the feed, in line order
     */
    public List<FeedWarning> read(Path file, Consumer<? super Event> each) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a feed of UTF-8 bytes from {@code in}, which is not closed; bytes that are not UTF-8 are refused with
     * their line, and a fold inside a character is restored.
      *
      * @param in the feed's bytes, as UTF-8; read to the end
      * @return the feed's events and the warnings of reading it
     */
    public FeedContent read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(new Utf8Reader(in));
    }

    /**
     * Reads a UTF-8 file, as {@link #read(InputStream)} does.
     *
     * @param file the UTF-8 file holding the feed
     * @return the feed's events and the warnings of reading it
     */
    public FeedContent read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a {@link FeedReader}; not thread-safe. */
    public static final class Builder {
        private int maxCharacters = DEFAULT_MAX_CHARACTERS;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxComponents = DEFAULT_MAX_COMPONENTS;
        private int maxEvents = DEFAULT_MAX_EVENTS;
        private ZoneId defaultZone = ZoneOffset.UTC;
        private Locale defaultLanguage = Locale.ENGLISH;
        private Optional<Instant> from = Optional.empty();
        private Optional<Instant> until = Optional.empty();
        private int maxOccurrences = DEFAULT_MAX_OCCURRENCES;

        private Builder() {
        }

        /**
         * Sets the window recurring events are expanded in: occurrences that start at or after {@code from} and
         * before {@code until}. Without one, each series gives the occurrences of its first 366 days.
          *
          * @param from the earliest start of an occurrence given, inclusive
          * @param until the end of the window, exclusive; after {@code from}
          * @return this builder
         */
        public Builder recurrenceWindow(Instant from, Instant until) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("the window must end after it starts: " + from + " to " + until);
            }
            this.from = Optional.of(from);
            this.until = Optional.of(until);
            return this;
        }

        /**
         * Sets the most occurrences one recurring series gives; more in the window are left out with a warning.
         *
         * @param occurrences the most occurrences one series gives; at least 1
         * @return this builder
         */
        public Builder maxOccurrences(int occurrences) {
            this.maxOccurrences = positive(occurrences);
            return this;
        }

        /**
         * Sets the most characters one component of the feed (a VEVENT with what it holds) may have.
         *
         * @param characters the most characters one component of the feed may have; at least 1
         * @return this builder
         */
        public Builder maxCharacters(int characters) {
            this.maxCharacters = positive(characters);
            return this;
        }

        /**
         * Sets the most characters one unfolded content line may have.
         *
         * @param characters the most characters one unfolded content line may have; at least 1
         * @return this builder
         */
        public Builder maxLineLength(int characters) {
            this.maxLineLength = positive(characters);
            return this;
        }

        /**
         * Sets the most components one component of the feed may have, itself included.
         *
         * @param components the most components one component of the feed may have, itself included; at least 1
         * @return this builder
         */
        public Builder maxComponents(int components) {
            this.maxComponents = positive(components);
            return this;
        }

        /**
         * Sets the most VEVENTs one feed may have.
         *
         * @param events the most VEVENTs one feed may have; at least 1
         * @return this builder
         */
        public Builder maxEvents(int events) {
            this.maxEvents = positive(events);
            return this;
        }

        /**
         * Sets the zone that floating times and unknown TZIDs are read in.
         *
         * @param zone the zone of floating times and of times with an unknown TZID
         * @return this builder
         */
        public Builder defaultZone(ZoneId zone) {
            this.defaultZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the language of text without a LANGUAGE parameter.
         *
         * @param language the language given to text without a LANGUAGE parameter
         * @return this builder
         */
        public Builder defaultLanguage(Locale language) {
            this.defaultLanguage = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Returns the reader.
         *
         * @return a new reader with this builder's settings
         */
        public FeedReader build() {
            return new FeedReader(this);
        }

        private static int positive(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("a limit must be positive, got " + limit);
            }
            return limit;
        }
    }
}
