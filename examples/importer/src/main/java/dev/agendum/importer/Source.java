package dev.agendum.importer;

import java.util.Objects;

/**
 * Where a value was read: a span of the input, as offsets into the text given to the importer, and its words.
 *
 * @param start the offset of the first character in the input (UTF-16 units, from 0)
 * @param end   the offset just past the last character; not before {@code start}
 * @param words the words of the span as read (for Markdown and HTML: without markup)
 */
public record Source(int start, int end, String words) implements Basis {

    /**
     * Creates a source.
     *
     * @param start the offset of the first character in the input
     * @param end   the offset just past the last character
     * @param words the words of the span as read
     * @throws IllegalArgumentException when the offsets are negative or {@code end} precedes {@code start}
     */
    public Source {
        Objects.requireNonNull(words, "words");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a source span runs from 0 upwards, start " + start + " end " + end);
        }
    }

    @Override
    public String describe() {
        return "\"" + words + "\" (" + start + "–" + end + ")";
    }
}
