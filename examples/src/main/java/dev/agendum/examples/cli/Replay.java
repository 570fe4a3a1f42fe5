package dev.agendum.examples.cli;

import dev.agendum.json.EventStreamReader;
import dev.agendum.json.EventStreams;
import dev.agendum.model.Event;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The events of a canonical collection file as a list that holds none of them: each iteration reads the file again,
 * event by event. The feed writer walks its list twice (the zones first, for the VTIMEZONEs, then the events), so
 * this gives it the collection at the memory cost of one event. Not thread-safe; {@link #close()} releases what an
 * iteration left open.
 */
final class Replay extends AbstractList<Event> implements AutoCloseable {

    private final EventStreams streams;
    private final Path file;
    private final int size;
    private final List<EventStreamReader> open = new ArrayList<>();

    /** The {@code size} events of {@code file}, which {@code streams} reads. */
    Replay(EventStreams streams, Path file, long size) {
        this.streams = streams;
        this.file = file;
        this.size = Math.toIntExact(size);
    }

    @Override
    public Iterator<Event> iterator() {
        EventStreamReader events = streams.read(file);
        open.add(events);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (events.hasNext()) {
                    return true;
                }
                events.close();
                return false;
            }

            @Override
            public Event next() {
                return events.next();
            }
        };
    }

    /** Reads up to event {@code index}: a list must answer, but no caller here asks. */
    @Override
    public Event get(int index) {
        Iterator<Event> events = iterator();
        for (int i = 0; i < index && events.hasNext(); i++) {
            events.next();
        }
        if (!events.hasNext()) {
            throw new IndexOutOfBoundsException(index);
        }
        Event event = events.next();
        close();
        return event;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void close() {
        open.forEach(EventStreamReader::close);
        open.clear();
    }
}
