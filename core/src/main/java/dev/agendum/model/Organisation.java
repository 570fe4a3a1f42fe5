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

    /** Creates an organisation; {@code abbreviation}, when present, must not be blank. */
    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        Objects.requireNonNull(link, "link");
        abbreviation.ifPresent(a -> Checks.notBlank(a, "abbreviation"));
    }

    /** Returns an organisation known only by its name. */
    public static Organisation of(LocalizedText name) {
        return new Organisation(name, Optional.empty(), Optional.empty());
    }

    /** Returns an organisation with a name and the abbreviation it is known by. */
    public static Organisation of(LocalizedText name, String abbreviation) {
        return new Organisation(name, Optional.of(abbreviation), Optional.empty());
    }

    /** Returns a copy with {@code link} as its web site. */
    public Organisation withLink(URI link) {
        return new Organisation(name, abbreviation, Optional.of(link));
    }

    /** Returns the abbreviation if there is one, else the name in {@code language}: what a short listing shows. */
    public String shortName(java.util.Locale language) {
        return abbreviation.orElseGet(() -> name.get(language));
    }
}
