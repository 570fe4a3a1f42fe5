package dev.agendum.examples.spring;

/** Turns Agendum's property paths ({@code programme.items[2].start}) into JSON Pointers (RFC 6901). */
final class Pointers {

    private Pointers() {
    }

    /** The pointer under {@code base} for {@code path}; {@code base} itself for the empty path. */
    static String of(String base, String path) {
        StringBuilder pointer = new StringBuilder(base);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                flush(pointer, token);
            } else {
                token.append(c);
            }
        }
        flush(pointer, token);
        return pointer.toString();
    }

    private static void flush(StringBuilder pointer, StringBuilder token) {
        if (token.length() > 0) {
            pointer.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
            token.setLength(0);
        }
    }
}
