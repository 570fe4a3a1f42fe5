package dev.agendum.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to register for an event, and the rules that apply.
 *
 * <p>Opening and closing times are local times in the event's zone; the window is half-open: registration is open
 * from {@link #opens()} (inclusive) until {@link #closes()} (exclusive). Questions about a moment take an
 * {@link Instant} and the event's zone, never the wall clock, so callers and tests decide what "now" is.
 *
 * @param requirement      whether attendees must register, may register, or the announcement does not say
 * @param channels         the ways to register, in announced order
 * @param opens            when registration opens, if announced
 * @param closes           when registration closes, if announced
 * @param capacity         how many can attend, if limited
 * @param fee              what attending costs, if announced
 * @param audience         who may attend, if restricted or described
 * @param approvalRequired whether the organiser approves each registration
 * @param note             anything else the announcement says about registering
 */
public record Registration(Requirement requirement, List<RegistrationChannel> channels, Optional<LocalDateTime> opens,
                           Optional<LocalDateTime> closes, Optional<Capacity> capacity, Optional<Fee> fee,
                           Optional<LocalizedText> audience, boolean approvalRequired, Optional<LocalizedText> note) {

    /**
     * Creates a registration.
     *
     * @param requirement whether attendees must register, may register, or the announcement does not say
     * @param channels the ways to register, in announced order
     * @param opens when registration opens, if announced
     * @param closes when registration closes, if announced
     * @param capacity how many can attend, if limited
     * @param fee what attending costs, if announced
     * @param audience who may attend, if restricted or described
     * @param approvalRequired whether the organiser approves each registration
     * @param note anything else the announcement says about registering
     * @throws IllegalArgumentException when it closes before it opens
     */
    public Registration {
        Objects.requireNonNull(requirement, "requirement");
        channels = Checks.copy(channels, "channels");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(note, "note");
        if (opens.isPresent() && closes.isPresent() && closes.get().isBefore(opens.get())) {
            throw new IllegalArgumentException("registration closes at " + closes.get()
                    + ", before it opens at " + opens.get());
        }
    }

    /**
     * Creates a registration that is either required or optional, for callers that predate
     * {@link Requirement#NOT_STATED}.
     *
     * @param required         whether attendees must register (else registration is optional)
     * @param channels         the ways to register, in announced order
     * @param opens            when registration opens, if announced
     * @param closes           when registration closes, if announced
     * @param capacity         how many can attend, if limited
     * @param fee              what attending costs, if announced
     * @param audience         who may attend, if restricted or described
     * @param approvalRequired whether the organiser approves each registration
     * @param note             anything else the announcement says about registering
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Registration(boolean required, List<RegistrationChannel> channels, Optional<LocalDateTime> opens,
                        Optional<LocalDateTime> closes, Optional<Capacity> capacity, Optional<Fee> fee,
                        Optional<LocalizedText> audience, boolean approvalRequired, Optional<LocalizedText> note) {
        this(required ? Requirement.REQUIRED : Requirement.OPTIONAL, channels, opens, closes, capacity, fee,
                audience, approvalRequired, note);
    }

    /** Whether an announcement asks attendees to register. */
    public enum Requirement implements Coded, Labelled {
        /** Attendees must register ("aanmelden is verplicht", "registration required"). */
        REQUIRED,
        /** Attendees may register, for instance to receive the link, but need not. */
        OPTIONAL,
        /** The announcement gives ways to register without saying whether attendees must. */
        NOT_STATED;

        private static final Labels<Requirement> LABELS =

                Labels.of(Requirement.class, "Registration.Requirement", ModelBundle::in);

        @Override
        public String label(Locale language) {
            return LABELS.label(this, language);
        }
    }

    /**
     * {@return whether attendees must register; false when registration is optional or the requirement not stated}
     */
    public boolean required() {
        return requirement == Requirement.REQUIRED;
    }

    /**
     * {@return a builder for a registration that is required, through at least one channel} (A required
     * registration without channels can still be built with the constructor; the validator reports it.)
     *
     * @param first a channel to register through
     * @param more further channels
     */
    public static Builder required(RegistrationChannel first, RegistrationChannel... more) {
        Builder builder = new Builder(Requirement.REQUIRED, first);
        Collections.addAll(builder.channels, more);
        return builder;
    }

    /**
     * {@return a builder for an event that takes registrations but does not require them}
     *
     * @param channels the channels to register through
     */
    public static Builder optional(RegistrationChannel... channels) {
        return new Builder(Requirement.OPTIONAL, channels);
    }

    /**
     * {@return a builder for an event whose announcement gives ways to register but not whether one must}
     *
     * @param channels the channels to register through
     */
    public static Builder notStated(RegistrationChannel... channels) {
        return new Builder(Requirement.NOT_STATED, channels);
    }

    /**
     * {@return whether registration is open at {@code at}, reading the local opening and closing times in {@code zone}}
     * A local time in a daylight-saving gap counts from the moment after the gap.
     *
     * @param at the instant asked about
     * @param zone the event's zone
     */
    public boolean isOpenAt(Instant at, ZoneId zone) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        boolean opened = opens.map(o -> !at.isBefore(o.atZone(zone).toInstant())).orElse(true);
        boolean notClosed = closes.map(c -> at.isBefore(c.atZone(zone).toInstant())).orElse(true);
        return opened && notClosed;
    }

    /**
     * Tells what happens to the next registration at {@code at}, when {@code taken} registrations (those with a
     * place and those on the waiting list) were made before. A registration that is not
     * {@linkplain #required() required} (optional, or not stated) answers {@link RegistrationOutcome#NOT_REQUIRED}.
     *
     * @param taken how many registrations were made before
     * @param at the instant of the next registration
     * @param zone the event's zone
     * @return what happens to it
     * @throws IllegalArgumentException when {@code taken} is negative
     */
    public RegistrationOutcome outcomeOfNext(int taken, Instant at, ZoneId zone) {
        Checks.notNegative(taken, "taken");
        if (!required()) {
            return RegistrationOutcome.NOT_REQUIRED;
        }
        if (opens.isPresent() && at.isBefore(opens.get().atZone(zone).toInstant())) {
            return RegistrationOutcome.NOT_YET_OPEN;
        }
        if (!isOpenAt(at, zone)) {
            return RegistrationOutcome.CLOSED;
        }
        return capacity.map(c -> outcomeWithin(c, taken)).orElseGet(this::placeOutcome);
    }

    private RegistrationOutcome outcomeWithin(Capacity capacity, int taken) {
        if (taken < capacity.places()) {
            return placeOutcome();
        }
        boolean listHasRoom = capacity.waitingList()
                && capacity.waitingListPlaces().map(n -> taken - capacity.places() < n).orElse(true);
        return listHasRoom ? RegistrationOutcome.WAITLISTED : RegistrationOutcome.FULL;
    }

    private RegistrationOutcome placeOutcome() {
        return approvalRequired ? RegistrationOutcome.PENDING_APPROVAL : RegistrationOutcome.ACCEPTED;
    }

    /** Builds a {@link Registration}; not thread-safe, reusable. */
    public static final class Builder {
        private final Requirement requirement;
        private final List<RegistrationChannel> channels;
        private Optional<LocalDateTime> opens = Optional.empty();
        private Optional<LocalDateTime> closes = Optional.empty();
        private Optional<Capacity> capacity = Optional.empty();
        private Optional<Fee> fee = Optional.empty();
        private Optional<LocalizedText> audience = Optional.empty();
        private boolean approvalRequired;
        private Optional<LocalizedText> note = Optional.empty();

        private Builder(Requirement requirement, RegistrationChannel... channels) {
            this.requirement = requirement;
            this.channels = new ArrayList<>(Arrays.asList(channels));
        }

        /**
         * Sets when registration opens (local time in the event's zone).
         * @param opens when registration opens
         * @return this builder
         */
        public Builder opens(LocalDateTime opens) {
            this.opens = Optional.of(opens);
            return this;
        }

        /**
         * Sets when registration closes (local time in the event's zone).
         * @param closes when registration closes
         * @return this builder
         */
        public Builder closes(LocalDateTime closes) {
            this.closes = Optional.of(closes);
            return this;
        }

        /**
         * Sets the capacity.
         * @param capacity how many can attend, if limited
         * @return this builder
         */
        public Builder capacity(Capacity capacity) {
            this.capacity = Optional.of(capacity);
            return this;
        }

        /**
         * Sets the fee.
         * @param fee what attending costs
         * @return this builder
         */
        public Builder fee(Fee fee) {
            this.fee = Optional.of(fee);
            return this;
        }

        /**
         * Sets who may attend.
         * @param audience who may attend, if restricted or described
         * @return this builder
         */
        public Builder audience(LocalizedText audience) {
            this.audience = Optional.of(audience);
            return this;
        }

        /**
         * Sets whether the organiser approves each registration.
         * @param approvalRequired whether the organiser approves each registration
         * @return this builder
         */
        public Builder approvalRequired(boolean approvalRequired) {
            this.approvalRequired = approvalRequired;
            return this;
        }

        /**
         * Sets a note on registering.
         * @param note anything else the announcement says about registering
         * @return this builder
         */
        public Builder note(LocalizedText note) {
            this.note = Optional.of(note);
            return this;
        }

        /**
         * {@return the registration}
         */
        public Registration build() {
            return new Registration(requirement, channels, opens, closes, capacity, fee, audience, approvalRequired, note);
        }
    }
}
