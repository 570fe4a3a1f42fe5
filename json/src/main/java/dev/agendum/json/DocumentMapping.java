package dev.agendum.json;

import dev.agendum.model.Event;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The document envelope. The format marker must come first, so that a reader knows the version before it reads
 * anything else; exactly one of {@code event} and {@code events} follows; nothing may follow the document.
 */
final class DocumentMapping {

    private static final Pattern OTHER_VERSION = Pattern.compile("agendum/[0-9]{1,9}");

    private DocumentMapping() {
    }

    static void write(JsonGenerator out, Document document) {
        out.writeStartObject();
        out.writeStringProperty("format", Document.FORMAT);
        if (document.collection()) {
            out.writeName("events");
            out.writeStartArray();
            document.events().forEach(event -> EventMapping.write(out, event));
            out.writeEndArray();
        } else {
            Out.value(out, "event", document.events().get(0), EventMapping::write);
        }
        out.writeEndObject();
    }

    static Document read(JsonInput in) {
        in.expect(JsonToken.START_OBJECT);
        in.remember();
        readFormat(in);
        String name = in.nextName();
        Document document;
        if ("event".equals(name)) {
            in.nextValue();
            document = Document.of(readChecked(in));
        } else if ("events".equals(name)) {
            if (in.context().singleOnly()) {
                throw in.problem("this document holds a collection of events ('events'); read it as a collection");
            }
            in.nextValue();
            document = Document.of(in.list(DocumentMapping::readChecked, in.limits().maxEvents(),
                    "events"));
        } else {
            throw in.problem(name == null ? "missing field 'event' (one event) or 'events' (a collection)"
                    : "expected field 'event' (one event) or 'events' (a collection), found " + JsonInput.quote(name));
        }
        String extra = in.nextName();
        if (extra != null) {
            throw in.problem(extra.startsWith("@") ? JsonInput.quote(extra) + " is not allowed"
                    : "unexpected field " + JsonInput.quote(extra) + ": a document holds 'event' or 'events', once");
        }
        refuseTrailingContent(in);
        return document;
    }

    static void readFormat(JsonInput in) {
        String name = in.nextName();
        if (!"format".equals(name)) {
            throw in.problem("a document must start with \"format\": \"" + Document.FORMAT + "\"");
        }
        in.nextValue();
        String format = in.string();
        if (!Document.FORMAT.equals(format)) {
            throw in.problem(OTHER_VERSION.matcher(format).matches()
                    ? "unsupported format " + JsonInput.quote(format) + ": this version reads " + Document.FORMAT
                    : "expected \"" + Document.FORMAT + "\", found " + JsonInput.quote(format));
        }
    }

    /** Reads one event with a fresh location index, and checks it at once. */
    private static Event readChecked(JsonInput in) {
        if (in.context().check().isEmpty()) {
            return EventMapping.READER.read(in);
        }
        Locations locations = in.noteLocations();
        Event event = EventMapping.READER.read(in);
        in.stopNoting();
        in.context().check().get().check(event, locations.eventPointer(), locations::index);
        return event;
    }

    /** Refuses anything but whitespace after the document, whether or not it is well-formed JSON. */
    static void refuseTrailingContent(JsonInput in) {
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
}
