package dev.agendum.json.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a document's bytes through while checking that they are well-formed UTF-8 (RFC 3629): Jackson decodes
 * overlong forms ({@code C0 AF} as {@code /}), encoded surrogates and code points beyond U+10FFFF without
 * complaint, so a document could smuggle a {@code /} or a NUL past every check of its text. Counts lines and
 * columns as it goes, so that a refusal says where.
 *
 * <p>A stream that starts like UTF-16 or UTF-32 (a byte-order mark, or a NUL among its first bytes, which JSON in
 * UTF-8 never has) is passed through unchecked, for Jackson to decode. Not thread-safe; one per read.
 */
public final class Utf8Check extends FilterInputStream {

    /** Malformed UTF-8, at a line and column (from 1, in characters). */
    static final class MalformedUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        MalformedUtf8(int line, int column, String what) {
            super(what);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private boolean decided;
    private boolean checking = true;
    private int line = 1;
    private int column;
    /** Continuation bytes still expected in the current character. */
    private int expected;
    /** The range the next continuation byte must fall in: narrower than 80–BF after E0, ED, F0 and F4. */
    private int low = 0x80;
    private int high = 0xBF;

    /** Checks the bytes of {@code in} as they pass. */
    public Utf8Check(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = in.read(buffer, offset, length);
        if (count < 0) {
            if (checking && expected > 0) {
                throw new MalformedUtf8(line, column,
                        "the document is not valid UTF-8: the document ends inside a UTF-8 character");
            }
            return count;
        }
        if (!decided) {
            decide(buffer, offset, count);
        }
        if (checking) {
            check(buffer, offset, count);
        }
        return count;
    }

    private void decide(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return;
        }
        decided = true;
        int first = buffer[offset] & 0xFF;
        boolean nul = false;
        for (int i = offset; i < offset + Math.min(count, 4); i++) {
            nul |= buffer[i] == 0;
        }
        checking = !(first == 0xFE || first == 0xFF || nul);
    }

    private void check(byte[] buffer, int offset, int count) throws MalformedUtf8 {
        for (int i = offset, end = offset + count; i < end; i++) {
            int b = buffer[i] & 0xFF;
            if (expected > 0) {
                if (b < low || b > high) {
                    throw malformed(b);
                }
                expected--;
                low = 0x80;
                high = 0xBF;
            } else if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            } else {
                column++;
                lead(b);
            }
        }
    }

    /** Sets what must follow lead byte {@code b}; refuses bytes that start no character of RFC 3629. */
    private void lead(int b) throws MalformedUtf8 {
        if (b >= 0xC2 && b <= 0xDF) {
            expected = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            expected = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;     // E0 80–9F would be overlong
            high = b == 0xED ? 0x9F : 0xBF;    // ED A0–BF would encode a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            expected = 3;
            low = b == 0xF0 ? 0x90 : 0x80;     // F0 80–8F would be overlong
            high = b == 0xF4 ? 0x8F : 0xBF;    // F4 90 and above would pass U+10FFFF
        } else {
            throw malformed(b);
        }
    }

    private MalformedUtf8 malformed(int b) {
        String what = b >= 0x80 && b <= 0xBF && expected == 0 ? "a continuation byte without its lead byte"
                : b == 0xC0 || b == 0xC1 ? "an overlong form" : b >= 0xF5 ? "a byte no UTF-8 character has"
                : expected > 0 ? "a broken, overlong, surrogate or out-of-range character" : "a byte no UTF-8 character has";
        return new MalformedUtf8(line, column, String.format("the document is not valid UTF-8: %s (byte %02X)", what, b));
    }
}
