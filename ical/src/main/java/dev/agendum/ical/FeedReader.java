package dev.agendum.ical;

import dev.agendum.model.Event;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;

/**
 * Reads iCalendar feeds (RFC 5545) into events, tolerantly: every VEVENT becomes an event with its times and zone,
 * SUMMARY, DESCRIPTION, LOCATION, CONFERENCE, URL, ORGANIZER, CONTACT, CATEGORIES, STATUS, SEQUENCE and DTSTAMP,
 * chairs among its ATTENDEEs and its RFC 9073 PARTICIPANTs; a VEVENT related to another by
 * RELATED-TO;RELTYPE=PARENT becomes a programme item of it. What is not mapped is returned as a
 * {@link FeedWarning} with its line, never dropped silently.
 *
 * <p>A feed Agendum wrote (with its X-AGENDUM- properties, the default) is read back exactly: each event equals the
 * one written, programme, people, registration and all, whatever language the feed was written in and whether its
 * items were written as VEVENTs.
 * Agendum's own properties are read from the content lines as written, because ical4j's unescaping is wrong for
 * an escaped backslash before an escaped line break; ical4j still parses the whole feed, so malformed input fails
 * the same way whoever wrote it.
 *
 * <p>Reading is bounded: at most {@value #DEFAULT_MAX_CHARACTERS} characters per feed, content lines of at most
 * {@value #DEFAULT_MAX_LINE_LENGTH} characters and {@value #DEFAULT_MAX_COMPONENTS} components, each configurable.
 * A feed beyond a limit, or one ical4j cannot parse, throws {@link FeedReadException} with the line; no ical4j or
 * {@code java.time} exception escapes. Times are read with {@code java.time} from their TZID, without ical4j's
 * time-zone registry, so reading many feeds does not grow memory. Instances are immutable and thread-safe; each
 * read uses its own parser.
 *
 * <pre>{@code
 * FeedContent content = FeedReader.create().read(Path.of("events.ics"));
 * content.warnings().forEach(System.out::println);
 * }</pre>
 */
public final class FeedReader {

    /** Default most characters in one feed (16 Mi). */
    public static final int DEFAULT_MAX_CHARACTERS = 16 * 1024 * 1024;
    /** Default most characters in one unfolded content line. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
    /** Default most components (BEGIN lines) in one feed. */
    public static final int DEFAULT_MAX_COMPONENTS = 100_000;

    private final int maxCharacters;
    private final int maxLineLength;
    private final int maxComponents;
    private final ZoneId defaultZone;
    private final Locale defaultLanguage;

    private FeedReader(Builder builder) {
        this.maxCharacters = builder.maxCharacters;
        this.maxLineLength = builder.maxLineLength;
        this.maxComponents = builder.maxComponents;
        this.defaultZone = builder.defaultZone;
        this.defaultLanguage = builder.defaultLanguage;
    }

    /** Returns a reader with the default limits, floating times read in UTC and untagged text in English. */
    public static FeedReader create() {
        return builder().build();
    }

    /** Returns a builder set to the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads a feed given as text. */
    public FeedContent read(String feed) {
        Objects.requireNonNull(feed, "feed");
        if (feed.length() > maxCharacters) {
            throw new FeedReadException(0, "the feed is longer than " + maxCharacters + " characters", null);
        }
        FeedScan scan = FeedScan.of(feed, maxLineLength, maxComponents);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(feed));
        } catch (ParserException e) {
            throw new FeedReadException(e.getLineNo(), "not valid iCalendar: " + rootMessage(e), e);
        } catch (IOException | RuntimeException e) {
            throw new FeedReadException(0, "not valid iCalendar: " + rootMessage(e), e);
        }
        return map(calendar, scan);
    }

    /** Reads a feed from {@code in}, up to the character limit; {@code in} is not closed. */
    public FeedContent read(Reader in) {
        try {
            char[] buffer = new char[8192];
            StringBuilder text = new StringBuilder();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
                if (text.length() > maxCharacters) {
                    throw new FeedReadException(0, "the feed is longer than " + maxCharacters + " characters", null);
                }
            }
            return read(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a feed from a UTF-8 file. */
    public FeedContent read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FeedContent map(Calendar calendar, FeedScan scan) {
        List<FeedWarning> warnings = new ArrayList<>();
        List<Component> vevents = new ArrayList<>(calendar.getComponents("VEVENT"));
        Map<String, List<Integer>> children = new LinkedHashMap<>();
        for (int i = 0; i < vevents.size(); i++) {
            int index = i;
            parent(scan.event(i)).ifPresent(p -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(index));
        }
        EventReader foreign = new EventReader(defaultZone, defaultLanguage, warnings);
        OwnEventReader own = new OwnEventReader(defaultZone, warnings);
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, List<Map.Entry<String, Event>>> related = new LinkedHashMap<>();
        java.util.Set<Integer> consumed = new java.util.HashSet<>();
        for (int i = 0; i < vevents.size(); i++) {
            FeedScan.Scanned lines = scan.event(i);
            String uid = lines.text("UID").orElse("");
            if (OwnEventReader.isOwn(lines)) {
                List<Integer> items = children.getOrDefault(uid, List.of());
                consumed.addAll(items);
                try {
                    events.put(uid, own.read(lines, vevents.get(i), items.stream().map(scan::event).toList()));
                } catch (RuntimeException e) {
                    warnings.add(new FeedWarning(lines.begin(), "VEVENT skipped: " + e.getMessage()));
                }
            } else if (!consumed.contains(i)) {
                Optional<String> parent = parent(lines);
                Optional<Event> event = foreign.read(vevents.get(i), lines);
                if (parent.isPresent() && event.isPresent()) {
                    related.computeIfAbsent(parent.get(), p -> new ArrayList<>()).add(Map.entry(uid, event.get()));
                } else {
                    event.ifPresent(e -> events.put(uid, e));
                }
            }
        }
        related.forEach((parent, list) -> {
            Event event = events.get(parent);
            if (event == null) {
                warnings.add(new FeedWarning(0, list.size() + " VEVENT(s) related to " + parent
                        + ", which is not in the feed, skipped"));
            } else {
                events.put(parent, ItemReader.withItems(event, parent, list));
            }
        });
        return new FeedContent(List.copyOf(events.values()), warnings);
    }

    /** The UID of the VEVENT this one is part of: RELATED-TO with RELTYPE=PARENT, the default relation. */
    private static Optional<String> parent(FeedScan.Scanned vevent) {
        return vevent.first("RELATED-TO")
                .filter(r -> r.parameter("RELTYPE").map("PARENT"::equalsIgnoreCase).orElse(true))
                .map(ContentLine::text);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceFirst("^Error at line \\d+:", "");
    }

    /** Builds a {@link FeedReader}; not thread-safe. */
    public static final class Builder {
        private int maxCharacters = DEFAULT_MAX_CHARACTERS;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int maxComponents = DEFAULT_MAX_COMPONENTS;
        private ZoneId defaultZone = ZoneOffset.UTC;
        private Locale defaultLanguage = Locale.ENGLISH;

        private Builder() {
        }

        /** Sets the most characters one feed may have. */
        public Builder maxCharacters(int characters) {
            this.maxCharacters = positive(characters);
            return this;
        }

        /** Sets the most characters one unfolded content line may have. */
        public Builder maxLineLength(int characters) {
            this.maxLineLength = positive(characters);
            return this;
        }

        /** Sets the most components one feed may have. */
        public Builder maxComponents(int components) {
            this.maxComponents = positive(components);
            return this;
        }

        /** Sets the zone that floating times and unknown TZIDs are read in. */
        public Builder defaultZone(ZoneId zone) {
            this.defaultZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Sets the language of text without a LANGUAGE parameter. */
        public Builder defaultLanguage(Locale language) {
            this.defaultLanguage = Objects.requireNonNull(language, "language");
            return this;
        }

        /** Returns the reader. */
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
