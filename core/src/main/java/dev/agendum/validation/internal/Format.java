package dev.agendum.validation.internal;

import dev.agendum.validation.Limits;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The address formats Agendum accepts, each with its message key. */
public enum Format {
    /**
     * An absolute {@code https} or {@code http} URL with a host: what calendar apps and browsers open safely.
     * {@code javascript:}, {@code data:}, {@code file:} and relative links are refused.
     */
    WEB_LINK("format.web-link") {
        @Override
        boolean accepts(String value) {
            if (value.length() > Limits.LINK) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                        && printableAscii(value);
            } catch (URISyntaxException e) {
                return false;
            }
        }
    },
    /**
     * An e-mail address {@code local@domain} in ASCII, as {@code mailto:} and calendar addresses need it; at most
     * {@link Limits#EMAIL} characters, a domain with at least two labels.
     */
    EMAIL("format.email") {
        @Override
        boolean accepts(String value) {
            int at = value.indexOf('@');
            return value.length() <= Limits.EMAIL && at > 0 && localPart(value, at) && domain(value, at + 1);
        }
    },
    /**
     * A phone number in international form: {@code +}, country code and number, digits optionally grouped by
     * single spaces or hyphens ({@code +31 6 25068171}); 7 to 15 digits as E.164 allows.
     */
    PHONE("format.phone") {
        @Override
        boolean accepts(String value) {
            if (value.length() < 2 || value.charAt(0) != '+' || value.charAt(1) < '1' || value.charAt(1) > '9') {
                return false;
            }
            int digits = 1;
            boolean separated = false;
            for (int i = 2; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ' ' || c == '-') {
                    if (separated) {
                        return false;
                    }
                    separated = true;
                } else if (c >= '0' && c <= '9') {
                    digits++;
                    separated = false;
                } else {
                    return false;
                }
            }
            return !separated && digits >= 7 && digits <= 15;
        }
    },
    /**
     * An identifier within an event ({@code ruben-maes}, {@code welkom}): 1 to {@link Limits#IDENTIFIER} ASCII
     * letters, digits, dots, hyphens or underscores, starting with a letter or digit. Checked by hand: every
     * event has a dozen, and a regular expression allocated a matcher and a message parameter for each.
     */
    IDENTIFIER("identifier") {
        @Override
        boolean accepts(String value) {
            if (value.isEmpty() || value.length() > Limits.IDENTIFIER || !letterOrDigit(value.charAt(0))) {
                return false;
            }
            for (int i = 1; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                    return false;
                }
            }
            return true;
        }
    },
    /** A country as a two-letter ISO 3166 code in capitals ({@code NL}). */
    COUNTRY("format.country") {
        @Override
        boolean accepts(String value) {
            return value.length() == 2 && capital(value.charAt(0)) && capital(value.charAt(1));
        }
    };

    private final String key;

    /** Tells whether {@code value} holds only printable ASCII other than space, quote and backslash. */
    private static boolean printableAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == '"' || c == '\\' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether {@code value} up to {@code end} is dot-separated atoms of RFC 5322's {@code atext}. Checked by
     * hand, as {@link #PHONE} is: a regular expression took a fifth of validating an event with a few addresses.
     */
    private static boolean localPart(String value, int end) {
        boolean atomStart = true;
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (atomStart) {
                    return false;
                }
                atomStart = true;
            } else if (letterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0) {
                atomStart = false;
            } else {
                return false;
            }
        }
        return !atomStart;
    }

    /** Tells whether {@code value} from {@code start} is at least two dot-separated DNS labels. */
    private static boolean domain(String value, int start) {
        int labels = 0;
        for (int from = start; ; labels++) {
            int dot = value.indexOf('.', from);
            int end = dot < 0 ? value.length() : dot;
            if (!label(value, from, end)) {
                return false;
            }
            if (dot < 0) {
                return labels >= 1;
            }
            from = dot + 1;
        }
    }

    /** A DNS label: 1 to 63 letters, digits or hyphens, starting and ending with a letter or digit. */
    private static boolean label(String value, int start, int end) {
        if (end - start < 1 || end - start > 63 || !letterOrDigit(value.charAt(start))
                || !letterOrDigit(value.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = value.charAt(i);
            if (!letterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return capital(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    Format(String key) {
        this.key = key;
    }

    /** Tells whether {@code value} is well-formed. */
    abstract boolean accepts(String value);

    /** Returns the rule's key below {@code dev.agendum.}, for a value that is not well-formed. */
    String key() {
        return key;
    }

    /** Returns the message template for a value that is not well-formed. */
    String template() {
        return "{dev.agendum." + key() + "}";
    }
}
