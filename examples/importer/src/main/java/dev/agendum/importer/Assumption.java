package dev.agendum.importer;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a value is there when no words of the input state it: the importer's explicit assumption, with the words it
 * rests on when there are any (the "2021" a year was taken from, the "door" a role was inferred from).
 *
 * @param reason   what was assumed, in English ("zone Europe/Amsterdam: a Dutch text that names none")
 * @param evidence the words the assumption rests on, if any
 */
public record Assumption(String reason, Optional<Source> evidence) implements Basis {

    /**
     * Creates an assumption.
     *
     * @param reason   what was assumed, in English; not blank
     * @param evidence the words the assumption rests on, if any
     * @throws IllegalArgumentException when {@code reason} is blank
     */
    public Assumption {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an assumption says what was assumed");
        }
    }

    /**
     * Returns an assumption resting on no words of the input.
     *
     * @param reason what was assumed, in English; not blank
     * @return the assumption, without evidence
     */
    public static Assumption of(String reason) {
        return new Assumption(reason, Optional.empty());
    }

    /**
     * Returns an assumption resting on {@code evidence}.
     *
     * @param reason   what was assumed, in English; not blank
     * @param evidence the words it rests on
     * @return the assumption
     */
    public static Assumption from(String reason, Source evidence) {
        return new Assumption(reason, Optional.of(evidence));
    }

    @Override
    public String describe() {
        return "assumed: " + reason + evidence.map(e -> ", from " + e.describe()).orElse("");
    }
}
