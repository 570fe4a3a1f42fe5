package dev.agendum.json.format;

import static dev.agendum.json.format.Codecs.NON_BLANK;
import static dev.agendum.json.format.Codecs.STRING;
import static dev.agendum.json.format.Codecs.URI_REFERENCE;
import static dev.agendum.json.format.TextCodec.TEXT;

import dev.agendum.json.read.ReadLimits;
import dev.agendum.model.Affiliation;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;

/**
 * People, organisations and participations. A participation's {@link Role} is flattened into the participation, as
 * a programme item's kind is: {@code "role": "panellist"}, or {@code "role": "custom", "roleLabel": {…}}.
 */
public final class PeopleMapper {

    static final Shape<Organisation> ORGANISATION = Shape.of("organisation", Organisation.class)
            .required("name", Organisation::name, TEXT)
            .optional("abbreviation", Organisation::abbreviation, NON_BLANK)
            .optional("link", Organisation::link, URI_REFERENCE)
            .build();

    static final Shape<Person> PERSON = Shape.of("person", Person.class)
            .required("id", Person::id, NON_BLANK)
            .required("name", Person::name, NON_BLANK)
            .optional("honorific", Person::honorific, STRING)
            .optional("email", Person::email, STRING)
            .optional("phone", Person::phone, STRING)
            .optional("link", Person::link, URI_REFERENCE)
            .build();

    static final Shape<Affiliation> AFFILIATION = Shape.of("affiliation", Affiliation.class)
            .optional("position", Affiliation::position, TEXT)
            .optional("organisation", Affiliation::organisation, ORGANISATION)
            .rule("{\"minProperties\": 1}")
            .build();

    /** A role, flattened into its participation. */
    static final Shape<Role> ROLE = Shape.of("role", Role.class)
            .required("role", Role::type, Codecs.code(RoleType.class, "roleType")).fills("type")
            .optional("roleLabel", Role::customLabel, TEXT).fills("customLabel").note("exactly when the role is custom")
            .rule("{\"if\": {\"properties\": {\"role\": {\"const\": \"custom\"}}}, \"then\": {\"required\": [\"roleLabel\"]},"
                    + " \"else\": {\"not\": {\"required\": [\"roleLabel\"]}}}")
            .build();

    static final Shape<Participation> PARTICIPATION = Shape.of("participation", Participation.class)
            .description("A person in a role; the role is flattened: a custom role carries its roleLabel.")
            .required("personId", Participation::personId, NON_BLANK)
            .flatten("role", Participation::role, ROLE)
            .list("affiliations", Participation::affiliations,
                    Codecs.list(AFFILIATION, ReadLimits::maxListLength, "affiliations"))
            .build();

    private PeopleMapper() {
    }
}
