package dev.agendum.ical;

/** Input text as a warning or error message shows it: quoted, cut to 60 characters, control characters escaped. */
final class Quoted {

    private static final int MOST = 60;

    private Quoted() {
    }

    /** Returns {@code text} in double quotes, escaped so that it cannot pose as message text or break a line. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MOST) + 8).append('"');
        int n = Math.min(text.length(), MOST);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '"' || c == '\\' || Character.isSurrogate(c) || c >= 0x80 && c < 0xA0
                    || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(text.length() > MOST ? "\"…" : "\"").toString();
    }
}
