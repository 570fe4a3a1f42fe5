package dev.agendum.json.format;

import static dev.agendum.json.format.Codecs.NON_BLANK;
import static dev.agendum.json.format.Codecs.STRING;
import static dev.agendum.json.format.Codecs.URI_REFERENCE;
import static dev.agendum.json.format.TextCodec.TEXT;

import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.JoinLink;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Venue;
import java.util.Set;

/** Venues with their postal addresses, and online locations with their join links and features. */
public final class PlaceMapper {

    static final Shape<PostalAddress> ADDRESS = Shape.of("address", PostalAddress.class)
            .optional("street", PostalAddress::street, STRING)
            .optional("postalCode", PostalAddress::postalCode, STRING)
            .required("locality", PostalAddress::locality, NON_BLANK)
            .optional("region", PostalAddress::region, STRING)
            .required("country", PostalAddress::country, NON_BLANK)
            .build();

    static final Shape<Venue> VENUE = Shape.of("venue", Venue.class)
            .required("name", Venue::name, TEXT)
            .optional("address", Venue::address, ADDRESS)
            .build();

    static final Shape<JoinLink> JOIN_LINK = Shape.of("joinLink", JoinLink.class)
            .required("status", JoinLink::status, Codecs.code(JoinLink.Status.class, "joinLinkStatus"))
            .optional("url", JoinLink::url, URI_REFERENCE).note("exactly when the status is known")
            .rule("{\"if\": {\"properties\": {\"status\": {\"const\": \"known\"}}}, \"then\": {\"required\": [\"url\"]},"
                    + " \"else\": {\"not\": {\"required\": [\"url\"]}}}")
            .build();

    static final Shape<OnlineLocation> ONLINE = Shape.of("online", OnlineLocation.class)
            .optional("platform", OnlineLocation::platform, NON_BLANK)
            .optional("joinLink", OnlineLocation::joinLink, JOIN_LINK)
            .defaulted("features", OnlineLocation::features,
                    Codecs.codeSet(ConferenceFeature.class, "conferenceFeature", "feature"), Set.of())
            .note("a set, written in declaration order")
            .build();

    private PlaceMapper() {
    }
}
