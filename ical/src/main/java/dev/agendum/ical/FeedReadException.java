package dev.agendum.ical;

/**
 * A feed that cannot be read: malformed iCalendar, or beyond one of the {@link FeedReader}'s limits. The message
 * says what is wrong and {@link #line()} where; the parser's own exception, if any, is kept as the cause.
 */
public final class FeedReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The line (from 1) of the feed where reading failed, or 0 when it concerns the whole feed. */
    private final int line;

    FeedReadException(int line, String message, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + message : message, cause);
        this.line = line;
    }

    /**
     * Returns the line (from 1) of the feed where reading failed, or 0 when it concerns the whole feed.
     *
     * @return the line of the feed where reading failed, from 1, or 0 for the whole feed
     */
    public int line() {
        return line;
    }
}
