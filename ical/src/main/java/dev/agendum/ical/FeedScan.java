package dev.agendum.ical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A first pass over a feed's text before ical4j parses it: enforces the limits on line length and component count
 * with the line where they are broken, and remembers on which line each VEVENT and each of its properties starts,
 * which ical4j does not report.
 */
final class FeedScan {

    /** Where one VEVENT and its properties begin. */
    record EventLines(int begin, Map<String, Integer> properties) {
        int of(String property) {
            return properties.getOrDefault(property, begin);
        }
    }

    private final List<EventLines> events = new ArrayList<>();

    private FeedScan() {
    }

    static FeedScan of(String feed, int maxLineLength, int maxComponents) {
        FeedScan scan = new FeedScan();
        int line = 0;
        int logicalStart = 0;
        int logicalLength = 0;
        int components = 0;
        int depth = 0;
        Map<String, Integer> properties = null;
        int begin = 0;
        for (String physical : feed.split("\r?\n", -1)) {
            line++;
            boolean continuation = !physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t');
            logicalLength = continuation ? logicalLength + physical.length() - 1 : physical.length();
            if (!continuation) {
                logicalStart = line;
            }
            if (logicalLength > maxLineLength) {
                throw new FeedReadException(logicalStart, "a content line is longer than " + maxLineLength
                        + " characters", null);
            }
            if (continuation || physical.isEmpty()) {
                continue;
            }
            String upper = physical.length() > 16 ? physical.substring(0, 16).toUpperCase() : physical.toUpperCase();
            if (upper.startsWith("BEGIN:")) {
                if (++components > maxComponents) {
                    throw new FeedReadException(line, "more than " + maxComponents + " components", null);
                }
                depth++;
                if (upper.equals("BEGIN:VEVENT") && depth == 2) {
                    properties = new HashMap<>();
                    begin = line;
                }
            } else if (upper.startsWith("END:")) {
                if (upper.equals("END:VEVENT") && depth == 2 && properties != null) {
                    scan.events.add(new EventLines(begin, Map.copyOf(properties)));
                    properties = null;
                }
                depth--;
            } else if (properties != null && depth == 2) {
                int end = nameEnd(physical);
                properties.putIfAbsent(physical.substring(0, end).toUpperCase(), line);
            }
        }
        return scan;
    }

    private static int nameEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ':' || line.charAt(i) == ';') {
                return i;
            }
        }
        return line.length();
    }

    /** Returns the lines of the {@code n}th VEVENT (from 0), or of the feed's start when unknown. */
    EventLines event(int n) {
        return n < events.size() ? events.get(n) : new EventLines(1, Map.of());
    }
}
