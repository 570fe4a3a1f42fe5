package dev.agendum.ical;

import java.util.Arrays;

/**
 * A growable run of UTF-16 units that the line writer reads as it is, for text the writer assembles (an event's
 * DESCRIPTION). A {@code StringBuilder} starts in Latin-1 and copies itself wider at the first dash or curly quote,
 * and its {@code toString()} copies again after trying to narrow: for the description of every event those
 * copies were most of what writing a feed allocated.
 */
final class TextBuffer {

    private char[] chars;
    private int length;

    TextBuffer(int capacity) {
        chars = new char[Math.max(capacity, 16)];
    }

    TextBuffer append(String text) {
        int size = text.length();
        ensure(size);
        text.getChars(0, size, chars, length);
        length += size;
        return this;
    }

    TextBuffer append(TextBuffer text) {
        ensure(text.length);
        System.arraycopy(text.chars, 0, chars, length, text.length);
        length += text.length;
        return this;
    }

    TextBuffer append(char c) {
        ensure(1);
        chars[length++] = c;
        return this;
    }

    TextBuffer append(int number) {
        return append(Integer.toString(number));
    }

    /** Empties the buffer, keeping its room. */
    TextBuffer clear() {
        length = 0;
        return this;
    }

    /** Keeps only the first {@code size} units. */
    TextBuffer truncate(int size) {
        length = Math.min(length, size);
        return this;
    }

    int length() {
        return length;
    }

    /** Returns the units held; only the first {@link #length()} are the text, and the array is not a copy. */
    char[] chars() {
        return chars;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }
}
