package dev.agendum.importer;

import dev.agendum.model.ItemKind;
import dev.agendum.model.RoleType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What the readers found, each part with its basis, before it is assembled into an event. */
final class Found {

    private Found() {
    }

    /** A person as named. */
    record Person(String id, String name, Source source, Optional<String> honorific) {
    }

    /** An organisation: its name and abbreviation, and why it is named so. */
    record Organisation(String name, Optional<String> abbreviation, Basis basis) {

        /** The key it is compared and deduplicated by. */
        String key() {
            return abbreviation.orElse(name).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A position and/or organisation held. */
    record Affiliation(Optional<String> position, Optional<Source> positionSource, Optional<Organisation> organisation) {
    }

    /** A person in a role. */
    record Participation(String personId, RoleType role, Basis roleBasis, List<Affiliation> affiliations) {

        /** Whether the role is a speaker's that a cue only infers ("Welkom door X", "met X"), no word states. */
        boolean inferredSpeaker() {
            return role == RoleType.SPEAKER && roleBasis instanceof Assumption;
        }
    }

    /**
     * A programme item; {@code track} is the head of the timetable column it stands in, when the columns are
     * parallel tracks, halls or stages ("Track A · Rivers &amp; Coasts", "Grote Zaal").
     */
    record Item(LocalDateTime start, Basis startBasis, Optional<LocalDateTime> end, Optional<Basis> endBasis,
                ItemKind kind, Basis kindBasis, String title, Source titleSource, Optional<String> description,
                Optional<Source> descriptionSource, List<Participation> participations, Optional<Source> track) {

        /** This item, run in the track its column's head names. */
        Item inTrack(Source head) {
            return new Item(start, startBasis, end, endBasis, kind, kindBasis, title, titleSource, description,
                    descriptionSource, participations, Optional.of(head));
        }

        /** This item moved to {@code at} (its time's basis {@code why}) and to end at {@code until}, as it was else. */
        Item movedTo(LocalDateTime at, Basis why, Optional<LocalDateTime> until) {
            return new Item(at, why, until, endBasis, kind, kindBasis, title, titleSource, description,
                    descriptionSource, participations, track);
        }

        /** This item with {@code people} taking part in it instead. */
        Item withParticipations(List<Participation> people) {
            return new Item(start, startBasis, end, endBasis, kind, kindBasis, title, titleSource, description,
                    descriptionSource, List.copyOf(people), track);
        }
    }
}
