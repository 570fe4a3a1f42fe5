package dev.agendum.json.read;

import dev.agendum.json.AgendumJson;
import tools.jackson.core.StreamReadConstraints;

/**
 * The bounds a read respects: those Jackson's parser enforces token by token, and counts of our own that only
 * the model knows about.
 *
 * @param maxDocumentLength  most bytes (or characters, for text input) in one document
 * @param maxStringLength    most characters in one string value
 * @param maxNestingDepth    deepest nesting of objects and arrays
 * @param maxTokenCount      most tokens in one document
 * @param maxNumberLength    most characters in one number
 * @param maxEvents          most events in one collection
 * @param maxItemsPerEvent   most programme items in one event, counting every depth
 * @param maxPeoplePerEvent  most people listed on one event
 * @param maxListLength      most elements in any other list, and most languages in one text
 */
public record ReadLimits(long maxDocumentLength, int maxStringLength, int maxNestingDepth, long maxTokenCount,
                  int maxNumberLength, int maxEvents, int maxItemsPerEvent, int maxPeoplePerEvent,
                  int maxListLength) {

    /** The longest field name or language key; names of the format are short, so this is not configurable. */
    public static final int MAX_NAME_LENGTH = 256;

    /** The documented defaults of {@link AgendumJson}. */
    public static final ReadLimits DEFAULTS = new ReadLimits(AgendumJson.DEFAULT_MAX_DOCUMENT_LENGTH,
            AgendumJson.DEFAULT_MAX_STRING_LENGTH, AgendumJson.DEFAULT_MAX_NESTING_DEPTH,
            AgendumJson.DEFAULT_MAX_TOKEN_COUNT, AgendumJson.DEFAULT_MAX_NUMBER_LENGTH, AgendumJson.DEFAULT_MAX_EVENTS,
            AgendumJson.DEFAULT_MAX_ITEMS_PER_EVENT, AgendumJson.DEFAULT_MAX_PEOPLE_PER_EVENT,
            AgendumJson.DEFAULT_MAX_LIST_LENGTH);

    /** Checks that every limit is at least 1. */
    public ReadLimits {
        positive(maxDocumentLength, "maxDocumentLength");
        positive(maxStringLength, "maxStringLength");
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxTokenCount, "maxTokenCount");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxEvents, "maxEvents");
        positive(maxItemsPerEvent, "maxItemsPerEvent");
        positive(maxPeoplePerEvent, "maxPeoplePerEvent");
        positive(maxListLength, "maxListLength");
    }

    /** Returns the parser's share of the limits. */
    public StreamReadConstraints streamConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentLength)
                .maxStringLength(maxStringLength)
                .maxNestingDepth(maxNestingDepth)
                .maxTokenCount(maxTokenCount)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
