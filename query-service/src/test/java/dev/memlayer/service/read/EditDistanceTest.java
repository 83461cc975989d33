package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void within_countsEachKindOfSlipOnce() {
        assertThat(EditDistance.within("shouldhaveclause", "shouldhavecause", 2)).isEqualTo(1); // insertion
        assertThat(EditDistance.within("propertywihtvalue", "propertywithvalue", 2)).isEqualTo(1); // transposition
        assertThat(EditDistance.within("parseheader", "parseheaded", 2)).isEqualTo(1); // substitution
        assertThat(EditDistance.within("parseheader", "parseheader", 2)).isZero();
        assertThat(EditDistance.within("abcdef", "badcfe", 3)).isEqualTo(3);
    }

    @Test
    void within_beyondTheLimit_answersLimitPlusOne() {
        assertThat(EditDistance.within("parseheader", "writefooter", 2)).isEqualTo(3);
        assertThat(EditDistance.within("short", "muchlongername", 1)).isEqualTo(2);
    }

    /** Seeded random pairs over a small alphabet (so slips are common) against the plain full-table distance. */
    @Test
    void within_agreesWithTheFullTable_upToTheLimit() {
        Random random = new Random(20261128);
        for (int round = 0; round < 5_000; round++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : slip(a, random);
            int full = reference(a, b);
            for (int limit = 0; limit <= 3; limit++) {
                assertThat(EditDistance.within(a, b, limit)).as("%s / %s within %d", a, b, limit)
                        .isEqualTo(Math.min(full, limit + 1));
            }
            assertThat(EditDistance.within(b, a, 16)).isEqualTo(full);
        }
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) {
            w.append((char) ('a' + random.nextInt(3)));
        }
        return w.toString();
    }

    /** {@code a} with one or two random edits. */
    private static String slip(String a, Random random) {
        StringBuilder w = new StringBuilder(a);
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
            int at = w.length() == 0 ? 0 : random.nextInt(w.length());
            switch (w.length() < 2 ? 0 : random.nextInt(4)) {
                case 0 -> w.insert(at, (char) ('a' + random.nextInt(3)));
                case 1 -> w.deleteCharAt(at);
                case 2 -> w.setCharAt(at, (char) ('a' + random.nextInt(3)));
                default -> {
                    int j = Math.min(at + 1, w.length() - 1);
                    char c = w.charAt(at);
                    w.setCharAt(at, w.charAt(j));
                    w.setCharAt(j, c);
                }
            }
        }
        return w.toString();
    }

    /** Optimal string alignment over the whole table, nothing cut short. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
