package dev.memlayer.service.read;

import java.util.Arrays;

/**
 * Content id → the view's files with that content, immutable once built. Lexical search asks it once
 * per index row a task term touches (tens of thousands per request on a large repository), so it is
 * open addressing over primitive arrays: a boxed {@code Map<Long, int[]>} spent more on boxing and
 * hashing than the lookups were worth.
 */
final class ContentFiles {

    private static final int[] NONE = new int[0];
    private static final long EMPTY = 0;

    private final long[] keys;
    private final int[][] files;
    /** Dense numbers of the distinct content ids (0..{@link #size()}-1, first file first), by slot; -1 for empty slots. */
    private final int[] ordinalOfSlot;
    private final long[] idOfOrdinal;
    private final int[] slotOfOrdinal;

    /** {@code contentIds[i]} is file {@code i}'s content; ids ≤ 0 (no lexical row) are left out. */
    ContentFiles(long[] contentIds) {
        int capacity = Integer.highestOneBit(Math.max(16, contentIds.length * 2) - 1) << 1;
        keys = new long[capacity];
        files = new int[capacity][];
        ordinalOfSlot = new int[capacity];
        Arrays.fill(ordinalOfSlot, -1);
        long[] ids = new long[16];
        int[] slots = new int[16];
        int distinct = 0;
        for (int i = 0; i < contentIds.length; i++) {
            long id = contentIds[i];
            if (id <= 0) {
                continue;
            }
            int slot = slot(id);
            keys[slot] = id;
            int[] prev = files[slot];
            files[slot] = prev == null ? new int[] {i} : append(prev, i);
            if (prev == null) {
                if (distinct == ids.length) {
                    ids = Arrays.copyOf(ids, distinct * 2);
                    slots = Arrays.copyOf(slots, distinct * 2);
                }
                ordinalOfSlot[slot] = distinct;
                ids[distinct] = id;
                slots[distinct++] = slot;
            }
        }
        idOfOrdinal = Arrays.copyOf(ids, distinct);
        slotOfOrdinal = Arrays.copyOf(slots, distinct);
    }

    /** How many distinct content ids the view's files have. */
    int size() {
        return idOfOrdinal.length;
    }

    /** The dense number of {@code contentId} among the view's contents, or -1 when no file has it. */
    int ordinal(long contentId) {
        return contentId <= 0 ? -1 : ordinalOfSlot[slot(contentId)];
    }

    /** The content id numbered {@code ordinal}. */
    long id(int ordinal) {
        return idOfOrdinal[ordinal];
    }

    /** The files (in file order) of the content numbered {@code ordinal}. */
    int[] files(int ordinal) {
        return files[slotOfOrdinal[ordinal]];
    }

    /** The files whose content is {@code contentId}, in file order; empty when none. */
    int[] of(long contentId) {
        if (contentId <= 0) {
            return NONE;
        }
        int[] found = files[slot(contentId)];
        return found == null ? NONE : found;
    }

    /** The slot holding {@code id}, or the empty slot where it would go. */
    private int slot(long id) {
        int mask = keys.length - 1;
        int i = mix(id) & mask;
        while (keys[i] != EMPTY && keys[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int[] append(int[] prev, int file) {
        int[] next = Arrays.copyOf(prev, prev.length + 1);
        next[prev.length] = file;
        return next;
    }

    /** Spreads a content id over a power-of-two table (Fibonacci hashing). */
    private static int mix(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
