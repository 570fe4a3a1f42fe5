package dev.agendum.ical;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Splits a feed's characters into unfolded content lines (RFC 5545 section 3.1), in one pass and without holding
 * more than one line: CRLF, LF and CR each end a physical line, mixed as they come; a line break followed by a space
 * or a tab is a fold and is removed with that one character, wherever it falls. Empty lines are skipped.
 *
 * <p>Each line is checked as it is assembled: longer than the limit, or holding an unpaired surrogate (text that was
 * not valid Unicode), it throws {@link FeedReadException} with the line it starts on.
 */
final class ContentLineScanner {

    private final Reader in;
    private final int maxLineLength;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private int physicalLine = 1;
    /** The current line, reused from line to line (grown as needed, never past the limit). */
    private char[] line = new char[256];
    private int length;
    private int lineStart;

    ContentLineScanner(Reader in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /** Returns the next unfolded content line, or {@code null} at the end of the feed. */
    String next() {
        return advance() ? new String(line, 0, length) : null;
    }

    /**
     * Reads the next unfolded content line into {@link #chars()} (its first {@link #length()} characters); returns
     * {@code false} at the end of the feed. The buffer is reused: what it holds is valid until the next call.
     */
    boolean advance() {
        while (true) {
            length = 0;
            lineStart = physicalLine;
            int c = read();
            if (c < 0) {
                return false;
            }
            while (c >= 0) {
                if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    physicalLine++;
                    int next = peek();
                    if (next == ' ' || next == '\t') {
                        read();
                        c = read();
                        continue;
                    }
                    break;
                }
                append((char) c);
                c = read();
            }
            if (length > 0) {
                checkSurrogates();
                return true;
            }
        }
    }

    /** The buffer holding the current line. */
    char[] chars() {
        return line;
    }

    /** The length of the current line. */
    int length() {
        return length;
    }

    /** Returns the line (from 1) the last content line returned by {@link #next()} starts on. */
    int line() {
        return lineStart;
    }

    private void append(char c) {
        if (length >= maxLineLength) {
            throw new FeedReadException(lineStart, "a content line is longer than " + maxLineLength
                    + " characters", null);
        }
        if (length == line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min(maxLineLength, 2L * length));
        }
        line[length++] = c;
    }

    private void checkSurrogates() {
        for (int i = 0, n = length; i < n; i++) {
            char c = line[i];
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(line[i + 1])) {
                    i++;
                } else {
                    throw new FeedReadException(lineStart, "not valid Unicode: an unpaired surrogate U+"
                            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT), null);
                }
            }
        }
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() {
        try {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
