package dev.agendum.json.read;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.ReaderBasedJsonParser;
import tools.jackson.core.json.UTF8StreamJsonParser;

/**
 * Where the current token starts, as a line and a column packed in one {@code long}, read without making a
 * {@link TokenStreamLocation} where the parser allows it.
 *
 * <p>A validating read notes the start of every value, and one location object per value was most of what such a
 * read allocated beyond a plain read. Jackson's text and byte parsers build {@code currentTokenLocation()} of a
 * value token from the same fields that {@link ParserBase#getTokenLineNr()} and
 * {@link ParserBase#getTokenColumnNr()} read; the column getter alone adds one to a known column, which is undone
 * here. That holds for exactly those two classes (checked in Jackson 3.1 and 3.2, and pinned by the tests against
 * {@code currentTokenLocation()}), so any other parser, a subclass included, is asked for its location as before.
 */
final class TokenStarts {

    /** The parser whose token fields are read directly; {@code null} when only its locations can be asked. */
    private final ParserBase fields;
    private final JsonParser parser;

    /** Reads the token starts of {@code parser}, looking through Agendum's own {@link EventBounds}. */
    TokenStarts(JsonParser parser) {
        this.parser = parser;
        // EventBounds overrides no location method, so the parser it wraps gives the same starts.
        JsonParser underlying = parser instanceof EventBounds bounds ? bounds.delegate() : parser;
        Class<?> kind = underlying.getClass();
        this.fields = kind == ReaderBasedJsonParser.class || kind == UTF8StreamJsonParser.class
                ? (ParserBase) underlying : null;
    }

    /** Tells whether starts are read from the parser's fields rather than from location objects. */
    boolean direct() {
        return fields != null;
    }

    /** Returns where the current token starts, packed; as {@code currentTokenLocation()} gives it. */
    long current() {
        // A field name's location comes from other fields than a value's: never asked for by the notes, but exact.
        if (fields == null || fields.currentToken() == JsonToken.PROPERTY_NAME) {
            return of(parser.currentTokenLocation());
        }
        int column = fields.getTokenColumnNr();
        return pack(fields.getTokenLineNr(), column < 0 ? column : column - 1);
    }

    /** Packs the line and column of {@code location}. */
    static long of(TokenStreamLocation location) {
        return pack(location.getLineNr(), location.getColumnNr());
    }

    static long pack(int line, int column) {
        return (long) line << 32 | column & 0xFFFF_FFFFL;
    }

    static int line(long start) {
        return (int) (start >> 32);
    }

    static int column(long start) {
        return (int) start;
    }

    /**
     * Returns a location with the line and column of {@code start}, for the problems made from it, which use only
     * those two; what was read and how far into it are unknown to it.
     */
    static TokenStreamLocation location(long start) {
        return new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, line(start), column(start));
    }
}
