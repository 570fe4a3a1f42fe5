package dev.agendum.ical;

import dev.agendum.model.ConferenceFeature;
import dev.agendum.model.Event;
import dev.agendum.model.JoinLink;
import dev.agendum.model.OnlineLocation;
import dev.agendum.model.PostalAddress;
import dev.agendum.model.Venue;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where an event happens: LOCATION (RFC 5545 section 3.8.1.7) for people, CONFERENCE (RFC 7986 section 5.11) for
 * a known join link, and X-AGENDUM-VENUE and X-AGENDUM-ONLINE with the structured address, platform, join link
 * status and features, which iCalendar has no home for.
 */
final class LocationMapper {

    private LocationMapper() {
    }

    /**
     * Writes LOCATION ("Zaal 1, Lange Voorhout 1, 2514 EA Den Haag, NL; Online (Zoom)") and CONFERENCE; for a
     * programme item in a {@code room}, the room comes first ("Zaal 2, Zaal 1, Lange Voorhout 1, …").
     */
    static void write(ContentLineWriter lines, Event event, Optional<String> room, Locale language) {
        Optional<Venue> venue = event.venue();
        Optional<OnlineLocation> online = event.online();
        if (venue.isPresent() || online.isPresent() || room.isPresent()) {
            StringBuilder place = new StringBuilder();
            room.ifPresent(r -> place.append(r).append(venue.isPresent() ? ", " : ""));
            venue.ifPresent(v -> {
                place.append(v.name().get(language));
                v.address().ifPresent(a -> place.append(", ").append(a.oneLine()));
            });
            online.ifPresent(o -> {
                place.append(place.length() > 0 ? "; " : "").append(Words.ONLINE.label(language));
                o.platform().ifPresent(p -> place.append(" (").append(p).append(')'));
            });
            lines.start("LOCATION").param("LANGUAGE", language.toLanguageTag()).text(place.toString());
        }
        online.ifPresent(o -> conference(lines, o, language));
    }

    /** Returns the join link when it is published: "to follow" and "after registration" have none. */
    static Optional<java.net.URI> knownJoinLink(Event event) {
        return event.online().flatMap(OnlineLocation::joinLink).filter(j -> j.status() == JoinLink.Status.KNOWN)
                .flatMap(JoinLink::url);
    }

    /**
     * RFC 7986 section 5.11: the join link with its features as a multi-valued FEATURE parameter (ical4j would
     * quote the list as one value); "to follow" and "after registration" have no link, and DESCRIPTION says so.
     */
    private static void conference(ContentLineWriter lines, OnlineLocation online, Locale language) {
        online.joinLink().filter(j -> j.status() == JoinLink.Status.KNOWN).flatMap(JoinLink::url).ifPresent(url -> {
            ContentLineWriter line = lines.start("CONFERENCE").token("VALUE", "URI");
            if (!online.features().isEmpty()) {
                StringBuilder features = new StringBuilder();
                for (ConferenceFeature f : features(online)) {
                    features.append(features.length() > 0 ? "," : "").append(f.name());
                }
                line.token("FEATURE", features.toString());
            }
            line.portableParam("LABEL", online.platform().orElse(Words.ONLINE.label(language))).uri(url);
        });
    }

    /**
     * The features in {@link ConferenceFeature} order, found by {@code contains}: iterating the set would make its
     * tree map cache a key view, a young object inside an old event, which costs every later young collection a
     * card scan until it is promoted (see {@link PeopleMapper#equal}).
     */
    private static java.util.List<ConferenceFeature> features(OnlineLocation online) {
        if (online.features().isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<ConferenceFeature> features = new java.util.ArrayList<>(online.features().size());
        for (ConferenceFeature f : ConferenceFeature.values()) {
            if (online.features().contains(f)) {
                features.add(f);
            }
        }
        return features;
    }

    /** Writes X-AGENDUM-VENUE and X-AGENDUM-ONLINE. */
    static void carry(ContentLineWriter lines, Event event) {
        event.venue().ifPresent(venue -> {
            lines.start("X-AGENDUM-VENUE");
            Fields.text(lines, "name", venue.name());
            venue.address().ifPresent(a -> {
                Fields.optional(lines, "street", a.street());
                Fields.optional(lines, "postal-code", a.postalCode());
                lines.field("locality", a.locality());
                Fields.optional(lines, "region", a.region());
                lines.field("country", a.country());
            });
            lines.endFields();
        });
        event.online().ifPresent(online -> {
            lines.start("X-AGENDUM-ONLINE");
            Fields.optional(lines, "platform", online.platform());
            online.joinLink().ifPresent(j -> {
                lines.field("join", j.status().code());
                Fields.optional(lines, "url", j.url());
            });
            for (ConferenceFeature f : features(online)) {
                lines.field("feature", f.code());
            }
            lines.endFields();
        });
    }

    /** Reads X-AGENDUM-VENUE. */
    static Venue venue(Fields fields) {
        Optional<PostalAddress> address = fields.one("locality").map(locality -> new PostalAddress(
                fields.one("street"), fields.one("postal-code"), locality, fields.one("region"),
                fields.required("country")));
        return new Venue(fields.requiredText("name"), address);
    }

    /** Reads X-AGENDUM-ONLINE. */
    static OnlineLocation online(Fields fields) {
        Optional<JoinLink> join = fields.one("join").map(code -> new JoinLink(fields.code("join",
                JoinLink.Status.class), fields.uri("url")));
        TreeSet<ConferenceFeature> features = new TreeSet<>();
        for (String code : fields.all("feature")) {
            features.add(dev.agendum.model.Coded.fromCode(ConferenceFeature.class, code).orElseThrow(() ->
                    new IllegalArgumentException("unknown conference feature " + code)));
        }
        return new OnlineLocation(fields.one("platform"), join, features);
    }
}
