package dev.agendum.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The capacity in which a person takes part: a position, at an organisation, or both
 * ("gemeentesecretaris, Gemeente Nijmegen"; "NSOB"; "Programmamanager IBP Vitaal Platteland").
 *
 * <p>An affiliation belongs to a {@link Participation}, not to a {@link Person}: the same person may be announced with
 * a different affiliation on another event or item.
 *
 * @param position     the person's position or function, if announced
 * @param organisation the organisation, if announced
 */
public record Affiliation(Optional<LocalizedText> position, Optional<Organisation> organisation) {

    /**
     * Creates an affiliation.
     *
     * @param position the person's position or function, if announced
     * @param organisation the organisation, if announced
     * @throws IllegalArgumentException when neither a position nor an organisation is given
     */
    public Affiliation {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(organisation, "organisation");
        if (position.isEmpty() && organisation.isEmpty()) {
            throw new IllegalArgumentException("an affiliation needs a position, an organisation or both");
        }
    }

    /**
     * {@return an affiliation to an organisation without a stated position}
     *
     * @param organisation the organisation
     */
    public static Affiliation at(Organisation organisation) {
        return new Affiliation(Optional.empty(), Optional.of(organisation));
    }

    /**
     * {@return a position held at an organisation}
     *
     * @param position the person's position or function
     * @param organisation the organisation
     */
    public static Affiliation of(LocalizedText position, Organisation organisation) {
        return new Affiliation(Optional.of(position), Optional.of(organisation));
    }

    /**
     * {@return a position announced without an organisation}
     *
     * @param position the person's position or function
     */
    public static Affiliation position(LocalizedText position) {
        return new Affiliation(Optional.of(position), Optional.empty());
    }

    /**
     * {@return the affiliation as one readable phrase in {@code language}, e.g. "gemeentesecretaris, Nijmegen"}
     *
     * @param language the language to describe it in
     */
    public String describe(Locale language) {
        String org = organisation.map(o -> o.shortName(language)).orElse("");
        return position.map(p -> org.isEmpty() ? p.get(language) : p.get(language) + ", " + org).orElse(org);
    }
}
