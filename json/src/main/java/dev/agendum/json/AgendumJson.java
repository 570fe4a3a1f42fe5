package dev.agendum.json;

import dev.agendum.json.format.Document;
import dev.agendum.json.read.ReadContext;
import dev.agendum.json.read.ReadErrors;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.read.Utf8Check;
import dev.agendum.json.read.ValidatingCheck;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Reads and writes events in Agendum's canonical JSON format, {@code agendum/1}.
 *
 * <p>A document holds one event, {@code {"format": "agendum/1", "event": {…}}}, or a collection,
 * {@code {"format": "agendum/1", "events": [{…}, …]}}; the format marker comes first. The fields are described
 * by the JSON Schema at {@value #SCHEMA_RESOURCE} in this jar. Writing is deterministic: the same events give the
 * same bytes (UTF-8, fields in a fixed order, two-space indentation unless turned off, a final newline).
 *
 * <p>Reading is strict: unknown or repeated fields, {@code null}, wrong types, values not in canonical form,
 * malformed JSON and content after the document are refused with an {@link AgendumJsonException} whose problem
 * names a JSON Pointer, line and column. Reading is bounded by the limits below, each configurable on the
 * {@link Builder}; a validating instance ({@link Builder#validate(Locale)}) also runs the core
 * {@link EventValidator} on every event and reports all its violations at once, mapped to JSON Pointers.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>document length (bytes; characters for a {@code String})</td><td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH}</td></tr>
 *   <tr><td>string length (characters)</td><td>{@value #DEFAULT_MAX_STRING_LENGTH}</td></tr>
 *   <tr><td>nesting depth of objects and lists</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td></tr>
 *   <tr><td>tokens per document</td><td>{@value #DEFAULT_MAX_TOKEN_COUNT}</td></tr>
 *   <tr><td>number length (characters)</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH}</td></tr>
 *   <tr><td>events per collection</td><td>{@value #DEFAULT_MAX_EVENTS}</td></tr>
 *   <tr><td>programme items per event, every depth</td><td>{@value #DEFAULT_MAX_ITEMS_PER_EVENT}</td></tr>
 *   <tr><td>people per event</td><td>{@value #DEFAULT_MAX_PEOPLE_PER_EVENT}</td></tr>
 *   <tr><td>elements of any other list; languages per text</td><td>{@value #DEFAULT_MAX_LIST_LENGTH}</td></tr>
 * </table>
 * Field names are at most 256 characters. The counts are looser than the validator's business limits on purpose,
 * so that a validating read reports an over-long list as a violation among the others rather than stopping.
 *
 * <pre>{@code
 * AgendumJson json = AgendumJson.builder().validate(Locale.ENGLISH).build();   // build once, share
 * Event event = json.readEvent(Path.of("seminar.json"));
 * String text = json.writeEvent(event);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; building one (especially a validating one) is costly, so build one
 * and share it. Streams passed in are neither closed nor wrapped; files are read and written as UTF-8. I/O failures
 * surface as {@link UncheckedIOException}.
 */
public final class AgendumJson {

    /** The classpath resource of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/dev/agendum/json/agendum-1.schema.json";
    /** The format marker written first in every document. */
    public static final String FORMAT = Document.FORMAT;

    /** Default most bytes in one document (32 MiB). */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 33_554_432L;
    /** Default most characters in one string. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** Default deepest nesting of objects and lists. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** Default most tokens in one document. */
    public static final long DEFAULT_MAX_TOKEN_COUNT = 5_000_000L;
    /** Default most characters in one number. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 20;
    /** Default most events in one collection. */
    public static final int DEFAULT_MAX_EVENTS = 10_000;
    /** Default most programme items in one event, counting every depth. */
    public static final int DEFAULT_MAX_ITEMS_PER_EVENT = 1_000;
    /** Default most people on one event. */
    public static final int DEFAULT_MAX_PEOPLE_PER_EVENT = 2_000;
    /** Default most elements in any other list, and most languages in one text. */
    public static final int DEFAULT_MAX_LIST_LENGTH = 1_000;

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final ReadErrors errors;
    private final Optional<EventValidator> validator;
    private final Locale locale;

    private AgendumJson(Builder builder) {
        ReadLimits limits = builder.limits();
        CanonicalMapper mappers = new CanonicalMapper(limits, builder.indent);
        this.reader = mappers.reader();
        this.writer = mappers.writer();
        this.errors = new ReadErrors(limits);
        this.validator = builder.validator;
        this.locale = builder.locale;
    }

    private AgendumJson(AgendumJson settings, Optional<EventValidator> validator, Locale locale) {
        this.reader = settings.reader;
        this.writer = settings.writer;
        this.errors = settings.errors;
        this.validator = validator;
        this.locale = locale;
    }

    /**
     * Returns an instance with the same limits and layout whose reads validate their events with {@code validator},
     * messages in {@code locale}. It shares this instance's Jackson mapper, so it costs nothing to make: a
     * command-line program can start Jackson while another thread still builds the validator.
      *
      * @param validator the validator every read of the returned instance runs on its events
      * @param locale the language of the validation messages
      * @return a validating instance sharing this instance's limits, layout and Jackson mapper
     */
    public AgendumJson withValidation(EventValidator validator, Locale locale) {
        return new AgendumJson(this, Optional.of(Objects.requireNonNull(validator, "validator")),
                Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns an instance with the default limits, indented output and no validation.
     *
     * @return a new instance with the default settings
     */
    public static AgendumJson create() {
        return builder().build();
    }

    /**
     * Returns a builder, set to the defaults.
     *
     * @return a new builder holding the default limits, indented output and no validation
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a single-event document.
     *
      * @param json the text of a single-event document
      * @return the event the document describes
     * @throws AgendumJsonException when the document is not a valid single-event document (a collection included)
     */
    public Event readEvent(String json) {
        Objects.requireNonNull(json, "json");
        return read(true, r -> r.createParser(json)).events().get(0);
    }

    /**
     * Reads a single-event document from {@code in}, as UTF-8 (or UTF-16/32 with a byte-order mark). Malformed
     * UTF-8 (overlong forms, encoded surrogates, code points beyond U+10FFFF, a character cut short) is refused
     * with its line and column.
      *
      * @param in the document's bytes; read to the end and not closed
      * @return the event the document describes
     */
    public Event readEvent(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(true, r -> r.createParser(new Utf8Check(in))).events().get(0);
    }

    /**
     * Reads a single-event document from a file.
     *
     * @param file the file holding a single-event document
     * @return the event the document describes
     */
    public Event readEvent(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readEvent(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the events of a collection document; a single-event document reads as a collection of one.
     *
      * @param json the text of a collection or single-event document
      * @return the document's events, in document order
     * @throws AgendumJsonException when the document is not a valid document
     */
    public List<Event> readEvents(String json) {
        Objects.requireNonNull(json, "json");
        return read(false, r -> r.createParser(json)).events();
    }

    /**
     * Reads the events of a document from {@code in}; see {@link #readEvents(String)}.
     *
     * @param in the document's bytes; read to the end and not closed
     * @return the document's events, in document order
     */
    public List<Event> readEvents(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(false, r -> r.createParser(new Utf8Check(in))).events();
    }

    /**
     * Reads the events of a document in a file; see {@link #readEvents(String)}.
     *
     * @param file the file holding a collection or single-event document
     * @return the document's events, in document order
     */
    public List<Event> readEvents(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readEvents(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the single-event document of {@code event}.
     *
     * @param event the event to write
     * @return the JSON text of the single-event document
     */
    public String writeEvent(Event event) {
        return write(Document.of(Objects.requireNonNull(event, "event")));
    }

    /**
     * Writes the single-event document of {@code event} to {@code out}, as UTF-8.
     *
     * @param event the event to write
     * @param out where the document's bytes go; not closed
     */
    public void writeEvent(Event event, OutputStream out) {
        write(Document.of(Objects.requireNonNull(event, "event")), out);
    }

    /**
     * Writes the single-event document of {@code event} to a file, replacing it.
     *
     * @param event the event to write
     * @param file the file to create or replace
     */
    public void writeEvent(Event event, Path file) {
        write(Document.of(Objects.requireNonNull(event, "event")), file);
    }

    /**
     * Returns the collection document of {@code events}, in their order.
     *
     * @param events the events of the collection, in the order they are written
     * @return the JSON text of the collection document
     */
    public String writeEvents(List<Event> events) {
        return write(Document.of(events));
    }

    /**
     * Writes the collection document of {@code events} to {@code out}, as UTF-8.
     *
     * @param events the events of the collection, in the order they are written
     * @param out where the document's bytes go; not closed
     */
    public void writeEvents(List<Event> events, OutputStream out) {
        write(Document.of(events), out);
    }

    /**
     * Writes the collection document of {@code events} to a file, replacing it.
     *
     * @param events the events of the collection, in the order they are written
     * @param file the file to create or replace
     */
    public void writeEvents(List<Event> events, Path file) {
        write(Document.of(events), file);
    }

    /** Opens a parser on the caller's input; the parser, not the input, is closed after reading. */
    private interface Source {
        JsonParser open(ObjectReader reader);
    }

    private Document read(boolean singleOnly, Source source) {
        Optional<ValidatingCheck> check = validator.map(v -> new ValidatingCheck(v, locale));
        ObjectReader contextual = reader.withAttribute(ReadContext.ATTRIBUTE,
                new ReadContext(check.map(c -> c), singleOnly));
        Document document;
        JsonParser parser = null;
        try {
            parser = source.open(contextual);
            document = contextual.readValue(parser);
        } catch (JacksonException e) {
            throw new AgendumJsonException(errors.problem(e, Optional.ofNullable(parser)), e);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
        if (document == null) {
            throw new AgendumJsonException(new AgendumJsonException.Problem(AgendumJsonException.ROOT, 1, 1,
                    "expected a document object, found null"), null);
        }
        check.map(ValidatingCheck::problems).filter(p -> !p.isEmpty()).ifPresent(problems -> {
            throw new AgendumJsonException(problems, null);
        });
        return document;
    }

    /**
     * Writes through Jackson's own string writer: encoding to UTF-8 octets and decoding them again made writing a
     * document as a string take 1.4–1.7× plain Jackson's time (JsonBenchmark); without that detour it takes 0.7–0.8×.
     */
    private String write(Document document) {
        // Jackson's segmented writer, ending the document with its line feed before the one copy into a String:
        // appending "\n" to writeValueAsString's result copied the whole document a second time (a fifth of what a
        // write allocated, measured with JFR on 1 000 events).
        SegmentedStringWriter text = new SegmentedStringWriter(writer.generatorFactory()._getBufferRecycler());
        writer.writeValue(text, document);
        text.write('\n');
        return text.getAndClear();
    }

    private void write(Document document, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            writer.writeValue(out, document);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
        }
    }

    private void write(Document document, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Configures an {@link AgendumJson}: limits, indentation and validation. Not thread-safe; each {@link #build()}
     * returns an independent instance.
     */
    public static final class Builder {
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxEvents = DEFAULT_MAX_EVENTS;
        private int maxItemsPerEvent = DEFAULT_MAX_ITEMS_PER_EVENT;
        private int maxPeoplePerEvent = DEFAULT_MAX_PEOPLE_PER_EVENT;
        private int maxListLength = DEFAULT_MAX_LIST_LENGTH;
        private boolean indent = true;
        private Optional<EventValidator> validator = Optional.empty();
        private Locale locale = Locale.ENGLISH;

        private Builder() {
        }

        /**
         * Sets the most bytes in one document (characters, for a {@code String}); at least 1.
         *
         * @param bytes the limit in bytes, or in characters when reading a {@code String}
         * @return this builder
         */
        public Builder maxDocumentLength(long bytes) {
            this.maxDocumentLength = bytes;
            return this;
        }

        /**
         * Sets the most characters in one string value; at least 1.
         *
         * @param characters the longest string value accepted, in characters
         * @return this builder
         */
        public Builder maxStringLength(int characters) {
            this.maxStringLength = characters;
            return this;
        }

        /**
         * Sets the deepest nesting of objects and lists; at least 1.
         *
         * @param levels the deepest nesting accepted, in levels of objects and lists
         * @return this builder
         */
        public Builder maxNestingDepth(int levels) {
            this.maxNestingDepth = levels;
            return this;
        }

        /**
         * Sets the most tokens (names, values, brackets) in one document; at least 1.
         *
         * @param tokens the most tokens accepted in one document
         * @return this builder
         */
        public Builder maxTokenCount(long tokens) {
            this.maxTokenCount = tokens;
            return this;
        }

        /**
         * Sets the most characters in one number; at least 1.
         *
         * @param characters the longest number accepted, in characters
         * @return this builder
         */
        public Builder maxNumberLength(int characters) {
            this.maxNumberLength = characters;
            return this;
        }

        /**
         * Sets the most events in one collection; at least 1.
         *
         * @param events the most events accepted in one collection
         * @return this builder
         */
        public Builder maxEvents(int events) {
            this.maxEvents = events;
            return this;
        }

        /**
         * Sets the most programme items in one event, counting every depth; at least 1.
         *
         * @param items the most programme items accepted in one event
         * @return this builder
         */
        public Builder maxItemsPerEvent(int items) {
            this.maxItemsPerEvent = items;
            return this;
        }

        /**
         * Sets the most people listed on one event; at least 1.
         *
         * @param people the most people accepted on one event
         * @return this builder
         */
        public Builder maxPeoplePerEvent(int people) {
            this.maxPeoplePerEvent = people;
            return this;
        }

        /**
         * Sets the most elements of any other list (organisers, contacts, participations…) and languages per text.
         *
         * @param elements the most elements accepted in any other list, and languages in one text
         * @return this builder
         */
        public Builder maxListLength(int elements) {
            this.maxListLength = elements;
            return this;
        }

        /**
         * Sets whether output is indented (the default) or written on one line.
         *
         * @param indent {@code true} to indent the output, {@code false} for one line
         * @return this builder
         */
        public Builder indent(boolean indent) {
            this.indent = indent;
            return this;
        }

        /**
         * Makes every read validate its events with a new {@link EventValidator}, messages in {@code locale}
         * (English or Dutch). Creating a validator takes up to a second; see {@link #validate(EventValidator, Locale)}
         * to share one.
          *
          * @param locale the language of the validation messages, English or Dutch
          * @return this builder
         */
        public Builder validate(Locale locale) {
            return validate(EventValidator.create(), locale);
        }

        /**
         * Makes every read validate its events with {@code validator}, messages in {@code locale}.
         *
         * @param validator the validator every read runs on its events
         * @param locale the language of the validation messages
         * @return this builder
         */
        public Builder validate(EventValidator validator, Locale locale) {
            this.validator = Optional.of(Objects.requireNonNull(validator, "validator"));
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Returns the configured instance.
         *
          * @return a new instance with this builder's settings
         * @throws IllegalArgumentException when a limit is below 1
         */
        public AgendumJson build() {
            return new AgendumJson(this);
        }

        /**
         * Returns readers and writers that stream a document event by event, with these settings; no data-binding
         * mapper is built. The document-length and token limits apply to each event there, and the events-per-collection
         * limit is replaced by a cap each read may set; see {@link EventStreams}.
         *
          * @return new streaming readers and writers with this builder's settings
         * @throws IllegalArgumentException when a limit is below 1
         */
        public EventStreams buildStreams() {
            return new EventStreams(limits(), indent, validator, locale);
        }

        private ReadLimits limits() {
            return new ReadLimits(maxDocumentLength, maxStringLength, maxNestingDepth, maxTokenCount, maxNumberLength,
                    maxEvents, maxItemsPerEvent, maxPeoplePerEvent, maxListLength);
        }
    }
}
