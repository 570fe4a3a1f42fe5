package dev.agendum.json.format;

import dev.agendum.json.AgendumJsonException;
import dev.agendum.json.read.InputProblem;
import dev.agendum.json.read.JsonInput;
import dev.agendum.json.read.Quoting;
import dev.agendum.json.read.ValuePositions;
import dev.agendum.model.Event;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The document envelope: the format marker and exactly one of {@code event} and {@code events}, in any order;
 * nothing may follow the document. The marker is written first, so that a person sees the version at once; the
 * reader checks it wherever it stands, so that a document whose keys were sorted or shuffled reads the same.
 */
public final class DocumentMapper {

    private static final Pattern OTHER_VERSION = Pattern.compile("agendum/[0-9]{1,9}");

    private DocumentMapper() {
    }

    /** Writes {@code document}: the format marker first, then {@code event} or {@code events}. */
    public static void write(JsonGenerator out, Document document) {
        out.writeStartObject();
        out.writeStringProperty("format", Document.FORMAT);
        if (document.collection()) {
            out.writeName("events");
            out.writeStartArray();
            document.events().forEach(event -> EventMapper.EVENT.write(out, event));
            out.writeEndArray();
        } else {
            out.writeName("event");
            EventMapper.EVENT.write(out, document.events().get(0));
        }
        out.writeEndObject();
    }

    /** Reads a whole document, its fields in any order, refusing anything after it. */
    public static Document read(JsonInput in) {
        in.expect(JsonToken.START_OBJECT);
        TokenStreamLocation start = in.location();
        in.remember();
        boolean format = false;
        Document document = null;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            if ("format".equals(name)) {
                if (format) {
                    throw in.problem("duplicate field 'format'");
                }
                in.nextValue();
                readFormat(in);
                format = true;
            } else if (document == null && ("event".equals(name) || "events".equals(name))) {
                document = readEvents(in, name);
            } else if (document != null && name.equals(document.collection() ? "events" : "event")) {
                throw in.problem("duplicate field " + Quoting.quote(name));
            } else if (document != null && ("event".equals(name) || "events".equals(name))) {
                // Said of the document, so that it reads the same whichever of the two comes first.
                throw in.problemAt(AgendumJsonException.ROOT, start,
                        "a document holds one of 'event' (one event) and 'events' (a collection), not both");
            } else {
                throw unknownField(in, name);
            }
        }
        if (!format) {
            throw in.problemAt(AgendumJsonException.ROOT, start,
                    "missing field \"format\": \"" + Document.FORMAT + "\"");
        }
        if (document == null) {
            throw in.problemAt(AgendumJsonException.ROOT, start,
                    "missing field 'event' (one event) or 'events' (a collection)");
        }
        refuseTrailingContent(in);
        return document;
    }

    /** The problem of a field the envelope does not hold, for this reader and the streaming one. */
    public static InputProblem unknownField(JsonInput in, String name) {
        return in.problem(name.startsWith("@") ? Quoting.quote(name) + " is not allowed"
                : "unknown field " + Quoting.quote(name) + ": a document holds 'format' and 'event' or 'events'");
    }

    private static Document readEvents(JsonInput in, String name) {
        if ("events".equals(name) && in.context().singleOnly()) {
            throw in.problem("this document holds a collection of events ('events'); read it as a collection");
        }
        in.nextValue();
        return "event".equals(name) ? Document.of(readChecked(in))
                : Document.of(in.list(DocumentMapper::readChecked, in.limits().maxEvents(), "events"));
    }

    /** Reads the format marker's value, refusing any other format, for this reader and the streaming one. */
    public static void readFormat(JsonInput in) {
        String format = in.string();
        if (!Document.FORMAT.equals(format)) {
            throw in.problem(OTHER_VERSION.matcher(format).matches()
                    ? "unsupported format " + Quoting.quote(format) + ": this version reads " + Document.FORMAT
                    : "expected \"" + Document.FORMAT + "\", found " + Quoting.quote(format));
        }
    }

    /** Reads one event with a fresh index of where its values start, and checks it at once. */
    private static Event readChecked(JsonInput in) {
        if (in.context().check().isEmpty()) {
            return EventMapper.EVENT.read(in);
        }
        ValuePositions positions = in.notePositions();
        Event event = EventMapper.EVENT.read(in);
        in.stopNoting();
        in.context().check().get().check(event, positions.eventPointer(), positions::index);
        return event;
    }

    /** Refuses anything but whitespace after the document, whether or not it is well-formed JSON. */
    public static void refuseTrailingContent(JsonInput in) {
        try {
            if (in.nextToken() == null) {
                return;
            }
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (StreamReadException e) {
            // malformed trailing content is still trailing content
        }
        throw in.problemAt("", in.here(), "unexpected content after the end of the document");
    }

    /** Returns the fields a document may hold, for the format's documentation. */
    static List<String> names() {
        return List.of("format", "event", "events");
    }
}
