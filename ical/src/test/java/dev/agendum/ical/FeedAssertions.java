package dev.agendum.ical;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** What every feed must satisfy, and RFC 5545's own reading rules, for the tests of ical and examples. */
public final class FeedAssertions {

    private FeedAssertions() {
    }

    /** Undoes folding as RFC 5545 section 3.1 says: removes every CRLF followed by one space. */
    public static String unfold(String feed) {
        return feed.replace("\r\n ", "");
    }

    /** Every line ends in CRLF, holds no other CR or LF, is at most 75 octets, and the UTF-8 is whole. */
    public static void assertLinesWithin75Octets(String feed) {
        assertThat(feed).endsWith("\r\n");
        assertThat(new String(feed.getBytes(UTF_8), UTF_8)).isEqualTo(feed);
        for (String line : feed.split("\r\n")) {
            assertThat(line.getBytes(UTF_8).length).as("octets of %s", line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
        }
    }

    /** Returns the raw value of the first {@code name} property after the first {@code BEGIN:VEVENT}, unfolded. */
    public static String rawValue(String feed, String name) {
        String unfolded = unfold(feed);
        int start = unfolded.indexOf("\r\n" + name, unfolded.indexOf("BEGIN:VEVENT"));
        String line = unfolded.substring(start + 2, unfolded.indexOf("\r\n", start + 2));
        return line.substring(line.indexOf(':') + 1);
    }

    /** RFC 5545 section 3.3.11: {@code \n} and {@code \N} are line breaks, a backslash keeps the next character. */
    public static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
