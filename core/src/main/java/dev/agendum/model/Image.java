package dev.agendum.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An image shown with an event, with the description that makes it accessible.
 *
 * @param description what the image shows, for those who cannot see it
 * @param url         where the image is, if known
 */
public record Image(LocalizedText description, Optional<URI> url) {

    /** Creates an image. */
    public Image {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(url, "url");
    }

    /** Returns an image at a known address. */
    public static Image of(LocalizedText description, URI url) {
        return new Image(description, Optional.of(url));
    }

    /** Returns an image whose address the announcement does not give. */
    public static Image withoutAddress(LocalizedText description) {
        return new Image(description, Optional.empty());
    }
}
