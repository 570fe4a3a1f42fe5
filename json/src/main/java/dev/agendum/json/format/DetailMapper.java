package dev.agendum.json.format;

import static dev.agendum.json.format.Codecs.NON_BLANK;
import static dev.agendum.json.format.Codecs.STRING;
import static dev.agendum.json.format.Codecs.URI_REFERENCE;
import static dev.agendum.json.format.TextCodec.TEXT;

import dev.agendum.model.Contact;
import dev.agendum.model.Image;
import dev.agendum.model.Link;
import dev.agendum.model.Revision;

/** The smaller parts of an event: contacts, links, the image and the revision. */
public final class DetailMapper {

    static final Shape<Contact> CONTACT = Shape.of("contact", Contact.class)
            .description("A listed person (personId) or a desk (name, email and/or phone), never both.")
            .required("role", Contact::role, Codecs.code(Contact.Role.class, "contactRole"))
            .optional("personId", Contact::personId, NON_BLANK)
            .optional("name", Contact::name, TEXT)
            .optional("email", Contact::email, STRING)
            .optional("phone", Contact::phone, STRING)
            .rule("{\"oneOf\": [{\"required\": [\"personId\"], \"not\": {\"anyOf\": [{\"required\": [\"name\"]}, "
                    + "{\"required\": [\"email\"]}, {\"required\": [\"phone\"]}]}}, {\"not\": {\"required\": "
                    + "[\"personId\"]}, \"anyOf\": [{\"required\": [\"name\"]}, {\"required\": [\"email\"]}, "
                    + "{\"required\": [\"phone\"]}]}]}")
            .build();

    static final Shape<Link> LINK = Shape.of("link", Link.class)
            .required("relation", Link::relation, Codecs.code(Link.Relation.class, "linkRelation"))
            .required("title", Link::title, TEXT)
            .optional("url", Link::url, URI_REFERENCE)
            .build();

    static final Shape<Image> IMAGE = Shape.of("image", Image.class)
            .required("description", Image::description, TEXT)
            .optional("url", Image::url, URI_REFERENCE)
            .build();

    static final Shape<Revision> REVISION = Shape.of("revision", Revision.class)
            .required("number", Revision::number, Codecs.integer(0))
            .required("published", Revision::published, TimeCodecs.INSTANT)
            .build();

    private DetailMapper() {
    }
}
