package dev.agendum.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A problem found while binding a document, raised inside Jackson's reading so that Jackson's own machinery
 * (a caller's {@code ObjectMapper}, a bean holding an event) passes it on unchanged; {@link AgendumJson} turns it
 * into an {@link AgendumJsonException.Problem}.
 *
 * <p>It carries the JSON Pointer we computed ourselves and a message meant for a person, without Jackson's
 * decorations.
 */
final class InputProblem extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    InputProblem(JsonParser parser, String pointer, TokenStreamLocation location, String reason) {
        super(parser, reason, location);
        this.pointer = pointer;
        this.reason = reason;
    }

    /** Returns where the problem is, as a JSON Pointer into the document. */
    String pointer() {
        return pointer;
    }

    /** Returns the message for a person: what is wrong, without the pointer or location. */
    String reason() {
        return reason;
    }
}
