package dev.agendum.json;

import dev.agendum.json.schemaorg.HtmlSafeEscapes;
import dev.agendum.json.schemaorg.SchemaOrgParts;
import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.Fee;
import dev.agendum.model.Image;
import dev.agendum.model.Participation;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Registration;
import dev.agendum.model.RegistrationChannel;
import dev.agendum.model.ScheduledItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes events as schema.org JSON-LD for web pages and search engines: an {@code Event} with name, description,
 * {@code inLanguage}, start and end with their UTC offsets, attendance mode, status (and {@code previousStartDate}
 * when it moved), location, organisers, performers, one {@code subEvent} per programme item (with derived ends and
 * its own performers), offers from the registration, image and keywords.
 *
 * <p>What is published is what a public page may show: the online location is a {@code VirtualLocation} at the
 * event's public information page, never the join link; people appear with name, honorific, web page, position
 * and organisations, never with e-mail address or phone number. Performers are wrapped in schema.org's
 * {@code PerformanceRole} so that each keeps the role played ("Panellist"); organisers, contacts and spokespersons
 * do not perform. An offer states its availability only where the announcement does: {@code LimitedAvailability}
 * when it limits the places; otherwise none, for the writer knows no registration counts and never reads the
 * clock. Like the calendar feed's default, no person's e-mail address or phone number is published here.
 *
 * <p>Google's event rich results require a physical {@code Place} with a {@code PostalAddress}: an online-only event
 * is valid schema.org ({@code OnlineEventAttendanceMode} with a {@code VirtualLocation}) but not eligible for them,
 * and this writer does not pretend otherwise.
 *
 * <p>Output is deterministic and safe to embed in an HTML {@code <script type="application/ld+json">} element
 * ({@code <}, {@code >} and {@code &} are escaped). Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String jsonLd = SchemaOrgWriter.create().write(event);
 * }</pre>
 */
public final class SchemaOrgWriter {

    private final JsonFactory factory;
    private final Optional<Locale> language;

    /**
     * Writes with Jackson's streaming generator alone: a data-binding mapper, built here before only to make
     * generators, loaded some 400 classes on every cold start of a program that writes JSON-LD.
     */
    private SchemaOrgWriter(Optional<Locale> language) {
        this.factory = JsonFactory.builder().characterEscapes(new HtmlSafeEscapes())
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        this.language = language;
    }

    /** Returns a generator on {@code out} with the two-space layout; a pretty printer serves one generator. */
    private JsonGenerator generator(OutputStream out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PrettyPrinter layout = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        return factory.createGenerator(new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return layout;
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        }, out);
    }

    /**
     * Returns a writer that writes each event in its own main language.
     *
     * @return a new writer using each event's main language
     */
    public static SchemaOrgWriter create() {
        return new SchemaOrgWriter(Optional.empty());
    }

    /**
     * Returns a writer that writes texts in {@code language}, falling back to each text's default language.
     *
     * @param language the language to write texts in, where a text has it
     * @return a new writer preferring {@code language}
     */
    public static SchemaOrgWriter inLanguage(Locale language) {
        return new SchemaOrgWriter(Optional.of(Objects.requireNonNull(language, "language")));
    }

    /**
     * Returns the JSON-LD of one event, with its {@code @context}.
     *
     * @param event the event to write
     * @return the JSON-LD text of the event, a schema.org {@code Event} with its {@code @context}
     */
    public String write(Event event) {
        Objects.requireNonNull(event, "event");
        return toString(out -> {
            out.writeStartObject();
            out.writeStringProperty("@context", "https://schema.org");
            eventFields(out, event);
            out.writeEndObject();
        });
    }

    /**
     * Returns the JSON-LD of several events, as one {@code @graph}.
     *
     * @param events the events to write, in the order they appear in the graph
     * @return the JSON-LD text of one object with a {@code @context} and an {@code @graph} of the events
     */
    public String write(List<Event> events) {
        List<Event> copy = List.copyOf(events);
        return toString(out -> graph(out, copy));
    }

    /**
     * Writes the JSON-LD of {@code events} as one {@code @graph} to {@code out} as UTF-8, event by event as the
     * iteration hands them out, so that memory does not grow with the graph: the bytes {@link #write(List)} returns.
     * {@code out} is flushed, not closed.
     *
      * @param events the events to write, in iteration order; iterated once
      * @param out where the JSON-LD's bytes go
     * @throws UncheckedIOException when {@code out} fails
     */
    public void writeGraph(Iterable<Event> events, OutputStream out) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        try {
            try (JsonGenerator generator = generator(out)) {
                graph(generator, events);
            }
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void graph(JsonGenerator out, Iterable<Event> events) {
        out.writeStartObject();
        out.writeStringProperty("@context", "https://schema.org");
        out.writeName("@graph");
        out.writeStartArray();
        for (Event event : events) {
            out.writeStartObject();
            eventFields(out, event);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Writes the JSON-LD of one event to {@code out} as UTF-8, leaving the stream open.
     *
     * @param event the event to write
     * @param out where the JSON-LD's bytes go; not closed
     */
    public void write(Event event, OutputStream out) {
        try {
            out.write(write(event).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void write(JsonGenerator out);
    }

    private String toString(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = generator(bytes)) {
            body.write(out);
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private void eventFields(JsonGenerator out, Event event) {
        Locale lang = language.orElse(event.language());
        SchemaOrgParts parts = new SchemaOrgParts(out, lang);
        out.writeStringProperty("@type", "Event");
        out.writeStringProperty("name", parts.text(event.title()));
        event.description().ifPresent(d -> out.writeStringProperty("description", parts.text(d)));
        out.writeStringProperty("inLanguage", event.language().toLanguageTag());
        if (event.allDay()) {
            parts.allDayDates(event);
        } else {
            parts.dateTime("startDate", event, event.start());
            parts.dateTime("endDate", event, event.end());
        }
        parts.attendanceMode(event.attendanceMode());
        parts.status(event.status());
        event.previousStart().ifPresent(p -> parts.dateTime("previousStartDate", event, p));
        parts.locations(event);
        SchemaOrgParts.publicPage(event).ifPresent(url -> out.writeStringProperty("url", url.toString()));
        event.image().filter(i -> i.url().isPresent()).ifPresent(i -> image(out, parts, i));
        parts.many("organizer", event.organisers().stream().<Runnable>map(o -> () -> parts.organisation(o)).toList());
        parts.performers(event, performers(event));
        subEvents(out, parts, event);
        event.registration().ifPresent(r -> offers(out, parts, event, r));
        parts.many("keywords", event.categories().stream().<Runnable>map(c -> () -> out.writeString(parts.text(c)))
                .toList());
    }

    /** The event's own performers, then those of its items, each person and role once, in announced order. */
    private static List<Participation> performers(Event event) {
        Map<String, Participation> distinct = new LinkedHashMap<>();
        // Keyed by text, not by the Role record: a record's toString, equals and hashCode are bootstrapped at their
        // first call, which cost a cold convert 15 ms here.
        event.appearances().forEach(a -> distinct.putIfAbsent(a.participation().personId() + "\n"
                + a.participation().role().type().name() + a.participation().role().customLabel()
                .map(label -> "\n" + label.defaultLanguage() + "\n" + label.values()).orElse(""), a.participation()));
        return List.copyOf(distinct.values());
    }

    private static void image(JsonGenerator out, SchemaOrgParts parts, Image image) {
        out.writeName("image");
        out.writeStartObject();
        out.writeStringProperty("@type", "ImageObject");
        out.writeStringProperty("url", image.url().orElseThrow().toString());
        out.writeStringProperty("description", parts.text(image.description()));
        out.writeStringProperty("caption", parts.text(image.description()));
        out.writeEndObject();
    }

    private static void subEvents(JsonGenerator out, SchemaOrgParts parts, Event event) {
        List<Runnable> items = new ArrayList<>();
        event.schedule().allItems().forEach(item -> items.add(() -> subEvent(out, parts, event, item)));
        parts.many("subEvent", items);
    }

    private static void subEvent(JsonGenerator out, SchemaOrgParts parts, Event event, ScheduledItem scheduled) {
        out.writeStartObject();
        out.writeStringProperty("@type", "Event");
        out.writeStringProperty("name", parts.text(scheduled.item().title()));
        scheduled.item().description().ifPresent(d -> out.writeStringProperty("description", parts.text(d)));
        parts.dateTime("startDate", event, scheduled.span().start());
        if (!scheduled.span().isPoint()) {
            parts.dateTime("endDate", event, scheduled.span().end());
        }
        parts.attendanceMode(event.attendanceMode());
        // A sub-event's own status (a cancelled or moved item) is what schema.org should say; else the event's.
        ProgrammeItem item = scheduled.item();
        parts.status(item.status() != EventStatus.SCHEDULED ? item.status() : event.status());
        item.previousStart().ifPresent(previous -> parts.dateTime("previousStartDate", event, previous));
        parts.performers(event, scheduled.item().participations());
        out.writeEndObject();
    }

    private static void offers(JsonGenerator out, SchemaOrgParts parts, Event event, Registration registration) {
        registration.fee().filter(Fee::costsNothing).ifPresent(f -> out.writeBooleanProperty("isAccessibleForFree", true));
        out.writeName("offers");
        out.writeStartObject();
        out.writeStringProperty("@type", "Offer");
        registration.channels().stream().filter(c -> c.type() == RegistrationChannel.Type.WEB)
                .flatMap(c -> c.address().stream()).findFirst().or(() -> SchemaOrgParts.publicPage(event)
                        .map(Object::toString)).ifPresent(url -> out.writeStringProperty("url", url));
        registration.fee().ifPresent(fee -> {
            out.writeName("price");
            out.writeNumber(fee.amount().toPlainString());
            out.writeStringProperty("priceCurrency", fee.currency().getCurrencyCode());
        });
        registration.opens().ifPresent(o -> parts.dateTime("validFrom", event, o));
        registration.closes().ifPresent(c -> parts.dateTime("validThrough", event, c));
        // Only what the announcement says: limited places. "InStock" would claim places are left.
        if (registration.capacity().isPresent()) {
            out.writeStringProperty("availability", "https://schema.org/LimitedAvailability");
        }
        out.writeEndObject();
    }
}
