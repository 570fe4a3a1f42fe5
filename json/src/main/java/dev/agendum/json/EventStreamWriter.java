package dev.agendum.json;

import dev.agendum.json.format.Document;
import dev.agendum.json.format.EventMapper;
import dev.agendum.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * One collection document written event by event (see {@link EventStreams#write(OutputStream)}): the envelope is
 * written first, each event as it comes, and {@link #close()} ends the document. Not thread-safe.
 */
public final class EventStreamWriter implements AutoCloseable {

    private final JsonGenerator out;
    private final OutputStream stream;
    private boolean closed;

    EventStreamWriter(JsonFactory factory, Optional<PrettyPrinter> layout, OutputStream stream) {
        this.stream = stream;
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return layout.orElse(null);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return layout.isPresent();
            }
        };
        this.out = guard(() -> {
            JsonGenerator generator = factory.createGenerator(context, stream);
            generator.writeStartObject();
            generator.writeStringProperty("format", Document.FORMAT);
            generator.writeName("events");
            generator.writeStartArray();
            return generator;
        });
    }

    /**
     * Writes the next event of the collection.
     *
      * @param event the event to append to the collection
     * @throws IllegalStateException when the writer is closed
     * @throws UncheckedIOException  when the output fails
     */
    public void write(Event event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            throw new IllegalStateException("the collection is already closed");
        }
        guard(() -> {
            EventMapper.EVENT.write(out, event);
            return null;
        });
    }

    /** Ends the collection and the document with a final newline, and flushes the output; it is not closed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        guard(() -> {
            out.writeEndArray();
            out.writeEndObject();
            out.close();
            stream.write('\n');
            stream.flush();
            return null;
        });
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T guard(Step<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
        }
    }
}
