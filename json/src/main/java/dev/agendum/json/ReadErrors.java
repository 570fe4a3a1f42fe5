package dev.agendum.json;

import dev.agendum.json.AgendumJsonException.Problem;
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

/**
 * Turns the exceptions of a read into our own: Jackson's messages name its internals, so each known kind is
 * rephrased, and the pointer is taken from the parser rather than from Jackson's path description.
 */
final class ReadErrors {

    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\((.+?) \\(code \\d+\\)\\)(?::\\s*(?:was expecting|expected) ([^\\n]+))?");
    private static final Map<String, String> EXPECTED = Map.of(
            "comma to separate Object entries", "a comma between fields",
            "comma to separate Array entries", "a comma between list elements",
            "double-quote to start property name", "a field name in double quotes",
            "double-quote to start field name", "a field name in double quotes",
            "a colon to separate property name and value", "a colon after the field name");
    private static final Pattern UNRECOGNISED = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);

    private final ReadLimits limits;

    ReadErrors(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns the exception to throw for {@code e}, raised while reading a document with {@code parser}, whose
     * state tells where reading stopped when the exception does not.
     */
    RuntimeException translate(JacksonException e, Optional<JsonParser> parser) {
        if (e instanceof InputProblem problem) {
            return new AgendumJsonException(at(problem.pointer(), problem.getLocation(), problem.code(),
                    problem.reason()), e);
        }
        if (e instanceof JacksonIOException io && io.getCause() instanceof Utf8Check.MalformedUtf8 malformed) {
            return new AgendumJsonException(new Problem(AgendumJsonException.ROOT, malformed.line(),
                    Math.max(malformed.column(), 1), AgendumJsonException.MALFORMED, malformed.getMessage()), e);
        }
        if (e instanceof JacksonIOException io) {
            IOException cause = io.getCause();
            return new UncheckedIOException(cause.getMessage(), cause);
        }
        Optional<JsonParser> stopped = e.processor() instanceof JsonParser own ? Optional.of(own) : parser;
        String pointer = stopped.map(p -> p.streamReadContext().pathAsPointer().toString())
                .orElse(AgendumJsonException.ROOT);
        TokenStreamLocation location = known(e.getLocation())
                ? e.getLocation() : stopped.map(JsonParser::currentLocation).orElse(null);
        String code = e instanceof StreamConstraintsException ? AgendumJsonException.LIMIT
                : AgendumJsonException.MALFORMED;
        return new AgendumJsonException(at(pointer, location, code, message(e)), e);
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

    private String message(JacksonException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(original);
        }
        if (e instanceof UnexpectedEndOfInputException || original.startsWith("Unexpected end-of-input")) {
            return "the document ends too early: an object, list or string is not closed";
        }
        if (e instanceof StreamReadException) {
            return syntax(original);
        }
        if (original.startsWith("No content to map")) {
            return "the document is empty";
        }
        return "the document could not be read as the canonical format";
    }

    private String limit(String original) {
        if (original.startsWith("String value length")) {
            return "a string is longer than the " + limits.maxStringLength() + " characters allowed";
        } else if (original.startsWith("Document length")) {
            return "the document is longer than the " + limits.maxDocumentLength()
                    + " bytes (characters, for text) allowed";
        } else if (original.startsWith("Document nesting depth")) {
            return "objects and lists are nested deeper than the " + limits.maxNestingDepth() + " levels allowed";
        } else if (original.startsWith("Token count")) {
            return "the document has more than the " + limits.maxTokenCount() + " tokens allowed";
        } else if (original.startsWith("Number value length")) {
            return "a number is longer than the " + limits.maxNumberLength() + " characters allowed";
        } else if (original.startsWith("Name length")) {
            return "a field name is longer than the " + ReadLimits.MAX_NAME_LENGTH + " characters allowed";
        }
        return "the document exceeds a size limit";
    }

    private static String syntax(String original) {
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.lookingAt()) {
            return "duplicate field " + Quoting.quote(duplicate.group(1));
        }
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
