package dev.agendum.json;

import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.JoinLink;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Venue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/** Venues with their postal addresses, and online locations with their join links and features. */
final class PlaceMapping {

    static final ObjectSpec<PostalAddress> ADDRESS = ObjectSpec.of(v -> new PostalAddress(v.optional("street"),
                    v.optional("postalCode"), v.get("locality"), v.optional("region"), v.get("country")))
            .optional("street", JsonInput::string)
            .optional("postalCode", JsonInput::string)
            .required("locality", Scalars::text)
            .optional("region", JsonInput::string)
            .required("country", Scalars::text);

    static final ObjectSpec<Venue> VENUE = ObjectSpec.of(v -> new Venue(v.get("name"), v.optional("address")))
            .required("name", Texts::read)
            .optional("address", ADDRESS);

    static final ObjectSpec<JoinLink> JOIN_LINK = ObjectSpec.of(v -> new JoinLink(v.get("status"), v.optional("url")))
            .required("status", Scalars.code(JoinLink.Status.class))
            .optional("url", Scalars::uri);

    static final ObjectSpec<OnlineLocation> ONLINE = ObjectSpec.of(v -> new OnlineLocation(v.optional("platform"),
                    v.optional("joinLink"), features(v.list("features"))))
            .optional("platform", Scalars::text)
            .optional("joinLink", JOIN_LINK)
            .optional("features", PlaceMapping::readFeatures);

    private PlaceMapping() {
    }

    static void writeAddress(JsonGenerator out, PostalAddress address) {
        out.writeStartObject();
        Out.optional(out, "street", address.street(), Out.STRING);
        Out.optional(out, "postalCode", address.postalCode(), Out.STRING);
        Out.string(out, "locality", address.locality());
        Out.optional(out, "region", address.region(), Out.STRING);
        Out.string(out, "country", address.country());
        out.writeEndObject();
    }

    static void writeVenue(JsonGenerator out, Venue venue) {
        out.writeStartObject();
        Out.text(out, "name", venue.name());
        Out.optional(out, "address", venue.address(), PlaceMapping::writeAddress);
        out.writeEndObject();
    }

    static void writeJoinLink(JsonGenerator out, JoinLink link) {
        out.writeStartObject();
        Out.code(out, "status", link.status());
        Out.optional(out, "url", link.url(), Out.URI_TEXT);
        out.writeEndObject();
    }

    static void writeOnline(JsonGenerator out, OnlineLocation online) {
        out.writeStartObject();
        Out.optional(out, "platform", online.platform(), Out.STRING);
        Out.optional(out, "joinLink", online.joinLink(), PlaceMapping::writeJoinLink);
        Out.list(out, "features", List.copyOf(online.features()), Out.CODE);
        out.writeEndObject();
    }

    /** Features are a set written in declaration order; a repeated one is refused rather than silently merged. */
    private static List<ConferenceFeature> readFeatures(JsonInput in) {
        Set<ConferenceFeature> seen = EnumSet.noneOf(ConferenceFeature.class);
        ValueReader<ConferenceFeature> code = Scalars.code(ConferenceFeature.class);
        return in.list(reader -> {
            ConferenceFeature feature = code.read(reader);
            if (!seen.add(feature)) {
                throw reader.problem("duplicate feature '" + feature.code() + "'");
            }
            return feature;
        }, in.limits().maxListLength(), "features");
    }

    private static Set<ConferenceFeature> features(List<ConferenceFeature> list) {
        return list.isEmpty() ? Set.of() : EnumSet.copyOf(list);
    }
}
