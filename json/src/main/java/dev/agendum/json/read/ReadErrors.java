package dev.agendum.json.read;

import dev.agendum.json.AgendumJsonException.Problem;
import dev.agendum.json.AgendumJsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns the exceptions of a read into problems: Jackson's messages name its internals, so each known kind is
 * rephrased, and the pointer is taken from the parser rather than from Jackson's path description.
 *
 * <p>Kinds are told apart by type wherever Jackson has one: our own {@link InputProblem}, a {@link JacksonIOException}
 * (with our {@link Utf8Check.MalformedUtf8} behind it, or a failing input), {@link StreamConstraintsException} for a
 * limit, {@link UnexpectedEndOfInputException} for a truncated document, a {@link MismatchedInputException} on a
 * parser that found no token for an empty one. Duplicate keys never reach here: every object of the format refuses a
 * repeated field itself, so Jackson's {@code STRICT_DUPLICATE_DETECTION} is off. Two things Jackson (3.2.4, as 3.1)
 * has no type for, and they are matched as narrowly as possible: which limit a {@code StreamConstraintsException}
 * is about (by the {@code StreamReadConstraints} getter its message names, an identifier rather than a sentence),
 * and which syntax error a plain {@link StreamReadException} is (by the start of its message), including the one
 * end of input it raises without its own type.
 */
public final class ReadErrors {

    /** The limit each {@code StreamReadConstraints} getter enforces, as Jackson names it in its message. */
    private static final Pattern CONSTRAINT = Pattern.compile("StreamReadConstraints\\.(getMax\\w+)\\(\\)");

    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\((.+?) \\(code \\d+\\)\\)(?::\\s*(?:was expecting|expected) ([^\\n]+))?");
    private static final Map<String, String> EXPECTED = Map.of(
            "comma to separate Object entries", "a comma between fields",
            "comma to separate Array entries", "a comma between list elements",
            "double-quote to start property name", "a field name in double quotes",
            "double-quote to start field name", "a field name in double quotes",
            "a colon to separate property name and value", "a colon after the field name");
    private static final Pattern UNRECOGNISED = Pattern.compile("Unrecognized token '(.*?)'");

    private final ReadLimits limits;

    /** Creates the translator of the reads bounded by {@code limits}, which its messages name. */
    public ReadErrors(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns the problem {@code e} stands for, raised while reading a document with {@code parser}, whose state
     * tells where reading stopped when the exception does not.
     *
     * @throws UncheckedIOException when the input itself failed, which is no problem of the document
     */
    public Problem problem(JacksonException e, Optional<JsonParser> parser) {
        if (e instanceof InputProblem problem) {
            return at(problem.pointer(), problem.getLocation(), problem.code(), problem.reason());
        }
        if (e instanceof JacksonIOException io && io.getCause() instanceof Utf8Check.MalformedUtf8 malformed) {
            return new Problem(AgendumJsonException.ROOT, malformed.line(), Math.max(malformed.column(), 1),
                    AgendumJsonException.MALFORMED, malformed.getMessage());
        }
        if (e instanceof JacksonIOException io) {
            IOException cause = io.getCause();
            throw new UncheckedIOException(cause.getMessage(), cause);
        }
        Optional<JsonParser> stopped = e.processor() instanceof JsonParser own ? Optional.of(own) : parser;
        String pointer = stopped.map(p -> p.streamReadContext().pathAsPointer().toString())
                .orElse(AgendumJsonException.ROOT);
        TokenStreamLocation location = known(e.getLocation())
                ? e.getLocation() : stopped.map(JsonParser::currentLocation).orElse(null);
        String code = e instanceof StreamConstraintsException ? AgendumJsonException.LIMIT
                : AgendumJsonException.MALFORMED;
        return at(pointer, location, code, message(e, stopped));
    }

    private static boolean known(TokenStreamLocation location) {
        return location != null && location.getLineNr() > 0;
    }

    static Problem at(String pointer, TokenStreamLocation location, String message) {
        return at(pointer, location, AgendumJsonException.INVALID, message);
    }

    static Problem at(String pointer, TokenStreamLocation location, String code, String message) {
        return location == null ? new Problem(pointer, 0, 0, code, message)
                : new Problem(pointer, location.getLineNr(), location.getColumnNr(), code, message);
    }

    private String message(JacksonException e, Optional<JsonParser> parser) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(original);
        }
        // Jackson 3.2.4 throws a plain StreamReadException for a list cut off after a comma ("[1,"), the one
        // end-of-input it does not raise as UnexpectedEndOfInputException; its message is matched for that alone.
        if (e instanceof UnexpectedEndOfInputException
                || e instanceof StreamReadException && original.startsWith("Unexpected end-of-input")) {
            return "the document ends too early: an object, list or string is not closed";
        }
        if (e instanceof StreamReadException) {
            return syntax(original);
        }
        if (e instanceof MismatchedInputException && parser.filter(ReadErrors::foundNothing).isPresent()) {
            return "the document is empty";
        }
        return "the document could not be read as the canonical format";
    }

    /** Whether the parser ran out of input before its first token: Jackson's "no content to map". */
    private static boolean foundNothing(JsonParser parser) {
        return parser.currentToken() == null && parser.isClosed() && parser.streamReadContext().inRoot()
                && !parser.streamReadContext().hasCurrentIndex();
    }

    private String limit(String original) {
        Matcher constraint = CONSTRAINT.matcher(original);
        String getter = constraint.find() ? constraint.group(1) : "";
        return switch (getter) {
            case "getMaxStringLength" -> "a string is longer than the " + limits.maxStringLength()
                    + " characters allowed";
            case "getMaxDocumentLength" -> "the document is longer than the " + limits.maxDocumentLength()
                    + " bytes (characters, for text) allowed";
            case "getMaxNestingDepth" -> "objects and lists are nested deeper than the " + limits.maxNestingDepth()
                    + " levels allowed";
            case "getMaxTokenCount" -> "the document has more than the " + limits.maxTokenCount() + " tokens allowed";
            case "getMaxNumberLength" -> "a number is longer than the " + limits.maxNumberLength()
                    + " characters allowed";
            case "getMaxNameLength" -> "a field name is longer than the " + ReadLimits.MAX_NAME_LENGTH
                    + " characters allowed";
            default -> "the document exceeds a size limit";
        };
    }

    private static String syntax(String original) {
        Matcher unexpected = UNEXPECTED.matcher(original);
        if (unexpected.lookingAt()) {
            String character = "malformed JSON: unexpected character " + unexpected.group(1);
            if (original.contains("comment")) {
                return character + " (JSON has no comments)";
            }
            return unexpected.group(2) == null ? character : character + ", expected " + expected(unexpected.group(2));
        }
        Matcher unrecognised = UNRECOGNISED.matcher(original);
        if (unrecognised.lookingAt()) {
            return "malformed JSON: unrecognised word " + Quoting.quote(unrecognised.group(1))
                    + " (text needs double quotes; true, false and null are lower case)";
        }
        if (original.startsWith("Invalid numeric value")) {
            return "malformed JSON: not a JSON number (no leading zeros, plus signs, NaN or Infinity)";
        }
        if (original.startsWith("Invalid UTF-8")) {
            return "malformed JSON: the input is not valid UTF-8";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "malformed JSON: a control character in a string must be escaped";
        }
        return "malformed JSON";
    }

    private static String expected(String jackson) {
        if (jackson.startsWith("a valid value") || jackson.startsWith("(JSON String")) {
            return "a value (a string in double quotes, a number, an object, a list, true, false or null)";
        }
        return EXPECTED.getOrDefault(jackson.strip(), jackson.strip());
    }
}
