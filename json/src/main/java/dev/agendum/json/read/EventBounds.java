package dev.agendum.json.read;

import dev.agendum.json.AgendumJsonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Counts the tokens and bytes of the event being read, so that a streamed collection is bounded per event: the
 * parser's own document limits would bound the collection, which a stream reads whatever its length.
 */
public final class EventBounds extends JsonParserDelegate {

    private final ReadLimits limits;
    private boolean inEvent;
    private long tokens;
    private long start;

    /** Wraps {@code parser}, bounding each event by the document limits of {@code limits}. */
    public EventBounds(JsonParser parser, ReadLimits limits) {
        super(parser);
        this.limits = limits;
    }

    /** Starts counting a new event, whose first token is the current one. */
    public void startEvent() {
        inEvent = true;
        tokens = 1;
        start = offset(delegate.currentTokenLocation());
    }

    /** Stops counting: the envelope after the last event is not an event's. */
    public void endEvent() {
        inEvent = false;
    }

    @Override
    public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (inEvent && token != null) {
            if (++tokens > limits.maxTokenCount()) {
                throw refuse("the event has more than the " + limits.maxTokenCount() + " tokens allowed");
            }
            if (offset(delegate.currentLocation()) - start > limits.maxDocumentLength()) {
                throw refuse("the event is longer than the " + limits.maxDocumentLength() + " bytes allowed");
            }
        }
        return token;
    }

    private InputProblem refuse(String message) {
        return new InputProblem(this, delegate.streamReadContext().pathAsPointer().toString(),
                delegate.currentTokenLocation(), AgendumJsonException.LIMIT, message);
    }

    private static long offset(TokenStreamLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }
}
