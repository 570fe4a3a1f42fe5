package dev.agendum.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A postal address of a venue.
 *
 * @param street     street and number, if known
 * @param postalCode the postal code, if known
 * @param locality   the town or city
 * @param region     a province or state, if relevant
 * @param country    the ISO 3166-1 alpha-2 country code, e.g. {@code NL}
 */
public record PostalAddress(Optional<String> street, Optional<String> postalCode, String locality,
                            Optional<String> region, String country) {

    /**
     * Creates an address; {@code locality} and {@code country} must not be blank.
     *
     * @param street street and number, if known
     * @param postalCode the postal code, if known
     * @param locality the town or city
     * @param region a province or state, if relevant
     * @param country the ISO 3166-1 alpha-2 country code, e.g. {@code NL}
     */
    public PostalAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Checks.notBlank(locality, "locality");
        Objects.requireNonNull(region, "region");
        Checks.notBlank(country, "country");
    }

    /**
     * {@return a full address without region}
     *
     * @param street street and number
     * @param postalCode the postal code
     * @param locality the town or city
     * @param country the ISO 3166-1 alpha-2 country code, e.g. {@code NL}
     */
    public static PostalAddress of(String street, String postalCode, String locality, String country) {
        return new PostalAddress(Optional.of(street), Optional.of(postalCode), locality, Optional.empty(), country);
    }

    /**
     * {@return the address on one line: "Street 1, 1234 AB Town, NL"}
     */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        street.ifPresent(s -> line.append(s).append(", "));
        postalCode.ifPresent(p -> line.append(p).append(' '));
        line.append(locality);
        region.ifPresent(r -> line.append(", ").append(r));
        return line.append(", ").append(country).toString();
    }
}
