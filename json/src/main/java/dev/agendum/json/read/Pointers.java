package dev.agendum.json.read;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the validator's property paths ({@code programme.items[2].participations[0].personId}) onto JSON Pointers
 * of the canonical format ({@code /programme/items/2/participations/0/personId}).
 *
 * <p>The format names its fields after the record components, so the mapping is mechanical but for the one place
 * the format flattens a record: a participation's {@code role} (a {@code Role} with {@code type} and
 * {@code customLabel}) is written as {@code role} and {@code roleLabel}.
 */
public final class Pointers {

    /** Where the format's names differ from the model's: model path suffix to pointer suffix. */
    private static final Map<String, String> RENAMED = Map.of(
            "/role/type", "/role",
            "/role/customLabel", "/roleLabel",
            "/registration/requirement", "/registration/required");

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]*)((?:\\[[^\\]]*\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    private Pointers() {
    }

    /** Returns the pointer of {@code path} under the event at {@code eventPointer}. */
    public static String of(String eventPointer, String path) {
        StringBuilder pointer = new StringBuilder(eventPointer);
        if (!path.isEmpty()) {
            for (String step : path.split("\\.")) {
                append(pointer, step);
            }
        }
        String result = pointer.toString();
        for (Map.Entry<String, String> rename : RENAMED.entrySet()) {
            if (result.endsWith(rename.getKey())) {
                return result.substring(0, result.length() - rename.getKey().length()) + rename.getValue();
            }
        }
        return result;
    }

    /** Returns the pointer one level up; the root's parent is the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    private static void append(StringBuilder pointer, String step) {
        Matcher matcher = STEP.matcher(step);
        if (!matcher.matches()) {
            appendToken(pointer.append('/'), step);
            return;
        }
        if (!matcher.group(1).isEmpty()) {
            appendToken(pointer.append('/'), matcher.group(1));
        }
        Matcher index = INDEX.matcher(matcher.group(2));
        while (index.find()) {
            appendToken(pointer.append('/'), index.group(1));
        }
    }

    /**
     * Appends a reference token escaped as RFC 6901 section 3 requires ("~" as "~0", "/" as "~1"): the one place
     * pointers are escaped, whether spelled from a property path, the parser's context or a value's notes.
     */
    static StringBuilder appendToken(StringBuilder pointer, String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                pointer.append("~0");
            } else if (c == '/') {
                pointer.append("~1");
            } else {
                pointer.append(c);
            }
        }
        return pointer;
    }
}
