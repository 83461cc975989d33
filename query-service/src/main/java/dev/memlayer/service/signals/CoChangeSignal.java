package dev.memlayer.service.signals;

import dev.memlayer.service.read.FileHistory;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files committed together with the seeds: each partner gets the seed's strength × {@code c / (c +
 * }{@value #HALF}{@code )} for {@code c} shared commits (saturating: the fifth shared commit adds less
 * than the first). The indexer already ignores huge commits (sweeps, renames).
 */
public final class CoChangeSignal implements ExpansionSignal {

    public static final String NAME = "cochange";
    static final double HALF = 2.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalHit> score(List<Seed> seeds, SnapshotView view) {
        FileHistory history = view.history();
        Map<Integer, double[]> scores = new HashMap<>();
        Map<Integer, Strongest> why = new HashMap<>();
        for (Seed s : seeds) {
            for (FileHistory.Partner p : history.partners(s.index())) {
                double v = s.strength() * p.commits() / (p.commits() + HALF);
                double[] acc = scores.computeIfAbsent(p.file(), k -> new double[2]);
                acc[0] += v;
                if (v > acc[1]) {
                    acc[1] = v;
                    why.put(p.file(), new Strongest(s, p));
                }
            }
        }
        List<SignalHit> hits = new ArrayList<>(scores.size());
        scores.forEach((f, acc) -> {
            Strongest strongest = why.get(f); // none only for a partner that added nothing
            hits.add(new SignalHit(view.files().get(f), acc[0], () -> strongest == null ? "" : strongest.evidence()));
        });
        return hits;
    }

    /** The seed a file changed with most strongly: its evidence, written only if read. */
    private record Strongest(Seed seed, FileHistory.Partner partner) {
        String evidence() {
            return "changed with " + seed.file().path() + " (seed) in " + partner.commits()
                    + (partner.commits() == 1 ? " commit" : " commits");
        }
    }
}
