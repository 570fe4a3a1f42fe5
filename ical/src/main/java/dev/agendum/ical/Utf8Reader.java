package dev.agendum.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * Decodes a feed's UTF-8 bytes strictly, for {@link ContentLineScanner}: a byte sequence that is not UTF-8 (an
 * overlong form, a surrogate, a stray continuation byte, a truncated character) throws {@link FeedReadException}
 * with its line, never a replacement character. A fold that a writer put inside a multi-byte character (folding at
 * 75 octets without regard to characters, which RFC 5545 section 3.1 forbids but clients do) is restored here: the
 * character is decoded whole and the fold handed on after it, where the scanner removes it as any other fold and
 * counts its line, so that lines stay the file's. A leading byte-order mark is skipped.
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final byte[] bytes = new byte[16 * 1024];
    private int position;
    private int limit;
    private int line = 1;
    /** Characters decoded but not yet handed on: a low surrogate, a fold moved after its character. */
    private final char[] pending = new char[8];
    private int pendingCount;
    private int pendingFrom;
    private boolean started;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int n = 0;
        while (n < length) {
            if (pendingFrom < pendingCount) {
                target[offset + n++] = pending[pendingFrom++];
                continue;
            }
            pendingFrom = 0;
            pendingCount = 0;
            int b = next();
            if (b < 0) {
                break;
            }
            if (b < 0x80) {
                countLine(b);
                target[offset + n++] = (char) b;
                continue;
            }
            int codePoint = decode(b);
            if (codePoint >= 0x10000) {
                target[offset + n++] = Character.highSurrogate(codePoint);
                System.arraycopy(pending, 0, pending, 1, pendingCount);
                pending[0] = Character.lowSurrogate(codePoint);
                pendingCount++;
            } else {
                target[offset + n++] = (char) codePoint;
            }
        }
        return n == 0 && length > 0 ? -1 : n;
    }

    private void countLine(int b) throws IOException {
        if (b == '\n' || b == '\r' && peek() != '\n') {
            line++;
        }
    }

    private int decode(int first) throws IOException {
        int extra;
        int codePoint;
        int min;
        if (first >= 0xC2 && first <= 0xDF) {
            extra = 1;
            codePoint = first & 0x1F;
            min = 0x80;
        } else if (first >= 0xE0 && first <= 0xEF) {
            extra = 2;
            codePoint = first & 0x0F;
            min = 0x800;
        } else if (first >= 0xF0 && first <= 0xF4) {
            extra = 3;
            codePoint = first & 0x07;
            min = 0x10000;
        } else {
            throw invalid(first);
        }
        for (int i = 0; i < extra; i++) {
            int b = continuation();
            codePoint = codePoint << 6 | b & 0x3F;
        }
        if (codePoint < min || codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            throw invalid(first);
        }
        return codePoint;
    }

    /** The next byte of a character, after any fold that interrupts it. */
    private int continuation() throws IOException {
        int b = next();
        if (b == '\r' || b == '\n') {
            if (b == '\r' && peek() == '\n') {
                next();
            }
            int space = next();
            if (space != ' ' && space != '\t') {
                throw new FeedReadException(line, "not valid UTF-8: a character is cut off by a line break", null);
            }
            if (pendingCount + 3 > pending.length - 1) {
                throw new FeedReadException(line, "not valid UTF-8: a character is cut off by several folds", null);
            }
            pending[pendingCount++] = '\n';
            pending[pendingCount++] = (char) space;
            line++;
            b = next();
        }
        if (b < 0) {
            throw new FeedReadException(line, "not valid UTF-8: the feed ends inside a character", null);
        }
        if ((b & 0xC0) != 0x80) {
            throw invalid(b);
        }
        return b;
    }

    private FeedReadException invalid(int b) {
        return new FeedReadException(line, "not valid UTF-8: unexpected byte 0x"
                + Integer.toHexString(b).toUpperCase(Locale.ROOT), null);
    }

    private int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return bytes[position++] & 0xFF;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return bytes[position] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(bytes, 0, bytes.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        if (!started) {
            started = true;
            if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                position = 3;
                return position < limit || fill();
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
