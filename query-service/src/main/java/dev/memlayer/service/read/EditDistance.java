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

    /**
     * The distance between {@code a} and {@code b} if it is at most {@code limit}, else {@code limit + 1}.
     * Only the diagonal band {@code |i - j| <= limit} of the table is filled (a cell outside it is more
     * than {@code limit} already), so a call costs about {@code (2 limit + 1) × length}, not {@code length²}.
     */
    static int within(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        java.util.Arrays.fill(beforePrevious, over);
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            current[0] = Math.min(i, over);
            current[from - 1] = from == 1 ? current[0] : over;
            int rowBest = current[from - 1];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = Math.min(d, over);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (to < m) {
                current[to + 1] = over; // the next row reads it as the cell above its band's last cell
            }
            if (rowBest > limit) {
                return over;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }
}
