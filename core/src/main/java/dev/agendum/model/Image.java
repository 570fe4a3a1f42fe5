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

    /**
     * Creates an image.
     *
     * @param description what the image shows, for those who cannot see it
     * @param url where the image is, if known
     */
    public Image {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(url, "url");
    }

    /**
     * {@return an image at a known address}
     *
     * @param description what the image shows, for those who cannot see it
     * @param url where the image is
     */
    public static Image of(LocalizedText description, URI url) {
        return new Image(description, Optional.of(url));
    }

    /**
     * {@return an image whose address the announcement does not give}
     *
     * @param description what the image shows, for those who cannot see it
     */
    public static Image withoutAddress(LocalizedText description) {
        return new Image(description, Optional.empty());
    }
}
