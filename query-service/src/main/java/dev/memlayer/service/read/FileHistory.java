package dev.memlayer.service.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Git history of one snapshot's files, as of the snapshot's commit: churn per file and the files
 * most often committed together with it (at most {@value #MAX_PARTNERS} partners each, strongest
 * first). By file index of the view; files without history have zero churn and no partners.
 */
public final class FileHistory {

    static final int MAX_PARTNERS = 24;

    /**
     * Commits touching a file in the 90 days before the snapshot's commit, and in all its history.
     *
     * @param activity {@code ln(1 + commits) + ln(1 + commits in the last 90 days)}: frequent and recent change,
     *                 computed once per view (the churn signal asks it for every candidate of every request)
     */
    public record Churn(int commits90d, int commitsTotal, long lastChangeAt, double activity) {

        static Churn of(int commits90d, int commitsTotal, long lastChangeAt) {
            return new Churn(commits90d, commitsTotal, lastChangeAt,
                    Math.log1p(commitsTotal) + Math.log1p(commits90d));
        }
    }

    /** A file changed together with another one in {@code commits} commits. */
    public record Partner(int file, int commits) {
    }

    private static final Partner[] NONE = new Partner[0];
    private static final Churn ZERO = Churn.of(0, 0, 0);

    private final Churn[] churn;
    private final Partner[][] partners;

    private final double maxChurn;
    private final long newestChangeAt;

    private FileHistory(Churn[] churn, Partner[][] partners) {
        this.churn = churn;
        this.partners = partners;
        double max = 0;
        long newest = 0;
        for (Churn c : churn) {
            if (c != null) {
                max = Math.max(max, c.activity());
                newest = Math.max(newest, c.lastChangeAt());
            }
        }
        this.maxChurn = max;
        this.newestChangeAt = newest;
    }

    /**
     * When the newest change of any file was committed (epoch seconds, 0 without history): the
     * snapshot's "now" for recency, since a snapshot of an old commit must not be measured against today.
     */
    public long newestChangeAt() {
        return newestChangeAt;
    }

    /** {@link Churn#activity()} of the view's most changed file. */
    public double maxChurn() {
        return maxChurn;
    }

    static FileHistory empty(int files) {
        return new Builder(files).build();
    }

    public Churn churn(int file) {
        Churn c = churn[file];
        return c == null ? ZERO : c;
    }

    public Partner[] partners(int file) {
        return partners[file];
    }

    static final class Builder {
        private final Churn[] churn;
        private final List<List<Partner>> partners;

        Builder(int files) {
            churn = new Churn[files];
            partners = new ArrayList<>(files);
            for (int i = 0; i < files; i++) {
                partners.add(null);
            }
        }

        void churn(int file, int commits90d, int commitsTotal, long lastChangeAt) {
            churn[file] = Churn.of(commits90d, commitsTotal, lastChangeAt);
        }

        void cochange(int a, int b, int commits) {
            add(a, new Partner(b, commits));
            add(b, new Partner(a, commits));
        }

        private void add(int at, Partner p) {
            List<Partner> l = partners.get(at);
            if (l == null) {
                l = new ArrayList<>(4);
                partners.set(at, l);
            }
            l.add(p);
        }

        FileHistory build() {
            Partner[][] frozen = new Partner[partners.size()][];
            Comparator<Partner> strongest = Comparator.comparingInt(Partner::commits).reversed();
            for (int i = 0; i < frozen.length; i++) {
                List<Partner> l = partners.get(i);
                if (l == null) {
                    frozen[i] = NONE;
                    continue;
                }
                Partner[] a = l.toArray(NONE);
                Arrays.sort(a, strongest);
                frozen[i] = a.length > MAX_PARTNERS ? Arrays.copyOf(a, MAX_PARTNERS) : a;
            }
            return new FileHistory(churn, frozen);
        }
    }
}
