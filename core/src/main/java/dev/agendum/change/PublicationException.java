package dev.agendum.change;

import java.util.Objects;

/**
 * A new version that cannot be published over the published one: its revision went down, it is published before
 * the published revision, or an id now names something of another kind. Says which event, where (a property path
 * in the new version, such as {@code revision.number}) and what is wrong.
 */
public final class PublicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The id of the event that cannot be published. */
    private final String eventId;
    /** The property path of what is wrong, in the new version. */
    private final String path;
    /** What is wrong, in English. */
    private final String problem;

    /**
     * Creates the exception for event {@code eventId}, at property path {@code path}.
     *
     * @param eventId the id of the event that cannot be published
     * @param path    the property path of what is wrong ({@code revision.number})
     * @param problem what is wrong, in English
     */
    public PublicationException(String eventId, String path, String problem) {
        super("event '" + Objects.requireNonNull(eventId, "eventId") + "', " + Objects.requireNonNull(path, "path")
                + ": " + Objects.requireNonNull(problem, "problem"));
        this.eventId = eventId;
        this.path = path;
        this.problem = problem;
    }

    /**
     * {@return the id of the event that cannot be published}
     */
    public String eventId() {
        return eventId;
    }

    /**
     * {@return the property path in the new version ({@code revision.number}, {@code programme.items[2].kind})}
     */
    public String path() {
        return path;
    }

    /**
     * {@return what is wrong, without the event and path}
     */
    public String problem() {
        return problem;
    }
}
