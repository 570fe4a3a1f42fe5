package dev.agendum.importer;

/** Why a draft's value is there: the {@link Source} it was read from, or an {@link Assumption}. */
public sealed interface Basis permits Source, Assumption {

    /**
     * Returns a one-line account for a reviewer: the quoted words and their offsets, or the assumption.
     *
     * @return the account, in English, with the input's words quoted as they are
     */
    String describe();
}
