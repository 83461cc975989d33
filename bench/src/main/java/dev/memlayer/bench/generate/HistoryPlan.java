package dev.memlayer.bench.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The commit history of a plan: an initial import of 40 % of the files, then feature commits that add
 * the rest (and wire one or two existing files of the same domain), and change commits that edit a
 * co-change cluster: a hot file, its test, neighbours in its package and sometimes the same domain in
 * another language. Hot files are picked with a skew, as churn concentrates in real repositories.
 */
final class HistoryPlan {

    private static final long START_EPOCH = 1_704_067_200L; // 2024-01-01T00:00:00Z

    private HistoryPlan() {
    }

    static List<PlannedCommit> of(RepoPlan plan, int commits) {
        Random random = new Random(plan.seed() * 17 + 3);
        List<PlannedFile> files = plan.files();
        int introduced = Math.max(1, (int) (files.size() * 0.4));
        List<PlannedCommit> out = new ArrayList<>(commits);
        out.add(new PlannedCommit("Initial import of the acme platform", 0, START_EPOCH, range(0, introduced), List.of()));
        int featureCommits = Math.max(1, (int) ((commits - 1) * 0.4));
        int perFeature = (int) Math.ceil((files.size() - introduced) / (double) featureCommits);
        long time = START_EPOCH;
        for (int c = 1; c < commits; c++) {
            time += 3600L * (1 + random.nextInt(9)) + random.nextInt(3600);
            int author = random.nextInt(Words.AUTHORS.size());
            boolean feature = introduced < files.size() && (c % 5 < 2 || commits - c <= featureCommitsLeft(files.size(),
                    introduced, perFeature));
            if (feature) {
                int end = Math.min(files.size(), introduced + perFeature);
                PlannedFile lead = files.get(introduced);
                List<Integer> wiring = sameDomain(files, introduced, lead, 1 + random.nextInt(2), random);
                out.add(new PlannedCommit("Add " + Words.spaced(lead.typeName()) + " to " + lead.domain() + " "
                        + lead.layer(), author, time, range(introduced, end), wiring));
                introduced = end;
            } else {
                List<Integer> cluster = cluster(files, introduced, random);
                PlannedFile hot = files.get(cluster.get(0));
                String verb = Words.capitalize(Words.VERBS.get(random.nextInt(Words.VERBS.size())));
                out.add(new PlannedCommit(verb + " " + Words.spaced(hot.entryMethod()) + " in "
                        + Words.spaced(hot.typeName()) + " (" + hot.domain() + ")", author, time, List.of(), cluster));
            }
        }
        return out;
    }

    private static int featureCommitsLeft(int total, int introduced, int perFeature) {
        return (int) Math.ceil((total - introduced) / (double) perFeature);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(i);
        }
        return ids;
    }

    private static List<Integer> cluster(List<PlannedFile> files, int introduced, Random random) {
        Set<Integer> cluster = new LinkedHashSet<>();
        // u^3 skews towards the oldest files: a few modules take most of the churn.
        int hotId = (int) (introduced * Math.pow(random.nextDouble(), 3));
        PlannedFile hot = files.get(hotId);
        if (hot.isTest()) {
            hot = files.get(hot.testOf());
        }
        cluster.add(hot.id());
        for (int id = hot.id() + 1; id < introduced && id < hot.id() + 400; id++) {
            PlannedFile other = files.get(id);
            if (other.testOf() == hot.id()) {
                cluster.add(id);
            } else if (other.lang() == hot.lang() && other.domain().equals(hot.domain())
                    && other.layer().equals(hot.layer()) && random.nextInt(3) == 0 && cluster.size() < 6) {
                cluster.add(id);
            }
        }
        if (random.nextInt(10) < 3) {
            cluster.addAll(sameDomain(files, introduced, hot, 1, random));
        }
        return new ArrayList<>(cluster);
    }

    /** Up to {@code count} introduced, non-test files of the lead's domain, preferring other languages. */
    private static List<Integer> sameDomain(List<PlannedFile> files, int introduced, PlannedFile lead, int count,
                                            Random random) {
        List<Integer> out = new ArrayList<>();
        int start = random.nextInt(Math.max(1, introduced));
        for (int k = 0; k < introduced && out.size() < count; k++) {
            PlannedFile candidate = files.get((start + k) % introduced);
            if (!candidate.isTest() && candidate.id() != lead.id() && candidate.domain().equals(lead.domain())) {
                out.add(candidate.id());
            }
        }
        return out;
    }
}
