package dev.agendum.json;

import dev.agendum.model.Contact;
import dev.agendum.model.Image;
import dev.agendum.model.Link;
import dev.agendum.model.Revision;
import tools.jackson.core.JsonGenerator;

/** The smaller parts of an event: contacts, links, the image and the revision. */
final class DetailMapping {

    static final ObjectSpec<Contact> CONTACT = ObjectSpec.of(v -> new Contact(v.get("role"), v.optional("personId"),
                    v.optional("name"), v.optional("email"), v.optional("phone")))
            .required("role", Scalars.code(Contact.Role.class))
            .optional("personId", Scalars::text)
            .optional("name", Texts::read)
            .optional("email", JsonInput::string)
            .optional("phone", JsonInput::string);

    static final ObjectSpec<Link> LINK = ObjectSpec.of(v -> new Link(v.get("relation"), v.get("title"),
                    v.optional("url")))
            .required("relation", Scalars.code(Link.Relation.class))
            .required("title", Texts::read)
            .optional("url", Scalars::uri);

    static final ObjectSpec<Image> IMAGE = ObjectSpec.of(v -> new Image(v.get("description"), v.optional("url")))
            .required("description", Texts::read)
            .optional("url", Scalars::uri);

    static final ObjectSpec<Revision> REVISION = ObjectSpec.of(v -> new Revision(v.get("number"), v.get("published")))
            .required("number", in -> in.integer(0))
            .required("published", Scalars::instant);

    private DetailMapping() {
    }

    static void writeContact(JsonGenerator out, Contact contact) {
        out.writeStartObject();
        Out.code(out, "role", contact.role());
        Out.optional(out, "personId", contact.personId(), Out.STRING);
        Out.optional(out, "name", contact.name(), Out.TEXT);
        Out.optional(out, "email", contact.email(), Out.STRING);
        Out.optional(out, "phone", contact.phone(), Out.STRING);
        out.writeEndObject();
    }

    static void writeLink(JsonGenerator out, Link link) {
        out.writeStartObject();
        Out.code(out, "relation", link.relation());
        Out.text(out, "title", link.title());
        Out.optional(out, "url", link.url(), Out.URI_TEXT);
        out.writeEndObject();
    }

    static void writeImage(JsonGenerator out, Image image) {
        out.writeStartObject();
        Out.text(out, "description", image.description());
        Out.optional(out, "url", image.url(), Out.URI_TEXT);
        out.writeEndObject();
    }

    static void writeRevision(JsonGenerator out, Revision revision) {
        out.writeStartObject();
        out.writeNumberProperty("number", revision.number());
        Out.string(out, "published", revision.published().toString());
        out.writeEndObject();
    }
}
