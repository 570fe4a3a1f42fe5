package dev.agendum.importer;

import java.util.Set;

/**
 * What the cue tests share: an announcement read by the scoring importer (a fixed clock, so that a year taken from
 * context is the same on every run) and a draft's values of one field as {@link Scoring} compares them.
 */
final class Cues {

    private Cues() {
    }

    /** Reads {@code text} as the file {@code name} (its extension choosing plain text, Markdown or HTML). */
    static Draft read(String name, String text) {
        return Scoring.IMPORTER.read(name, text);
    }

    /** Returns the draft's scored values of {@code field}, empty when it gives none. */
    static Set<String> scored(Draft draft, String field) {
        return Scoring.values(draft.event()).getOrDefault(field, Set.of());
    }

    /** Reads {@code text} as the file {@code name} and returns its scored values of {@code field}. */
    static Set<String> scored(String name, String text, String field) {
        return scored(read(name, text), field);
    }
}
