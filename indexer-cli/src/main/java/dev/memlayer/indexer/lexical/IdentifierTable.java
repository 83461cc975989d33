package dev.memlayer.indexer.lexical;

import java.util.Arrays;

/**
 * A map from identifiers, given as a range of a {@code char[]} with its hash ({@code 31 * h + c} over the
 * range, as {@link String#hashCode}), to a value: open addressing, linear probing, kept at most half
 * full. A lookup compares characters in place, so finding an identifier seen before allocates nothing.
 * Not thread-safe: one per column of one document, or per thread.
 */
final class IdentifierTable<V> {

    private static final int MIN_SLOTS = 64;
    private static final int MAX_INITIAL_SLOTS = 1 << 14;

    private char[][] keys;
    private int[] hashes;
    private Object[] values;
    private int size;

    IdentifierTable() {
        this(0);
    }

    /** A table sized for about {@code expected} identifiers (it grows past them). */
    IdentifierTable(int expected) {
        int slots = Math.min(MAX_INITIAL_SLOTS, Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, expected)) * 4));
        keys = new char[slots][];
        hashes = new int[slots];
        values = new Object[slots];
    }

    /** The value of the identifier {@code chars[start, start + length)}, or null. */
    @SuppressWarnings("unchecked")
    V get(char[] chars, int start, int length, int hash) {
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && key.length == length
                    && Arrays.equals(key, 0, length, chars, start, start + length)) {
                return (V) values[slot];
            }
        }
    }

    /** Adds an identifier that {@link #get} did not find. */
    void put(char[] chars, int start, int length, int hash, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(chars, start, start + length), hash, value);
        size++;
    }

    int size() {
        return size;
    }

    /** Forgets every identifier (keeping the table's size). */
    void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        size = 0;
    }

    private void insert(char[] key, int hash, Object value) {
        int mask = keys.length - 1;
        int slot = spread(hash) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    /** Mixes the high bits in: identifiers of a file often differ only in their last characters. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
