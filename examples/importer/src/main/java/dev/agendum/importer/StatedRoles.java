package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A programme item's speaker read from a cue alone ("20.00 Welkom door Ine De Smedt", "Intermezzo met Wout Verbeke")
 * is that person in the role the text states for them on the event ("Presentatrice van dienst is Ine De Smedt",
 * "gitarist Wout Verbeke"): the cue only says who is on, the role word says as what. A chair's or a moderator's
 * welcome stays a talk of their own.
 */
final class StatedRoles {

    /**
     * The roles whose holder speaks in an item of their own: the chair who gives the welcome ("14:00 Welcome by our
     * director, X", "Chair: X" of a later panel) is that item's speaker, a host or a performer on stage is not.
     */
    private static final Set<RoleType> SPEAKS = EnumSet.of(RoleType.SPEAKER, RoleType.CHAIR, RoleType.MODERATOR,
            RoleType.PANEL_LEADER);

    private StatedRoles() {
    }

    /** Gives the items' cue-inferred speakers the role stated for them on the event, where one is. */
    static void apply(Reading reading) {
        Map<String, Found.Participation> stated = new LinkedHashMap<>();
        for (Found.Participation role : reading.roles.eventLevel()) {
            if (role.roleBasis() instanceof Source && !SPEAKS.contains(role.role())) {
                stated.putIfAbsent(role.personId(), role);
            }
        }
        if (stated.isEmpty()) {
            return;
        }
        List<Found.Item> items = new ArrayList<>();
        for (Found.Item item : reading.items) {
            List<Found.Participation> people = new ArrayList<>();
            for (Found.Participation p : item.participations()) {
                Found.Participation role = stated.get(p.personId());
                // a panellist named on an item of their own gives a talk there ("13.45 Twintig jaar … – Koen
                // Dijkhuizen", who joins the panel later): only on the panel is the panellist one
                boolean ownTalk = role != null && role.role() == RoleType.PANELLIST && item.kind() != ItemKind.PANEL;
                people.add(role == null || !p.inferredSpeaker() || ownTalk ? p
                        : new Found.Participation(p.personId(), role.role(),
                        Assumption.from("role " + role.role().code() + " as the text states it for the event",
                                (Source) role.roleBasis()), p.affiliations()));
            }
            items.add(item.withParticipations(people));
        }
        reading.items = items;
    }
}
