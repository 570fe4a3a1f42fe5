package dev.agendum.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an event happens online.
 *
 * <p>The join link is kept apart from the public event page: formats that publish to the whole web (schema.org)
 * never show a join link, while a calendar feed for attendees does.
 *
 * @param platform the meeting platform's name ("Zoom", "Teams"), if announced
 * @param joinLink the join link or what is known of it; empty when the announcement says nothing about it
 * @param features what the meeting offers (chat, camera…), in {@link ConferenceFeature} order
 */
public record OnlineLocation(Optional<String> platform, Optional<JoinLink> joinLink, Set<ConferenceFeature> features) {

    /**
     * Creates an online location.
     *
     * @param platform the meeting platform's name ("Zoom", "Teams"), if announced
     * @param joinLink the join link or what is known of it; empty when the announcement says nothing about it
     * @param features what the meeting offers (chat, camera…), in {@link ConferenceFeature} order
     */
    public OnlineLocation {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(joinLink, "joinLink");
        Objects.requireNonNull(features, "features");
        platform.ifPresent(p -> Checks.notBlank(p, "platform"));
        features = java.util.Collections.unmodifiableSet(new TreeSet<>(features));
    }

    /**
     * {@return an online location with a join link and features, on an unnamed platform}
     *
     * @param joinLink the join link or what is known of it; empty when the announcement says nothing about it
     * @param features what the meeting offers (chat, camera…), in {@link ConferenceFeature} order
     */
    public static OnlineLocation of(JoinLink joinLink, ConferenceFeature... features) {
        return new OnlineLocation(Optional.empty(), Optional.of(joinLink), Set.of(features));
    }

    /**
     * {@return an online location about whose join link nothing was announced}
     *
     * @param features what the meeting offers (chat, camera…), in {@link ConferenceFeature} order
     */
    public static OnlineLocation unannounced(ConferenceFeature... features) {
        return new OnlineLocation(Optional.empty(), Optional.empty(), Set.of(features));
    }
}
