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
    WEB_LINK("web-link") {
        @Override
        boolean accepts(String value) {
            if (value.length() > Limits.LINK) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                        && value.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '\\' || c >= 0x7f);
            } catch (URISyntaxException e) {
                return false;
            }
        }
    },
    /**
     * An e-mail address {@code local@domain} in ASCII, as {@code mailto:} and calendar addresses need it; at most
     * {@link Limits#EMAIL} characters, a domain with at least two labels.
     */
    EMAIL("email") {
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
    PHONE("phone") {
        private final Pattern pattern = Pattern.compile("\\+[1-9]([ -]?[0-9]){6,14}");

        @Override
        boolean accepts(String value) {
            return pattern.matcher(value).matches();
        }
    };

    private final String key;

    Format(String key) {
        this.key = key;
    }

    /** Tells whether {@code value} is well-formed. */
    abstract boolean accepts(String value);

    /** Returns the rule's key below {@code dev.agendum.}, for a value that is not well-formed. */
    String key() {
        return "format." + key;
    }

    /** Returns the message template for a value that is not well-formed. */
    String template() {
        return "{dev.agendum." + key() + "}";
    }
}
