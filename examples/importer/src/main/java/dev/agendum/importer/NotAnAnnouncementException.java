package dev.agendum.importer;

/**
 * Thrown when a text gives no draft: it names no date, no title, or a date without a year that neither the text
 * nor the importer's configured year settles. The message says which, in English.
 */
public final class NotAnAnnouncementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the text gives no draft, in English, with the input's words quoted
     */
    public NotAnAnnouncementException(String message) {
        super(message);
    }
}
