package dev.memlayer.indexer.hash;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * The content hash used everywhere ({@code manifest.content_hash}, {@code contents.content_hash}):
 * xxh3-128 of the file bytes as 32 lower-case hex characters. Stateless and thread-safe.
 */
public final class ContentHasher {

    private static final Hasher128 XXH3 = Hashing.xxh3_128();

    /** Hash and line count of {@code data[0..length)}. */
    public FileDigest digest(byte[] data, int length) {
        return new FileDigest(hash(data, length), lines(data, length), length);
    }

    public String hash(byte[] data, int length) {
        HashValue128 h = XXH3.hashBytesTo128Bits(data, 0, length);
        return hex(h.getMostSignificantBits()) + hex(h.getLeastSignificantBits());
    }

    /** Number of '\n', plus one when the file is non-empty and its last line has no newline. */
    public static int lines(byte[] data, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (data[i] == '\n') {
                n++;
            }
        }
        return length > 0 && data[length - 1] != '\n' ? n + 1 : n;
    }

    private static String hex(long v) {
        String s = Long.toHexString(v);
        return s.length() == 16 ? s : "0".repeat(16 - s.length()) + s;
    }
}
