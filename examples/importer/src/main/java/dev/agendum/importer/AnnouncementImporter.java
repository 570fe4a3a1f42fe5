package dev.agendum.importer;

import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an announcement's text (plain, Markdown or HTML; Dutch or English) into a {@link Draft}: an event, and for
 * every value in it the words it was read from or the assumption it rests on. Rule-based, offline and
 * deterministic: the same text, options and clock give the same draft.
 *
 * <pre>{@code
 * AnnouncementImporter importer = AnnouncementImporter.builder()
 *         .year(2021)                                    // for dates the text gives without a year
 *         .clock(Clock.fixed(Instant.parse("2021-01-01T00:00:00Z"), ZoneOffset.UTC))
 *         .build();                                      // immutable, thread-safe: build once
 * Draft draft = importer.read("seminar.txt", Files.readString(path));
 * draft.event().startAt();                              // 2021-01-15T14:00+01:00[Europe/Amsterdam]
 * draft.values().forEach(v -> System.out.println(v.path() + " = " + v.value() + ": " + v.basis().describe()));
 * draft.unplaced();                                     // "Klik hier" without a target, "link volgt", …
 * draft.problems();                                     // the text's own inconsistencies (a wrong weekday)
 * draft.violations();                                   // why the event would not pass EventValidator
 * }</pre>
 *
 * <p>What is read: the title (the first heading or line); dates ("vrijdag 2 april 2021", "16 en 17 november",
 * "April 2", "2021-04-02"), checked against a weekday given with them; times and ranges ("14.00u",
 * "10.00 tot 12.00 uur", "14:00-15:00", "2 pm"); attendance, venue and Dutch address; the programme from tables,
 * time-prefixed lines or sentences with a time, with the people after "door", "met", "geleid door", "by", "with",
 * "chaired by", their roles and affiliations; organisers; contacts with e-mail and phone (in international form,
 * by libphonenumber); registration (links, e-mail, "aanmelden via", fee or free, places, waiting list, closing
 * date); status words. Limits: a text of at most {@value #MAX_LENGTH} characters.
 *
 * <p>Instances are immutable and thread-safe. Building one builds an {@link EventValidator} (up to a second on a
 * cold JVM) unless one is given.
 */
public final class AnnouncementImporter {

    /** The longest text read, in UTF-16 units; a longer one is refused. */
    public static final int MAX_LENGTH = 1_000_000;

    /** A programme line's title that only marks the end: "Einde", "Einde van het programma", "End of programme". */
    private static final Pattern END_MARK = Pattern.compile(
            "(?iu)[-–—:\\s]*(?:einde(?: (?:van het )?programma)?|end(?: of (?:the )?programme)?|the end)[.!]?");

    private static final Pattern THIS_LINK = Pattern.compile("(?iu)(klik hier|click here|deze link|this link"
            + "|via de link)");
    private static final Pattern IMAGE = Pattern.compile("(?iu)^(in de afbeelding|op de (?:afbeelding|foto)|de "
            + "afbeelding|afbeelding:|foto:|image:|the image|in the image|picture:)");

    private final Optional<Locale> language;
    private final Optional<ZoneId> zone;
    private final Optional<Integer> year;
    private final Clock clock;
    private final EventValidator validator;

    private AnnouncementImporter(Builder builder) {
        this.language = builder.language;
        this.zone = builder.zone;
        this.year = builder.year;
        this.clock = builder.clock;
        this.validator = builder.validator != null ? builder.validator : EventValidator.create();
    }

    /**
     * Returns an importer with the defaults: it detects each text's language, assumes Europe/Amsterdam, takes no
     * year from outside the text, stamps revisions with the system's UTC clock and builds its own validator.
     *
     * @return the importer
     */
    public static AnnouncementImporter create() {
        return builder().build();
    }

    /**
     * Returns a builder, set to the defaults of {@link #create()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one announcement.
     *
     * @param name the file's name, for its format ({@code .html}, {@code .md}); any name when the text says it
     * @param text the announcement's text
     * @return the draft
     * @throws NotAnAnnouncementException when the text gives no date, no title, or a date without a year that
     *                                    neither the text nor {@link Builder#year(int)} settles
     * @throws IllegalArgumentException   when the text is longer than {@link #MAX_LENGTH}
     */
    public Draft read(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an announcement of " + text.length() + " characters is longer than "
                    + MAX_LENGTH);
        }
        SourceFormat format = SourceFormat.detect(name, text);
        return read(format, text);
    }

    /**
     * Reads one announcement in a known format.
     *
     * @param format how the text is marked up
     * @param text   the announcement's text
     * @return the draft
     * @throws NotAnAnnouncementException as {@link #read(String, String)}
     */
    public Draft read(SourceFormat format, String text) {
        Document document = switch (format) {
            case PLAIN -> PlainReader.read(text);
            case MARKDOWN -> MarkdownReader.read(text);
            case HTML -> HtmlReader.read(text);
        };
        if (document.leaves().isEmpty()) {
            throw new NotAnAnnouncementException("the text is empty");
        }
        // a newsletter of several items announces one of them: the draft is read from that item alone
        MailingSections.Focus focus = MailingSections.focus(document);
        if (focus.why().isEmpty()) {
            focus = SpotlightSection.focus(document);
        }
        Reading reading = new Reading(focus.document());
        focus.why().ifPresent(reading.problems::add);
        Assembler assembler = new Assembler(reading);
        Event event = assembler.build(read(reading).atZone(clock.getZone()).toInstant());
        return new Draft(event, reading.language.value(), format, assembler.values(), reading.unplaced,
                reading.problems, validator.validate(event, Locale.ENGLISH));
    }

    /** Runs the readers in the order their findings depend on; returns the clock's now. */
    private java.time.LocalDateTime read(Reading reading) {
        EventReader events = new EventReader(reading);
        events.language(language);
        events.title();
        new StatusReader(reading).read();
        events.zone(zone);
        reading.organisations = Organisations.from(reading.document);
        EventReader.Days days = events.days(year, java.time.LocalDate.now(clock));
        int eventYear = days.first().getYear();
        new OrganiserReader(reading).read();
        new HeadReader(reading).read();
        new SenderLines(reading).read();
        WhenReader when = new WhenReader(reading);
        Set<Line> timeLines = when.eventTimeLines(days);
        ItemReader items = new ItemReader(reading.people, reading.organisations, reading.roles);
        ProgrammeReader.Result programme = new ProgrammeReader(items, d -> events.resolve(d, eventYear))
                .read(reading.document, days.first(), days.last(), timeLines);
        reading.items = programme.items();
        days = lastDay(days, programme.items());
        when.read(days, programme.items(), programme.lone());
        reading.items = withoutEndMark(programme.items());
        if (reading.items.isEmpty() && !reading.allDay) {
            // "twee sessies met dezelfde inhoud" over their hours: each session an item, the event from first to last
            reading.items = SessionChoices.read(reading, days.first(), items);
        }
        if (reading.items.isEmpty() && !reading.allDay) {
            // a course's evenings listed by date ("dinsdag 9 maart 2027 – God of de natuur"): each one an item
            reading.items = SessionSeries.items(reading, days.line(), eventYear, items);
        }
        events.previousDate(days, eventYear);
        new EventPeopleReader(reading).read(programme.used());
        new PlaceReader(reading).read();
        new ContactReader(reading).read();
        new PublisherReader(reading).read();
        new RegistrationReader(reading, d -> events.resolve(d, eventYear)).read();
        new DeskReader(reading).read();
        new UncuedPeopleReader(reading).read();
        OrganiserReader.splitByAffiliations(reading);
        RoleColumns.apply(reading);
        StatedRoles.apply(reading);
        ModelFit.apply(reading);
        unplaced(reading);
        return java.time.LocalDateTime.now(clock);
    }

    /**
     * The programme without its last line when that line only marks the end ("21.30 uur Einde", "17:00 End"): the
     * event's end has been read from it, but nothing happens then, so it is no item.
     */
    private static List<Found.Item> withoutEndMark(List<Found.Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        Found.Item last = items.get(items.size() - 1);
        boolean mark = last.participations().isEmpty() && END_MARK.matcher(last.title().strip()).matches();
        return mark ? List.copyOf(items.subList(0, items.size() - 1)) : items;
    }

    private static EventReader.Days lastDay(EventReader.Days days, List<Found.Item> items) {
        LocalDate last = days.last();
        for (Found.Item item : items) {
            if (item.start().toLocalDate().isAfter(last)) {
                last = item.start().toLocalDate();
            }
        }
        return last.equals(days.last()) ? days
                : new EventReader.Days(days.first(), last, days.line(), days.source(), days.basis(), days.end(),
                        days.span());
    }

    private static void unplaced(Reading reading) {
        for (LinkRef link : reading.document.links()) {
            if (link.target().isEmpty()) {
                reading.unplaced(link.words(), "a link without a target");
            }
        }
        for (Line line : reading.document.leaves()) {
            if (reading.document.format() == SourceFormat.PLAIN || reading.document.links().isEmpty()) {
                Matcher link = THIS_LINK.matcher(line.text());
                if (link.find() && !line.text().matches("(?s).*https?://.*")) {
                    reading.unplaced(line.source(link.start(), link.end()), "a link the text refers to but does "
                            + "not give");
                }
            }
            if (IMAGE.matcher(line.text()).find()) {
                reading.unplaced(line.source(), "describes an image the text does not include");
            }
        }
    }

    /** Configures an {@link AnnouncementImporter}; not thread-safe. */
    public static final class Builder {
        private Optional<Locale> language = Optional.empty();
        private Optional<ZoneId> zone = Optional.empty();
        private Optional<Integer> year = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private EventValidator validator;

        private Builder() {
        }

        /**
         * Reads every text as one language instead of detecting it.
         *
         * @param language {@code nl} or {@code en}
         * @return this builder
         */
        public Builder language(Locale language) {
            this.language = Optional.of(Objects.requireNonNull(language, "language"));
            return this;
        }

        /**
         * Puts every event in one zone instead of assuming Europe/Amsterdam.
         *
         * @param zone the zone of the texts' times
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Optional.of(Objects.requireNonNull(zone, "zone"));
            return this;
        }

        /**
         * Takes a year for dates without one, when the text names no year elsewhere.
         *
         * @param year the year, from 1900 to 2200
         * @return this builder
         * @throws IllegalArgumentException when the year is outside 1900–2200
         */
        public Builder year(int year) {
            if (year < 1900 || year > 2200) {
                throw new IllegalArgumentException("a year between 1900 and 2200, not " + year);
            }
            this.year = Optional.of(year);
            return this;
        }

        /**
         * Stamps each draft's revision with a clock's instant (default: the system's UTC clock); a fixed clock gives
         * byte-identical drafts.
         *
         * @param clock the clock read once per draft
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Checks drafts with a given validator instead of building one (building one costs up to a second on a
         * cold JVM; share one between importers).
         *
         * @param validator the validator
         * @return this builder
         */
        public Builder validator(EventValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Returns the importer; the builder may be used again.
         *
         * @return an immutable, thread-safe importer with this builder's settings
         */
        public AnnouncementImporter build() {
            return new AnnouncementImporter(this);
        }
    }
}
