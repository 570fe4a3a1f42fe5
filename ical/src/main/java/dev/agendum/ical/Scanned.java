package dev.agendum.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A component as written: its name, the line of its BEGIN, its properties and subcomponents in order, as
 * {@link FeedScan} read them. Only the reader's own code fills it; it is then read only.
 */
final class Scanned {

    private final String name;
    private final int begin;
    private final List<ContentLine> properties = new ArrayList<>();
    private final List<Scanned> children = new ArrayList<>(0);
    private int characters;

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

    /** The characters of the component's content lines, subcomponents included, as the limits count them. */
    int characters() {
        return characters;
    }

    void characters(int count) {
        this.characters = count;
    }

    List<ContentLine> properties() {
        return properties;
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
        List<ContentLine> all = new ArrayList<>(2);
        for (ContentLine line : properties) {
            if (line.name().equals(property)) {
                all.add(line);
            }
        }
        return all;
    }

    /** Returns the first property {@code name} as unescaped TEXT, if any. */
    Optional<String> text(String property) {
        return first(property).map(ContentLine::text);
    }

    /** Returns the first property {@code name}'s value as written, if any. */
    Optional<String> value(String property) {
        return first(property).map(ContentLine::value);
    }

    /** Returns the line of the first property {@code name}, or of the component's BEGIN. */
    int lineOf(String property) {
        return first(property).map(ContentLine::line).orElse(begin);
    }
}
