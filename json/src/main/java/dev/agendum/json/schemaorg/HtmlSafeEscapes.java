package dev.agendum.json.schemaorg;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * Escapes {@code <}, {@code >} and {@code &} in JSON strings, so that JSON-LD pasted into an HTML
 * {@code <script>} element cannot end it early ({@code "</script>"} in a title) however the page embeds it.
 */
public final class HtmlSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] escapes;

    /** Creates the escapes: JSON's own, plus {@code <}, {@code >} and {@code &}. */
    public HtmlSafeEscapes() {
        int[] standard = CharacterEscapes.standardAsciiEscapesForJSON();
        standard['<'] = CharacterEscapes.ESCAPE_STANDARD;
        standard['>'] = CharacterEscapes.ESCAPE_STANDARD;
        standard['&'] = CharacterEscapes.ESCAPE_STANDARD;
        this.escapes = standard;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
