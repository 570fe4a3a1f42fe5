package dev.agendum.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The link people use to join an online event: known, still "to follow" ("link volgt"), or sent to those who
 * register.
 *
 * @param status what is known of the link
 * @param url    the link; present exactly when {@code status} is {@link Status#KNOWN}
 */
public record JoinLink(Status status, Optional<URI> url) {

    /** What is known of a join link. */
    public enum Status implements Coded {
        /** The link is published. */
        KNOWN,
        /** The link will be published later ("link volgt"). */
        TO_FOLLOW,
        /** The link is sent to registered attendees only. */
        AFTER_REGISTRATION
    }

    /**
     * Creates a join link.
     *
     * @param status what is known of the link
     * @param url the link; present exactly when {@code status} is {@link Status#KNOWN}
     * @throws IllegalArgumentException when a known link lacks its URL or another status has one
     */
    public JoinLink {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(url, "url");
        if ((status == Status.KNOWN) != url.isPresent()) {
            throw new IllegalArgumentException("a known join link, and only that, has a URL");
        }
    }

    /**
     * {@return a published join link}
     *
     * @param url the link; present exactly when {@code status} is {@link Status#KNOWN}
     */
    public static JoinLink known(URI url) {
        return new JoinLink(Status.KNOWN, Optional.of(url));
    }

    /**
     * {@return a join link that is still to follow}
     */
    public static JoinLink toFollow() {
        return new JoinLink(Status.TO_FOLLOW, Optional.empty());
    }

    /**
     * {@return a join link that registered attendees receive}
     */
    public static JoinLink afterRegistration() {
        return new JoinLink(Status.AFTER_REGISTRATION, Optional.empty());
    }
}
