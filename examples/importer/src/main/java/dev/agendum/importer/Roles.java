package dev.agendum.importer;

import dev.agendum.model.RoleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roles people hold on the event as a whole, from the role words written beside them ("(moderator)",
 * "auteurs", "woordvoerder"), and what a later mention without a role word carries over.
 */
final class Roles {

    private final List<Found.Participation> eventLevel = new ArrayList<>();
    private final Map<String, Found.Participation> explicit = new LinkedHashMap<>();

    /** Adds an event-level participation unless the person already holds that role on the event. */
    void add(Found.Participation participation) {
        for (Found.Participation known : eventLevel) {
            if (known.personId().equals(participation.personId()) && known.role() == participation.role()) {
                return;
            }
        }
        eventLevel.add(participation);
        if (participation.role() == RoleType.MODERATOR || participation.role() == RoleType.CHAIR
                || participation.role() == RoleType.HOST) {
            explicit.putIfAbsent(participation.personId(), participation);
        }
    }

    /**
     * Gives the person the role the text states for them in so many words ("X leidt als dagvoorzitter …"): it takes
     * the place of the event-level roles they held, whose affiliations it keeps.
     */
    void restate(String personId, Found.Participation stated) {
        List<Found.Affiliation> held = eventLevel.stream().filter(p -> p.personId().equals(personId))
                .flatMap(p -> p.affiliations().stream()).distinct().toList();
        eventLevel.removeIf(p -> p.personId().equals(personId));
        explicit.remove(personId);
        add(new Found.Participation(personId, stated.role(), stated.roleBasis(), held));
    }

    /** Returns the leading role (moderator, chair, host) the person was given a word for, if any. */
    Optional<Found.Participation> leading(String personId) {
        return Optional.ofNullable(explicit.get(personId));
    }

    List<Found.Participation> eventLevel() {
        return List.copyOf(eventLevel);
    }
}
