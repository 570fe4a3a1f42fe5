package dev.agendum.json.read;

import dev.agendum.json.AgendumJsonException;
import dev.agendum.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * A strict reading cursor over Jackson's parser: every value is checked for its JSON type, nulls are refused, lists
 * are counted against the limits, and every problem names its JSON Pointer.
 *
 * <p>Pointers come from the parser's own context, so they are exact whatever the field order; one instance serves
 * one document and is not thread-safe.
 */
public final class JsonInput {

    private final JsonParser parser;
    private final TokenStarts starts;
    private final ReadLimits limits;
    /** Where the values of the event being read start, while a validating read notes them; else null. */
    private ValuePositions positions;
    /** The notes of every event of this read, made at the first; else null. */
    private ValuePositions notes;
    private final List<TokenStreamContext> chain = new ArrayList<>();
    private final StringBuilder path = new StringBuilder();
    private final ReadContext context;
    private int itemsInEvent;
    private Locale eventLanguage;
    private boolean inEvent;
    private List<Unsettled> unsettled = List.of();

    /** Creates the cursor of one read over {@code parser}, within {@code limits}, for what {@code context} asks. */
    public JsonInput(JsonParser parser, ReadLimits limits, ReadContext context) {
        this.parser = parser;
        this.starts = new TokenStarts(parser);
        this.limits = limits;
        this.context = context;
    }

    /** Returns what the caller asks of this read. */
    public ReadContext context() {
        return context;
    }

    /**
     * Notes from now on where every value starts, beginning with the current one (an event), so that validation
     * messages can say where; {@link #stopNoting()} ends it. The notes returned are those of this event until the
     * next call, which reuses them for the next event: read them before.
     */
    public ValuePositions notePositions() {
        if (notes == null) {
            notes = new ValuePositions();
        }
        notes.start(pointer(), stepContext().getNestingDepth(), starts.current());
        positions = notes;
        return positions;
    }

    /** Stops noting where values start. */
    public void stopNoting() {
        positions = null;
    }

    /** Returns the limits of this read. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns the pointer of the current token's value, as Jackson's {@code pathAsPointer()} spells it. Written out
     * here with one reused builder because a validating read notes the pointer of every value, and Jackson's
     * pointer objects were three quarters of what such a read allocated.
     */
    public String pointer() {
        TokenStreamContext context = stepContext();
        chain.clear();
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            chain.add(context);
        }
        path.setLength(0);
        for (int i = chain.size() - 1; i >= 0; i--) {
            TokenStreamContext step = chain.get(i);
            path.append('/');
            if (step.inObject()) {
                Pointers.appendToken(path, step.currentName() == null ? "" : step.currentName());
            } else {
                path.append(step.getCurrentIndex());
            }
        }
        return path.toString();
    }

    /** Returns the context that holds the current value's field name or list index. */
    private TokenStreamContext stepContext() {
        TokenStreamContext context = parser.streamReadContext();
        // At the start of an object or list the parser already stands in its new, still empty context.
        return context.hasPathSegment() || context.getParent() == null ? context : context.getParent();
    }

    /** Returns where the current token starts. */
    public TokenStreamLocation location() {
        return parser.currentTokenLocation();
    }

    /** Returns where the parser stands, after the current token. */
    public TokenStreamLocation here() {
        return parser.currentLocation();
    }

    /** Moves to the next token, whatever it is; {@code null} at the end of the input. */
    public JsonToken nextToken() {
        return parser.nextToken();
    }

    /** Returns a problem at the current token. */
    public InputProblem problem(String message) {
        return new InputProblem(parser, pointer(), location(), AgendumJsonException.INVALID, message);
    }

    /** Returns a problem at the current token for a count beyond one of the read's limits. */
    public InputProblem limitProblem(String message) {
        return new InputProblem(parser, pointer(), location(), AgendumJsonException.LIMIT, message);
    }

    /** Returns a problem at {@code pointer} and {@code location} rather than at the current value. */
    public InputProblem problemAt(String pointer, TokenStreamLocation location, String message) {
        return new InputProblem(parser, pointer, location, AgendumJsonException.INVALID, message);
    }

    /**
     * Notes where the current value starts, for later messages about it, while noting; does nothing otherwise, as in
     * every read without validation.
     */
    public void remember() {
        if (positions != null) {
            long start = starts.current();
            if (!positions.note(stepContext(), start)) {
                positions.noteSpelledOut(pointer(), start);
            }
        }
    }

    /** Checks that the current token starts {@code token}'s kind of value. */
    public void expect(JsonToken token) {
        if (parser.currentToken() != token) {
            throw problem("expected " + describe(token) + ", found " + describe(parser.currentToken()));
        }
    }

    /** Moves to the next field of the current object; returns its name, or {@code null} at the object's end. */
    public String nextName() {
        JsonToken token = parser.nextToken();
        return token == JsonToken.PROPERTY_NAME ? parser.currentName() : null;
    }

    /** Moves to the current field's value, refusing {@code null}. */
    public void nextValue() {
        parser.nextToken();
        refuseNull("null is not allowed: leave out a field that has no value");
        remember();
    }

    /** Returns the current value, refusing anything but a JSON string. */
    public String string() {
        expect(JsonToken.VALUE_STRING);
        return parser.getString();
    }

    /** Returns the current value, refusing anything but {@code true} or {@code false}. */
    public boolean bool() {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw problem("expected true or false, found " + describe(token));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** Reads a whole number of at least {@code min} that fits an {@code int}. */
    public int integer(int min) {
        JsonToken token = parser.currentToken();
        boolean whole = token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT;
        if (!whole || parser.getIntValue() < min) {
            throw problem("expected a whole number from " + min + " to " + Integer.MAX_VALUE + ", found "
                    + (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    ? parser.getString() : describe(token)));
        }
        return parser.getIntValue();
    }

    /**
     * Reads a list of at most {@code max} elements; {@code what} names them in messages ("people").
     */
    public <T> List<T> list(Function<JsonInput, T> element, int max, String what) {
        expect(JsonToken.START_ARRAY);
        List<T> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            refuseNull("null is not allowed in a list");
            if (values.size() == max) {
                throw limitProblem("too many " + what + ": at most " + max + " are allowed");
            }
            remember();
            values.add(element.apply(this));
        }
        return values;
    }

    /**
     * A text read before its event's language, with a provisional default.
     *
     * @param text     the text as built
     * @param pointer  where it stands
     * @param location where it starts
     */
    public record Unsettled(LocalizedText text, String pointer, TokenStreamLocation location) {
    }

    /** Returns the language of the event being read, once its {@code language} field is read; else null. */
    public Locale eventLanguage() {
        return eventLanguage;
    }

    /** Notes the language of the event being read. */
    public void eventLanguage(Locale language) {
        this.eventLanguage = language;
    }

    /** Tells whether an event is being read, so that its texts can wait for its language. */
    public boolean inEvent() {
        return inEvent;
    }

    /** Notes a text whose default is settled when the event has been read. */
    public void settleLater(LocalizedText text, String at, TokenStreamLocation location) {
        if (unsettled.isEmpty()) {
            unsettled = new ArrayList<>();
        }
        unsettled.add(new Unsettled(text, at, location));
    }

    /** Returns the texts waiting for the event's language, and ends the event. */
    public List<Unsettled> unsettledTexts() {
        List<Unsettled> texts = unsettled;
        unsettled = List.of();
        inEvent = false;
        return texts;
    }

    /** Counts one more programme item in the current event, failing past the limit. */
    public void countItem() {
        if (++itemsInEvent > limits.maxItemsPerEvent()) {
            throw limitProblem("too many programme items in one event: at most " + limits.maxItemsPerEvent()
                    + " are allowed");
        }
    }

    /** Starts counting the programme items of a new event. */
    public void startEvent() {
        itemsInEvent = 0;
        eventLanguage = null;
        inEvent = true;
        unsettled = List.of();
    }

    private void refuseNull(String message) {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            throw problem(message);
        }
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "a field name";
        };
    }
}
