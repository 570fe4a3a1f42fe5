package dev.agendum.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How many people an event takes, and whether those beyond that wait in line.
 *
 * @param places             the number of places; at least 1
 * @param waitingList        whether registrations beyond {@code places} go on a waiting list
 * @param waitingListPlaces  the waiting list's length, when it is limited; empty for an unlimited list or none
 */
public record Capacity(int places, boolean waitingList, Optional<Integer> waitingListPlaces) {

    /**
     * Creates a capacity.
     *
     * @param places the number of places; at least 1
     * @param waitingList whether registrations beyond {@code places} go on a waiting list
     * @param waitingListPlaces the waiting list's length, when it is limited; empty for an unlimited list or none
     * @throws IllegalArgumentException when there are no places, or a waiting-list length is given without a list
     */
    public Capacity {
        if (places < 1) {
            throw new IllegalArgumentException("places must be at least 1, got " + places);
        }
        Objects.requireNonNull(waitingListPlaces, "waitingListPlaces");
        waitingListPlaces.ifPresent(n -> Checks.notNegative(n, "waitingListPlaces"));
        if (!waitingList && waitingListPlaces.isPresent()) {
            throw new IllegalArgumentException("a waiting-list length needs a waiting list");
        }
    }

    /**
     * {@return a capacity without waiting list}
     *
     * @param places the number of places; at least 1
     */
    public static Capacity of(int places) {
        return new Capacity(places, false, Optional.empty());
    }

    /**
     * {@return a capacity with an unlimited waiting list}
     *
     * @param places the number of places; at least 1
     */
    public static Capacity withWaitingList(int places) {
        return new Capacity(places, true, Optional.empty());
    }

    /**
     * {@return a capacity with a waiting list of {@code waitingListPlaces}}
     *
     * @param places the number of places; at least 1
     * @param waitingListPlaces the waiting list's length, when it is limited; empty for an unlimited list or none
     */
    public static Capacity withWaitingList(int places, int waitingListPlaces) {
        return new Capacity(places, true, Optional.of(waitingListPlaces));
    }
}
