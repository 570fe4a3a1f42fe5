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

    /**
     * Where one VEVENT and its properties begin, and the raw, unfolded DTSTART and DTEND lines: ical4j rewrites
     * their values from the dates it parsed (moving a time in a daylight-saving gap), so they are read from here.
     */
    record EventLines(int begin, Map<String, Integer> properties, Map<String, String> times) {
        int of(String property) {
            return properties.getOrDefault(property, begin);
        }

        /** Returns the raw unfolded line of DTSTART or DTEND, if the VEVENT has one. */
        java.util.Optional<String> time(String property) {
            return java.util.Optional.ofNullable(times.get(property));
        }
    }

    private static final java.util.Set<String> TIMES = java.util.Set.of("DTSTART", "DTEND");

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
        Map<String, String> times = new HashMap<>();
        Map<String, StringBuilder> timeLines = new HashMap<>();
        StringBuilder timeLine = null;
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
            if (continuation && timeLine != null) {
                timeLine.append(physical, 1, physical.length());
            }
            if (continuation || physical.isEmpty()) {
                continue;
            }
            timeLine = null;
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
                    for (Map.Entry<String, StringBuilder> entry : timeLines.entrySet()) {
                        times.put(entry.getKey(), entry.getValue().toString());
                    }
                    scan.events.add(new EventLines(begin, Map.copyOf(properties), Map.copyOf(times)));
                    properties = null;
                    times = new HashMap<>();
                    timeLines = new HashMap<>();
                }
                depth--;
            } else if (properties != null && depth == 2) {
                int end = nameEnd(physical);
                String name = physical.substring(0, end).toUpperCase();
                properties.putIfAbsent(name, line);
                if (TIMES.contains(name) && !times.containsKey(name)) {
                    timeLine = new StringBuilder(physical);
                    times.put(name, "");
                    timeLines.put(name, timeLine);
                }
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
        return n < events.size() ? events.get(n) : new EventLines(1, Map.of(), Map.of());
    }
}
