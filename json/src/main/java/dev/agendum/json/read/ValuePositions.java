package dev.agendum.json.read;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each value of one event starts, noted while the event is read so that validation messages can say where.
 *
 * <p>Every value of every event is noted, but only an event with a violation needs the notes, and spelling a JSON
 * Pointer per value was a quarter of a validating read. So a value is noted as its step (a field name or a list
 * index) and a link to the note of the value that holds it; pointers are spelled out only by {@link #index()}. A
 * link is made only after checking, step by step up to the event, that the noted chain is the parser's own
 * context chain, so a pointer spelled from links is always the one Jackson's {@code pathAsPointer()} gives; a
 * value whose chain cannot be checked that way is noted with its pointer spelled out at once.
 *
 * <p>For the same reason a value's start is noted as its line and column packed in one number ({@link
 * TokenStarts}), and location objects are made only by {@link #index()}. One instance serves every event of a read:
 * {@link #start} begins the notes of the next event in the same arrays, which are let go of after an event too big
 * to keep them for, so that a long collection allocates them once and one huge event does not hold memory after it.
 */
public final class ValuePositions {

    private static final int NONE = -1;
    private static final int EVENT = 0;
    private static final int NOTES = 64;
    private static final int DEPTHS = 16;
    /**
     * The most notes whose arrays are kept for the next event: far above an event of ordinary size (the benchmark's
     * have 157 values each), and about 100 kB of arrays.
     */
    static final int MAX_KEPT = 4096;

    private int eventDepth;
    private int size;
    /** The note of the value holding each value; {@link #NONE} for the event and for spelled-out pointers. */
    private int[] parent;
    /** A value's field name, or {@code null} for a list element. */
    private String[] name;
    private int[] index;
    /** A value's pointer when noted spelled out, else {@code null}. */
    private String[] pointer;
    /** Where a value starts, its line and column packed ({@link TokenStarts#pack}). */
    private long[] where;
    /** For each nesting depth, the latest note that can hold values deeper down, or {@link #NONE}. */
    private int[] latestAtDepth;

    /** Makes notes without an event yet; {@link #start} begins one. */
    ValuePositions() {
        allocate();
    }

    /**
     * Starts the notes of one event, forgetting those of the event before.
     *
     * @param eventPointer the event's pointer ({@code /event}, {@code /events/3})
     * @param eventDepth   the nesting depth of the context that holds the event's step
     * @param start        where the event starts, packed ({@link TokenStarts#pack})
     */
    void start(String eventPointer, int eventDepth, long start) {
        if (parent.length > MAX_KEPT || latestAtDepth.length > MAX_KEPT) {
            allocate();
        } else {
            // The names and pointers of the event before stay referenced until overwritten: at most MAX_KEPT.
            Arrays.fill(latestAtDepth, NONE);
        }
        this.eventDepth = eventDepth;
        size = 0;
        add(NONE, null, 0, eventPointer, start, eventDepth);
    }

    /** Tells how many notes the arrays hold room for, so that tests can see them reused and let go of. */
    int capacity() {
        return parent.length;
    }

    private void allocate() {
        parent = new int[NOTES];
        name = new String[NOTES];
        index = new int[NOTES];
        pointer = new String[NOTES];
        where = new long[NOTES];
        latestAtDepth = new int[DEPTHS];
        Arrays.fill(latestAtDepth, NONE);
    }

    /** Returns the pointer of the event whose values these notes locate. */
    public String eventPointer() {
        return pointer[EVENT];
    }

    /**
     * Notes where the value whose step is held by {@code step} starts, linked to the note of the value holding it.
     *
     * @param step  the parser's context that holds the value's field name or index
     * @param start where the value starts, packed ({@link TokenStarts#pack})
     * @return false when the value cannot be linked (a value holding it was not noted); note it with
     *         {@link #noteSpelledOut} then
     */
    boolean note(TokenStreamContext step, long start) {
        int depth = step.getNestingDepth();
        if (depth <= eventDepth || depth - 1 >= latestAtDepth.length) {
            return false;
        }
        int holder = latestAtDepth[depth - 1];
        if (!linked(holder, step.getParent())) {
            return false;
        }
        add(holder, step.inObject() ? step.currentName() : null, step.getCurrentIndex(), null, start, depth);
        return true;
    }

    /** Notes a value with its pointer spelled out; it holds no linked notes, as nothing checks its chain. */
    void noteSpelledOut(String valuePointer, long start) {
        add(NONE, null, 0, valuePointer, start, NONE);
    }

    /**
     * Returns where each noted value of the current event starts, by JSON Pointer; where a pointer was noted twice,
     * the first note counts. Each location carries the value's line and column only (not its offset or source),
     * which is what problems are made of.
     */
    public Map<String, TokenStreamLocation> index() {
        Map<String, TokenStreamLocation> index = new HashMap<>();
        String[] spelled = new String[size];
        StringBuilder step = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (pointer[i] != null) {
                spelled[i] = pointer[i];
            } else {
                // A holder is always noted before what it holds, so its pointer is spelled by now.
                step.setLength(0);
                step.append(spelled[parent[i]]).append('/');
                spelled[i] = (name[i] != null ? Pointers.appendToken(step, name[i]) : step.append(this.index[i]))
                        .toString();
            }
            if (!index.containsKey(spelled[i])) {
                index.put(spelled[i], TokenStarts.location(where[i]));
            }
        }
        return index;
    }

    /** Tells whether {@code note} and its holders, up to the event, have the steps of {@code context}'s chain. */
    private boolean linked(int note, TokenStreamContext context) {
        for (int at = note; at != EVENT; at = parent[at], context = context.getParent()) {
            if (at == NONE || context == null || !sameStep(at, context)) {
                return false;
            }
        }
        return context != null && context.getNestingDepth() == eventDepth;
    }

    private boolean sameStep(int note, TokenStreamContext context) {
        return name[note] != null
                ? context.inObject() && name[note].equals(context.currentName())
                : context.inArray() && index[note] == context.getCurrentIndex();
    }

    private void add(int holder, String stepName, int stepIndex, String spelled, long start, int depth) {
        if (size == parent.length) {
            int grown = size * 2;
            parent = Arrays.copyOf(parent, grown);
            name = Arrays.copyOf(name, grown);
            index = Arrays.copyOf(index, grown);
            pointer = Arrays.copyOf(pointer, grown);
            where = Arrays.copyOf(where, grown);
        }
        parent[size] = holder;
        name[size] = stepName;
        index[size] = stepIndex;
        pointer[size] = spelled;
        where[size] = start;
        if (depth >= 0) {
            if (depth >= latestAtDepth.length) {
                int old = latestAtDepth.length;
                latestAtDepth = Arrays.copyOf(latestAtDepth, depth * 2);
                Arrays.fill(latestAtDepth, old, latestAtDepth.length, NONE);
            }
            latestAtDepth[depth] = size;
        }
        size++;
    }
}
