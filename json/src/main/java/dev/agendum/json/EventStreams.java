package dev.agendum.json;

import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.read.Utf8Check;
import dev.agendum.json.write.CanonicalLayout;
import dev.agendum.validation.EventValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes canonical documents event by event, so that memory is bounded by the largest event, not by the
 * collection: for collections of any length, and for programs that must start fast (no data-binding mapper is built).
 * Made by {@link AgendumJson.Builder#buildStreams()}, with the builder's settings.
 *
 * <p>Reading accepts exactly the documents {@link AgendumJson#readEvents(InputStream)} accepts and refuses the others
 * with the same problems, but bounds each <em>event</em> rather than the document: the document-length and token
 * limits apply to each event of a collection (its bytes, its tokens), string length, number length and nesting as
 * always, and a collection may hold any number of events unless the caller sets a cap for the read. The envelope
 * between events is a few tokens.
 *
 * <pre>{@code
 * EventStreams streams = AgendumJson.builder().validate(Locale.ENGLISH).buildStreams();
 * try (EventStreamReader events = streams.read(Path.of("big.json"));
 *      EventStreamWriter out = streams.write(Files.newOutputStream(Path.of("copy.json")))) {
 *     while (events.hasNext()) {
 *         out.write(events.next());
 *     }
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each reader and writer they return serves one thread.
 */
public final class EventStreams {

    /** No cap on the events of one collection. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    private final ReadLimits limits;
    private final boolean indent;
    private final Optional<EventValidator> validator;
    private final Locale locale;
    private final JsonFactory factory;

    EventStreams(ReadLimits limits, boolean indent, Optional<EventValidator> validator, Locale locale) {
        this.limits = limits;
        this.indent = indent;
        this.validator = validator;
        this.locale = locale;
        this.factory = factory(limits);
    }

    /**
     * Returns an instance with the same settings whose readers validate every event with {@code validator}, messages
     * in {@code locale}; it shares this instance's parser factory, so it costs nothing to make.
      *
      * @param validator the validator the returned instance's readers run on every event
      * @param locale the language of the validation messages
      * @return a validating instance sharing this instance's settings and parser factory
     */
    public EventStreams withValidation(EventValidator validator, Locale locale) {
        return new EventStreams(this, Optional.of(Objects.requireNonNull(validator, "validator")),
                Objects.requireNonNull(locale, "locale"));
    }

    private EventStreams(EventStreams settings, Optional<EventValidator> validator, Locale locale) {
        this.limits = settings.limits;
        this.indent = settings.indent;
        this.factory = settings.factory;
        this.validator = validator;
        this.locale = locale;
    }

    /**
     * Reads the events of the document {@code in} one by one, however many; {@code in} is not closed.
     *
     * @param in the document's bytes, as UTF-8 (or UTF-16/32 with a byte-order mark)
     * @return a reader handing out the document's events in document order
     */
    public EventStreamReader read(InputStream in) {
        return read(in, UNLIMITED);
    }

    /**
     * Reads the events of the document {@code in} one by one, refusing a collection of more than {@code maxEvents};
     * {@code in} is not closed.
     *
      * @param in the document's bytes, as UTF-8 (or UTF-16/32 with a byte-order mark)
      * @param maxEvents the most events the collection may hold; at least 1
      * @return a reader handing out the document's events in document order
     * @throws IllegalArgumentException when {@code maxEvents} is below 1
     */
    public EventStreamReader read(InputStream in, long maxEvents) {
        Objects.requireNonNull(in, "in");
        return new EventStreamReader(factory.createParser(ObjectReadContext.empty(), new Utf8Check(in)), Optional.empty(), limits, validator, locale,
                positive(maxEvents));
    }

    /**
     * Reads the events of the document in {@code file} one by one, however many; closing the reader closes it.
     *
     * @param file the file holding a collection or single-event document
     * @return a reader handing out the document's events in document order, which closes the file when it is closed
     */
    public EventStreamReader read(Path file) {
        return read(file, UNLIMITED);
    }

    /**
     * Reads the events of the document in {@code file}, at most {@code maxEvents}; see {@link #read(InputStream, long)}.
     *
     * @param file the file holding a collection or single-event document
     * @param maxEvents the most events the collection may hold; at least 1
     * @return a reader handing out the document's events in document order, which closes the file when it is closed
     */
    public EventStreamReader read(Path file, long maxEvents) {
        long cap = positive(maxEvents);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventStreamReader(factory.createParser(ObjectReadContext.empty(), new Utf8Check(in)), Optional.of(in), limits, validator, locale, cap);
    }

    /**
     * Starts a collection document on {@code out}: its events follow one by one through
     * {@link EventStreamWriter#write}, and {@link EventStreamWriter#close()} ends it. The bytes are those
     * {@link AgendumJson#writeEvents(java.util.List, OutputStream)} writes for the same events. {@code out} is
     * flushed, not closed.
      *
      * @param out where the document's bytes go, as UTF-8
      * @return a writer taking the collection's events one by one, to close when the last is written
     */
    public EventStreamWriter write(OutputStream out) {
        return new EventStreamWriter(factory,
                indent ? Optional.of(CanonicalLayout.prettyPrinter()) : Optional.empty(),
                Objects.requireNonNull(out, "out"));
    }

    /** The parser's limits are per event here: the document's length and tokens are counted by each reader. */
    private static JsonFactory factory(ReadLimits limits) {
        StreamReadConstraints perValue = StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
                .maxDocumentLength(-1)
                .maxTokenCount(-1)
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(perValue)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    private static long positive(long maxEvents) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be at least 1, got " + maxEvents);
        }
        return maxEvents;
    }
}
