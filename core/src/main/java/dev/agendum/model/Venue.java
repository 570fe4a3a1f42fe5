package dev.agendum.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A physical place where an event happens.
 *
 * @param name    the venue's name
 * @param address its postal address, if known
 */
public record Venue(LocalizedText name, Optional<PostalAddress> address) {

    /**
     * Creates a venue.
     *
     * @param name the venue's name
     * @param address its postal address, if known
     */
    public Venue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }

    /**
     * {@return a venue with a name and address}
     *
     * @param name the venue's name
     * @param address its postal address
     */
    public static Venue of(LocalizedText name, PostalAddress address) {
        return new Venue(name, Optional.of(address));
    }
}
