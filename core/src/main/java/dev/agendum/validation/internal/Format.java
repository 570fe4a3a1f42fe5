package dev.agendum.validation.internal;

import dev.agendum.validation.Limits;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

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
        private final Pattern pattern = Pattern.compile(
                "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                        + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

        @Override
        boolean accepts(String value) {
            return value.length() <= Limits.EMAIL && pattern.matcher(value).matches();
        }
    },
    /**
     * A phone number in international form: {@code +}, country code and number, digits optionally grouped by
     * single spaces or hyphens ({@code +31 6 25068171}); 7 to 15 digits as E.164 allows.
     */
    PHONE("format.phone") {
        private final Pattern pattern = Pattern.compile("\\+[1-9]([ -]?[0-9]){6,14}");

        @Override
        boolean accepts(String value) {
            return pattern.matcher(value).matches();
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
