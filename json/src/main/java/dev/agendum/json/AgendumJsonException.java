package dev.agendum.json;

import dev.agendum.json.read.Quoting;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A document that cannot be accepted: malformed, not of the canonical format, beyond a limit, or (when the reader
 * validates) breaking business rules. Every {@link Problem} says where, as a JSON Pointer and a line and column,
 * and what, in words a person understands.
 *
 * <p>Syntax, binding and limit errors stop reading at once and carry one problem; validation reports every violation
 * of every event. The Jackson exception behind a syntax or binding error is kept as the cause, never shown as the
 * message.
 */
public final class AgendumJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The documented JSON Pointer of a whole document. */
    public static final String ROOT = "";

    /** The code of a problem with the document's structure or values: a field, type, code or form it refuses. */
    public static final String INVALID = "dev.agendum.json.invalid";
    /** The code of a document that is not well-formed JSON in well-formed UTF-8. */
    public static final String MALFORMED = "dev.agendum.json.malformed";
    /** The code of a document beyond one of the reader's limits. */
    public static final String LIMIT = "dev.agendum.json.limit";

    /**
     * One thing wrong with a document.
     *
     * @param pointer where, as a JSON Pointer (RFC 6901) into the document: {@code /event/programme/items/3/start};
     *                {@code ""} for the whole document
     * @param line    the line of the value concerned, from 1; 0 when unknown
     * @param column  the column of the value concerned, from 1; 0 when unknown
     * @param code    what kind of problem, for programs: a business rule's violation code
     *                ({@code dev.agendum.time.in-gap}, as {@link dev.agendum.validation.Violation#code()}), or
     *                {@link #INVALID}, {@link #MALFORMED} or {@link #LIMIT} for the reader's own refusals
     * @param message what is wrong, for a person
     * @serial exclude
     */
    public record Problem(String pointer, int line, int column, String code, String message) implements Serializable {

        /**
         * Creates a problem.
         *
         * @param pointer where, as a JSON Pointer into the document; {@code ""} for the whole document
         * @param line the line of the value concerned, from 1; 0 (or less) when unknown
         * @param column the column of the value concerned, from 1; 0 (or less) when unknown
         * @param code what kind of problem, for programs
         * @param message what is wrong, for a person
         */
        public Problem {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            line = Math.max(line, 0);
            column = Math.max(column, 0);
        }

        /**
         * Creates a problem of code {@link #INVALID}.
         *
         * @param pointer where, as a JSON Pointer into the document; {@code ""} for the whole document
         * @param line the line of the value concerned, from 1; 0 (or less) when unknown
         * @param column the column of the value concerned, from 1; 0 (or less) when unknown
         * @param message what is wrong, for a person
         */
        public Problem(String pointer, int line, int column, String message) {
            this(pointer, line, column, INVALID, message);
        }

        /**
         * Returns {@code "/event/title (line 4, column 14): message"}, always one line: control characters, line
         * separators and bidirectional overrides from the document (in a field name, say) are shown as
         * {@code \u001B}, so a document cannot forge further problem lines or drive a terminal.
         */
        @Override
        public String toString() {
            String where = pointer.isEmpty() ? "document" : Quoting.escape(pointer);
            String what = Quoting.escape(message);
            return line > 0 ? where + " (line " + line + ", column " + column + "): " + what : where + ": " + what;
        }
    }

    /** Every problem, in document order for validation and as found otherwise; never empty. */
    private final List<Problem> problems;

    AgendumJsonException(List<Problem> problems, Throwable cause) {
        super(summary(problems), cause);
        this.problems = List.copyOf(problems);
    }

    AgendumJsonException(Problem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    /**
     * Returns every problem, in document order for validation and as found otherwise; never empty.
     *
     * @return the problems, an unmodifiable list with at least one element
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:" + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
