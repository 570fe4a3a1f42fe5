package dev.agendum.json;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.json.format.Document;
import dev.agendum.json.format.DocumentMapper;
import dev.agendum.json.format.EventMapper;
import dev.agendum.json.read.EventBounds;
import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.Quoting;
import dev.agendum.json.read.ReadContext;
import dev.agendum.json.read.ReadErrors;
import dev.agendum.json.read.ReadLimits;
import dev.agendum.json.read.ValidatingCheck;
import dev.agendum.json.read.ValuePositions;
import dev.agendum.model.Event;
import dev.agendum.validation.EventValidator;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The events of one canonical document, read one at a time from its input (see {@link EventStreams}): memory holds
 * the event being read, never the collection.
 *
 * <p>For a validating instance, an event with business-rule violations is not returned: its problems are kept,
 * reading goes on to report those of every later event, and {@link #hasNext()} throws them all at the end of the
 * document. So a caller that reads every event either sees them all valid or gets every problem, as
 * {@link AgendumJson#readEvents} reports them; {@link #problems()} tells on the way whether any was found. A
 * document that cannot be read on (malformed JSON, an unknown field, a limit exceeded) throws at once, with the
 * problems found before it.
 *
 * <p>Not thread-safe. Close it to release the parser (and the file, when the reader opened it).
 */
public final class EventStreamReader implements Iterator<Event>, AutoCloseable {

    private final EventBounds parser;
    private final JsonInput in;
    private final Optional<? extends Closeable> source;
    private final ReadErrors errors;
    private final Optional<EventValidator> validator;
    private final Locale locale;
    private final long maxEvents;
    private final List<Problem> problems = new ArrayList<>();
    private boolean started;
    private boolean format;
    private TokenStreamLocation start;
    private boolean collection;
    private boolean ended;
    private long read;
    private Event next;

    EventStreamReader(JsonParser parser, Optional<? extends Closeable> source, ReadLimits limits,
                      Optional<EventValidator> validator, Locale locale, long maxEvents) {
        this.parser = new EventBounds(parser, limits);
        this.in = new JsonInput(this.parser, limits, ReadContext.PLAIN);
        this.source = source;
        this.errors = new ReadErrors(limits);
        this.validator = validator;
        this.locale = locale;
        this.maxEvents = maxEvents;
    }

    /**
     * Reads on to the next valid event, if any.
     *
     * @throws AgendumJsonException at the end of a document in which an event was invalid, with every problem of
     *                              every event; at once when the document cannot be read on, with the problems
     *                              found so far and that one
     * @throws UncheckedIOException when the input fails
     */
    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            try {
                advance();
            } catch (JacksonException e) {
                ended = true;
                problems.add(errors.problem(e, Optional.of(parser)));
                throw new AgendumJsonException(problems, e);
            }
        }
        if (next == null && !problems.isEmpty()) {
            throw new AgendumJsonException(problems, null);
        }
        return next != null;
    }

    /** Returns the next valid event; see {@link #hasNext()}. */
    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more events in the document");
        }
        Event event = next;
        next = null;
        return event;
    }

    /**
     * Returns the problems found so far, event by event in document order; empty while every event was valid.
     *
     * @return a copy of the problems found so far
     */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Returns how many events were read so far, valid or not.
     *
     * @return the number of events read so far, valid or not
     */
    public long eventsRead() {
        return read;
    }

    /** Closes the parser, and the input if this reader opened it. */
    @Override
    public void close() {
        ended = true;
        parser.close();
        source.ifPresent(closeable -> {
            try {
                closeable.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void advance() {
        if (!started) {
            started = true;
            open();
            if (!collection) {
                readEvent();
            }
            return;
        }
        if (!collection) {
            end();
            return;
        }
        JsonToken token = in.nextToken();
        if (token == JsonToken.END_ARRAY) {
            end();
            return;
        }
        if (token == JsonToken.VALUE_NULL) {
            throw in.problem("null is not allowed in a list");
        }
        if (read == maxEvents) {
            throw in.problem("too many events: at most " + maxEvents + " are allowed in this read");
        }
        in.remember();
        readEvent();
    }

    /**
     * Reads the envelope up to the first event: the format marker, if it stands first, then {@code event} or
     * {@code events}. A marker after the events is checked when the document ends (see {@link #end()}): the events
     * read before it are then already handed on, and the caller's all-or-nothing use of the problems decides.
     */
    private void open() {
        in.nextToken();
        in.expect(JsonToken.START_OBJECT);
        start = in.location();
        in.remember();
        for (String name = in.nextName(); ; name = in.nextName()) {
            if ("format".equals(name) && !format) {
                in.nextValue();
                DocumentMapper.readFormat(in);
                format = true;
            } else if ("event".equals(name) || "events".equals(name)) {
                in.nextValue();
                collection = "events".equals(name);
                if (collection) {
                    in.expect(JsonToken.START_ARRAY);
                }
                return;
            } else if (name == null) {
                throw in.problemAt(AgendumJsonException.ROOT, start,
                        "missing field 'event' (one event) or 'events' (a collection)");
            } else {
                throw "format".equals(name) ? in.problem("duplicate field 'format'")
                        : DocumentMapper.unknownField(in, name);
            }
        }
    }

    private void readEvent() {
        parser.startEvent();
        read++;
        if (validator.isEmpty()) {
            next = EventMapper.EVENT.read(in);
            return;
        }
        ValuePositions positions = in.notePositions();
        Event event = EventMapper.EVENT.read(in);
        in.stopNoting();
        ValidatingCheck check = new ValidatingCheck(validator.get(), locale);
        check.check(event, positions.eventPointer(), positions::index);
        List<Problem> found = check.problems();
        if (found.isEmpty()) {
            next = event;
        } else {
            problems.addAll(found);
        }
    }

    /** Reads what follows the events: the format marker if it was not first, the envelope's end, nothing after. */
    private void end() {
        parser.endEvent();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            if ("format".equals(name) && !format) {
                in.nextValue();
                DocumentMapper.readFormat(in);
                format = true;
            } else if (name.equals(collection ? "events" : "event")) {
                throw in.problem("duplicate field " + Quoting.quote(name));
            } else if ("event".equals(name) || "events".equals(name)) {
                throw in.problemAt(AgendumJsonException.ROOT, start,
                        "a document holds one of 'event' (one event) and 'events' (a collection), not both");
            } else {
                throw "format".equals(name) ? in.problem("duplicate field 'format'")
                        : DocumentMapper.unknownField(in, name);
            }
        }
        if (!format) {
            throw in.problemAt(AgendumJsonException.ROOT, start,
                    "missing field \"format\": \"" + Document.FORMAT + "\"");
        }
        DocumentMapper.refuseTrailingContent(in);
        ended = true;
    }
}
