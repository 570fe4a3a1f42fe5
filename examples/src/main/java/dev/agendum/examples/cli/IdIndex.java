package dev.agendum.examples.cli;

/**
 * The ids of every event read so far, in 21 bytes a slot of a table kept at most half full (42 to 84 bytes an event,
 * about half of what a map of strings takes), so that the heap grows as little as it can with a collection's length:
 * each id is kept as two independent 64-bit hashes (FNV-1a and a polynomial hash with another multiplier), with the
 * index of the input that brought it. Two different ids are taken for one only if
 * both hashes collide, which no collection of realistic size comes near (about n² / 2¹²⁹).
 */
final class IdIndex {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long POLYNOMIAL = 0x9E3779B97F4A7C15L;

    private long[] first = new long[1024];
    private long[] second = new long[1024];
    private int[] source = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /**
     * Adds {@code id}, brought by input {@code input}; returns the input that brought it before, or -1 if it is new.
     */
    int add(String id, int input) {
        if (size * 2 >= used.length) {
            grow();
        }
        long a = fnv(id);
        long b = polynomial(id);
        int slot = slot(a, b);
        if (used[slot]) {
            return source[slot];
        }
        used[slot] = true;
        first[slot] = a;
        second[slot] = b;
        source[slot] = input;
        size++;
        return -1;
    }

    /** Returns the slot holding these hashes, or the free slot where they belong. */
    private int slot(long a, long b) {
        int mask = used.length - 1;
        int slot = (int) (a ^ (a >>> 32)) & mask;
        while (used[slot] && (first[slot] != a || second[slot] != b)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        int[] oldSource = source;
        boolean[] oldUsed = used;
        first = new long[oldUsed.length * 2];
        second = new long[oldUsed.length * 2];
        source = new int[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldFirst[i], oldSecond[i]);
                used[slot] = true;
                first[slot] = oldFirst[i];
                second[slot] = oldSecond[i];
                source[slot] = oldSource[i];
            }
        }
    }

    private static long fnv(String id) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    private static long polynomial(String id) {
        long hash = id.length();
        for (int i = 0; i < id.length(); i++) {
            hash = hash * POLYNOMIAL + id.charAt(i);
        }
        return hash ^ (hash >>> 29);
    }
}
