package dev.agendum.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation: an organiser of an event, or the body a person is affiliated with.
 *
 * @param name         the organisation's name, e.g. "Planbureau voor de Leefomgeving"
 * @param abbreviation the short form it is known by, e.g. "PBL", if any
 * @param link         its web site, if known
 */
public record Organisation(LocalizedText name, Optional<String> abbreviation, Optional<URI> link) {

    /**
     * Creates an organisation; {@code abbreviation}, when present, must not be blank.
     *
     * @param name the organisation's name, e.g. "Planbureau voor de Leefomgeving"
     * @param abbreviation the short form it is known by, e.g. "PBL", if any
     * @param link its web site, if known
     */
    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        Objects.requireNonNull(link, "link");
        abbreviation.ifPresent(a -> Checks.notBlank(a, "abbreviation"));
    }

    /**
     * {@return an organisation known only by its name}
     *
     * @param name the organisation's name, e.g. "Planbureau voor de Leefomgeving"
     */
    public static Organisation of(LocalizedText name) {
        return new Organisation(name, Optional.empty(), Optional.empty());
    }

    /**
     * {@return an organisation with a name and the abbreviation it is known by}
     *
     * @param name the organisation's name, e.g. "Planbureau voor de Leefomgeving"
     * @param abbreviation the short form it is known by, e.g. "PBL"
     */
    public static Organisation of(LocalizedText name, String abbreviation) {
        return new Organisation(name, Optional.of(abbreviation), Optional.empty());
    }

    /**
     * {@return a copy with {@code link} as its web site}
     *
     * @param link the organisation's web site
     */
    public Organisation withLink(URI link) {
        return new Organisation(name, abbreviation, Optional.of(link));
    }

    /**
     * {@return the abbreviation if there is one, else the name in {@code language}: what a short listing shows}
     *
     * @param language the language of the name
     */
    public String shortName(java.util.Locale language) {
        return abbreviation.orElseGet(() -> name.get(language));
    }
}
