package dev.agendum.json;

import dev.agendum.model.Event;
import dev.agendum.model.EventStatus;
import dev.agendum.model.ProgrammeItem;
import dev.agendum.model.Fee;
import dev.agendum.model.Image;
import dev.agendum.model.Participation;
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
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

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
 * do not perform. An offer's availability is {@code LimitedAvailability} when places are limited and
 * {@code InStock} otherwise: the writer knows no registration counts and never reads the clock.
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

    private final ObjectWriter writer;
    private final Optional<Locale> language;

    private SchemaOrgWriter(Optional<Locale> language) {
        JsonFactory factory = JsonFactory.builder().characterEscapes(new HtmlSafeEscapes())
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.writer = JsonMapper.builder(factory).build().writer().with(new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
        this.language = language;
    }

    /** Returns a writer that writes each event in its own main language. */
    public static SchemaOrgWriter create() {
        return new SchemaOrgWriter(Optional.empty());
    }

    /** Returns a writer that writes texts in {@code language}, falling back to each text's default language. */
    public static SchemaOrgWriter inLanguage(Locale language) {
        return new SchemaOrgWriter(Optional.of(Objects.requireNonNull(language, "language")));
    }

    /** Returns the JSON-LD of one event, with its {@code @context}. */
    public String write(Event event) {
        Objects.requireNonNull(event, "event");
        return toString(out -> {
            out.writeStartObject();
            out.writeStringProperty("@context", "https://schema.org");
            eventFields(out, event);
            out.writeEndObject();
        });
    }

    /** Returns the JSON-LD of several events, as one {@code @graph}. */
    public String write(List<Event> events) {
        List<Event> copy = List.copyOf(events);
        return toString(out -> {
            out.writeStartObject();
            out.writeStringProperty("@context", "https://schema.org");
            out.writeName("@graph");
            out.writeStartArray();
            for (Event event : copy) {
                out.writeStartObject();
                eventFields(out, event);
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    /** Writes the JSON-LD of one event to {@code out} as UTF-8, leaving the stream open. */
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
        try (JsonGenerator out = writer.createGenerator(bytes)) {
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
        event.appearances().forEach(a -> distinct.putIfAbsent(a.participation().personId() + "\n"
                + a.participation().role(), a.participation()));
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
        out.writeStringProperty("availability", "https://schema.org/"
                + (registration.capacity().isPresent() ? "LimitedAvailability" : "InStock"));
        out.writeEndObject();
    }
}
