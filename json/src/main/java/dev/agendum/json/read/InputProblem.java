package dev.agendum.json.read;

import dev.agendum.json.AgendumJson;
import dev.agendum.json.AgendumJsonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A problem found while binding a document, raised inside Jackson's reading so that Jackson's own machinery
 * (a caller's {@code ObjectMapper}, a bean holding an event) passes it on; {@link AgendumJson} turns it into an
 * {@link AgendumJsonException.Problem}.
 *
 * <p>Through an application's own mapper it says where as Jackson's callers expect: its message starts with the
 * JSON Pointer, {@link #getLocation()} is where the value starts, and {@link #getPath()} holds one reference per
 * pointer step, from the value the mapper was asked for (a bean holding an event adds its own steps in front).
 */
public final class InputProblem extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String code;
    private final String reason;

    InputProblem(JsonParser parser, String pointer, TokenStreamLocation location, String code, String reason) {
        super(parser, pointer.isEmpty() ? reason : Quoting.escape(pointer) + ": " + reason, location);
        this.pointer = pointer;
        this.code = code;
        this.reason = reason;
    }

    /** Returns the problem's code: {@link AgendumJsonException#INVALID} or {@link AgendumJsonException#LIMIT}. */
    String code() {
        return code;
    }

    /** Returns where the problem is, as a JSON Pointer into the document. */
    String pointer() {
        return pointer;
    }

    /** Returns the message for a person: what is wrong, without the pointer or location. */
    String reason() {
        return reason;
    }

    /**
     * Adds the path below {@code from} (the pointer where the caller's read started) as Jackson references, once:
     * numeric steps as list indexes, as the format has no numeric field names.
     */
    InputProblem withPathBelow(String from) {
        if (!getPath().isEmpty() || !pointer.startsWith(from)) {
            return this;
        }
        String below = pointer.substring(from.length());
        if (below.isEmpty()) {
            return this;
        }
        String[] steps = below.substring(1).split("/", -1);
        for (int i = steps.length - 1; i >= 0; i--) {
            String step = steps[i].replace("~1", "/").replace("~0", "~");
            if (!step.isEmpty() && step.chars().allMatch(c -> c >= '0' && c <= '9') && step.length() < 10) {
                prependPath(null, Integer.parseInt(step));
            } else {
                prependPath(null, step);
            }
        }
        return this;
    }
}
