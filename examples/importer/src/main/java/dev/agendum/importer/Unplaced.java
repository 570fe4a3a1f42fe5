package dev.agendum.importer;

import java.util.Objects;

/**
 * Something the announcement mentions that the draft cannot place: a link without a target ("Klik hier"), a link
 * still to come ("link volgt"), an image described in words.
 *
 * @param source where the text mentions it
 * @param reason why it could not be placed, in English
 */
public record Unplaced(Source source, String reason) {

    /**
     * Creates an entry; no part may be null.
     *
     * @param source where the text mentions it
     * @param reason why it could not be placed, in English
     */
    public Unplaced {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
