package dev.agendum.model;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A link an announcement gives: the event's information page, a related interview, a recording.
 *
 * <p>Announcements copied from a web page often keep a link's words but lose its address ("Eerder spraken we twee
 * van de onderzoekers"): such a link has a title and no {@link #url()}, so the fact that it exists is not lost.
 *
 * @param relation what the link is to the event
 * @param title    the link's words
 * @param url      the address, if known
 */
public record Link(Relation relation, LocalizedText title, Optional<URI> url) {

    /** What a link is to the event. */
    public enum Relation implements Coded, Labelled {
        /** The event's own public page. */
        INFORMATION,
        /** Related reading, viewing or listening. */
        RELATED,
        /** A publication the event is about. */
        PUBLICATION,
        /** A recording of the event. */
        RECORDING;

        private static final Labels<Relation> LABELS = Labels.of(Relation.class, "Link.Relation", ModelBundle::in);

        @Override
        public String label(Locale language) {
            return LABELS.label(this, language);
        }
    }

    /**
     * Creates a link.
     *
     * @param relation what the link is to the event
     * @param title the link's words
     * @param url the address, if known
     */
    public Link {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    /**
     * {@return a link with a known address}
     *
     * @param relation what the link is to the event
     * @param title the link's words
     * @param url the address
     */
    public static Link of(Relation relation, LocalizedText title, URI url) {
        return new Link(relation, title, Optional.of(url));
    }

    /**
     * {@return a link whose address the announcement does not give}
     *
     * @param relation what the link is to the event
     * @param title the link's words
     */
    public static Link withoutAddress(Relation relation, LocalizedText title) {
        return new Link(relation, title, Optional.empty());
    }
}
