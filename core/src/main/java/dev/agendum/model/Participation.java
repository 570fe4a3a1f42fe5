package dev.agendum.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A person in a role, on an event or on one programme item, with the affiliations they hold there.
 *
 * <p>Participations are listed in the order the announcement gives them; that order is kept by every format. One
 * person can have several participations (chair of the association on the opening, panellist on the panel), each
 * with its own affiliations ("Adj-directeur NSOB" and "Hoogleraar EUR").
 *
 * @param personId     the {@link Person#id()} of a person listed on the event
 * @param role         the role played
 * @param affiliations the affiliations announced with this participation, in order; empty when none were given
 */
public record Participation(String personId, Role role, List<Affiliation> affiliations) {

    /**
     * Creates a participation; {@code personId} must not be blank.
     *
     * @param personId the {@link Person#id()} of a person listed on the event
     * @param role the role played
     * @param affiliations the affiliations announced with this participation, in order; empty when none were given
     */
    public Participation {
        Checks.notBlank(personId, "personId");
        Objects.requireNonNull(role, "role");
        affiliations = Checks.copy(affiliations, "affiliations");
    }

    /**
     * {@return a participation in a predefined role, with the given affiliations}
     *
     * @param personId the {@link Person#id()} of a person listed on the event
     * @param role the role played
     * @param affiliations the affiliations announced with this participation, in order; empty when none were given
     */
    public static Participation of(String personId, RoleType role, Affiliation... affiliations) {
        return new Participation(personId, Role.of(role), Arrays.asList(affiliations));
    }

    /**
     * {@return a participation in any role, with the given affiliations}
     *
     * @param personId the {@link Person#id()} of a person listed on the event
     * @param role the role played
     * @param affiliations the affiliations announced with this participation, in order; empty when none were given
     */
    public static Participation of(String personId, Role role, Affiliation... affiliations) {
        return new Participation(personId, role, Arrays.asList(affiliations));
    }

    /**
     * {@return whether this participation is in a role of {@code type}}
     *
     * @param type the role type asked about
     */
    public boolean hasRole(RoleType type) {
        return role.type() == type;
    }
}
