package dev.memlayer.service.read;

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and transpositions of
 * two neighbours each cost one), bounded: a task's typo of a symbol name is usually one slip of
 * the keyboard ({@code ShouldHaveClause} for {@code ShouldHaveCause}, {@code Wiht} for
 * {@code With}), so only distances up to a small limit are worth knowing, and a row whose best
 * cell already exceeds the limit ends the work.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b} if it is at most {@code limit}, else {@code limit + 1}. */
    static int within(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowBest = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = d;
                rowBest = Math.min(rowBest, d);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], limit + 1);
    }
}
