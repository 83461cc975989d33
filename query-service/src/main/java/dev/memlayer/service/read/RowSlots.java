package dev.memlayer.service.read;

import java.util.Arrays;

/**
 * Lexical row id → small slot number, for one request's summing of per-term scores: open
 * addressing over primitive arrays (a boxed map costs more than the sums it serves). Slot -1 marks
 * a row already known to be outside the view.
 */
final class RowSlots {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] slots;
    private int size;

    RowSlots(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        slots = new int[capacity];
    }

    /** The slot of {@code row}, or {@link Integer#MIN_VALUE} when the row was not seen. */
    int get(long row) {
        int mask = keys.length - 1;
        for (int i = mix(row) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == row) {
                return slots[i];
            }
            if (k == EMPTY) {
                return Integer.MIN_VALUE;
            }
        }
    }

    void put(long row, int slot) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(row) & mask;
        while (keys[i] != EMPTY && keys[i] != row) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = row;
        slots[i] = slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        slots = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldSlots[i]);
            }
        }
    }

    /** Spreads a row or content id over a power-of-two table (shared with {@link ContentFiles}). */
    static int mix(long row) {
        long h = row * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
