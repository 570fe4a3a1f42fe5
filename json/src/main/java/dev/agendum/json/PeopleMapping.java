package dev.agendum.json;

import dev.agendum.model.Affiliation;
import dev.agendum.model.LocalizedText;
import dev.agendum.model.Organisation;
import dev.agendum.model.Participation;
import dev.agendum.model.Person;
import dev.agendum.model.Role;
import dev.agendum.model.RoleType;
import tools.jackson.core.JsonGenerator;

/**
 * People, organisations and participations. A participation's {@link Role} is flattened into the participation, as
 * a programme item's kind is: {@code "role": "panellist"}, or {@code "role": "custom", "roleLabel": {…}}.
 */
final class PeopleMapping {

    static final ObjectSpec<Organisation> ORGANISATION = ObjectSpec.of(v -> new Organisation(v.get("name"),
                    v.optional("abbreviation"), v.optional("link")))
            .required("name", Texts::read)
            .optional("abbreviation", Scalars::text)
            .optional("link", Scalars::uri);

    static final ObjectSpec<Person> PERSON = ObjectSpec.of(v -> new Person(v.get("id"), v.get("name"),
                    v.optional("honorific"), v.optional("email"), v.optional("phone"), v.optional("link")))
            .required("id", Scalars::text)
            .required("name", Scalars::text)
            .optional("honorific", JsonInput::string)
            .optional("email", JsonInput::string)
            .optional("phone", JsonInput::string)
            .optional("link", Scalars::uri);

    static final ObjectSpec<Affiliation> AFFILIATION = ObjectSpec.of(v -> new Affiliation(v.optional("position"),
                    v.optional("organisation")))
            .optional("position", Texts::read)
            .optional("organisation", ORGANISATION);

    static final ObjectSpec<Participation> PARTICIPATION = ObjectSpec.of(v -> new Participation(v.get("personId"),
                    new Role(v.get("role"), v.<LocalizedText>optional("roleLabel")), v.list("affiliations")))
            .required("personId", Scalars::text)
            .required("role", Scalars.code(RoleType.class))
            .optional("roleLabel", Texts::read)
            .optional("affiliations", in -> in.list(AFFILIATION, in.limits().maxListLength(), "affiliations"));

    private PeopleMapping() {
    }

    static void writeOrganisation(JsonGenerator out, Organisation organisation) {
        out.writeStartObject();
        Out.text(out, "name", organisation.name());
        Out.optional(out, "abbreviation", organisation.abbreviation(), Out.STRING);
        Out.optional(out, "link", organisation.link(), Out.URI_TEXT);
        out.writeEndObject();
    }

    static void writePerson(JsonGenerator out, Person person) {
        out.writeStartObject();
        Out.string(out, "id", person.id());
        Out.string(out, "name", person.name());
        Out.optional(out, "honorific", person.honorific(), Out.STRING);
        Out.optional(out, "email", person.email(), Out.STRING);
        Out.optional(out, "phone", person.phone(), Out.STRING);
        Out.optional(out, "link", person.link(), Out.URI_TEXT);
        out.writeEndObject();
    }

    static void writeAffiliation(JsonGenerator out, Affiliation affiliation) {
        out.writeStartObject();
        Out.optional(out, "position", affiliation.position(), Out.TEXT);
        Out.optional(out, "organisation", affiliation.organisation(), PeopleMapping::writeOrganisation);
        out.writeEndObject();
    }

    static void writeParticipation(JsonGenerator out, Participation participation) {
        out.writeStartObject();
        Out.string(out, "personId", participation.personId());
        Out.code(out, "role", participation.role().type());
        Out.optional(out, "roleLabel", participation.role().customLabel(), Out.TEXT);
        Out.list(out, "affiliations", participation.affiliations(), PeopleMapping::writeAffiliation);
        out.writeEndObject();
    }
}
