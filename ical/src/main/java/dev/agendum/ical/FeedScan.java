package dev.agendum.ical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A first pass over a feed's text before ical4j parses it: enforces the limits on line length and component count
 * with the line where they are broken, and keeps every VEVENT (with its subcomponents) as the content lines it was
 * written with, which is what Agendum's own properties are read from and which ical4j cannot report (lines).
 */
final class FeedScan {

    /** A component as written: its name, the line of its BEGIN, its properties and subcomponents in order. */
    static final class Scanned {
        private final String name;
        private final int begin;
        private final List<ContentLine> properties = new ArrayList<>();
        private final List<Scanned> children = new ArrayList<>();

        Scanned(String name, int begin) {
            this.name = name;
            this.begin = begin;
        }

        String name() {
            return name;
        }

        /** Returns the line (from 1) of the component's BEGIN. */
        int begin() {
            return begin;
        }

        List<Scanned> children() {
            return children;
        }

        /** Returns the first property {@code name}, if any. */
        Optional<ContentLine> first(String property) {
            for (ContentLine line : properties) {
                if (line.name().equals(property)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }

        /** Returns every property {@code name}, in order. */
        List<ContentLine> all(String property) {
            return properties.stream().filter(l -> l.name().equals(property)).toList();
        }

        /** Returns the first property {@code name} as unescaped TEXT, if any. */
        Optional<String> text(String property) {
            return first(property).map(ContentLine::text);
        }

        /** Returns the line of the first property {@code name}, or of the component's BEGIN. */
        int lineOf(String property) {
            return first(property).map(ContentLine::line).orElse(begin);
        }
    }

    private final List<Scanned> events = new ArrayList<>();

    private FeedScan() {
    }

    static FeedScan of(String feed, int maxLineLength, int maxComponents) {
        FeedScan scan = new FeedScan();
        Deque<Optional<Scanned>> open = new ArrayDeque<>();
        int[] components = {0};
        StringBuilder logical = new StringBuilder();
        int logicalStart = 0;
        int line = 0;
        for (String physical : feed.split("\r?\n", -1)) {
            line++;
            boolean continuation = !physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t');
            if (continuation && logical.length() > 0) {
                logical.append(physical, 1, physical.length());
            } else {
                scan.take(logical, logicalStart, open, components, maxComponents);
                logical.setLength(0);
                logical.append(physical);
                logicalStart = line;
            }
            if (logical.length() > maxLineLength) {
                throw new FeedReadException(logicalStart, "a content line is longer than " + maxLineLength
                        + " characters", null);
            }
        }
        scan.take(logical, logicalStart, open, components, maxComponents);
        return scan;
    }

    /** Files one logical line: opens or closes a component, or adds a property to the VEVENT being read. */
    private void take(StringBuilder logical, int line, Deque<Optional<Scanned>> open, int[] components, int max) {
        if (logical.length() == 0) {
            return;
        }
        String head = logical.length() > 6 ? logical.substring(0, 6).toUpperCase(Locale.ROOT) : "";
        if (head.equals("BEGIN:")) {
            if (++components[0] > max) {
                throw new FeedReadException(line, "more than " + max + " components", null);
            }
            String name = logical.substring(6).strip().toUpperCase(Locale.ROOT);
            Optional<Scanned> parent = open.isEmpty() ? Optional.empty() : open.peek();
            Optional<Scanned> component = parent.isPresent() || name.equals("VEVENT") && open.size() == 1
                    ? Optional.of(new Scanned(name, line)) : Optional.empty();
            component.ifPresent(c -> parent.ifPresentOrElse(p -> p.children.add(c), () -> events.add(c)));
            open.push(component);
        } else if (logical.length() > 4 && logical.substring(0, 4).equalsIgnoreCase("END:")) {
            if (!open.isEmpty()) {
                open.pop();
            }
        } else if (!open.isEmpty() && open.peek().isPresent()) {
            open.peek().get().properties.add(ContentLine.parse(line, logical.toString()));
        }
    }

    /** Returns the {@code n}th VEVENT (from 0), or an empty one at the feed's start when there is none. */
    Scanned event(int n) {
        return n < events.size() ? events.get(n) : new Scanned("VEVENT", 1);
    }
}
