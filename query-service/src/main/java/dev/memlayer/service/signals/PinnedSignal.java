package dev.memlayer.service.signals;

import dev.memlayer.service.plan.TaskQuery;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.List;

/** Paths the request pinned: they rank above anything inferred. Unknown paths are ignored. */
public final class PinnedSignal implements Signal {

    public static final String NAME = "pinned";
    static final double PINNED = 10.0;

    /** Absolute scale: naming a path outright is full strength, weaker mentions stay weaker. */
    @Override
    public double scale(List<SignalHit> hits) {
        return PINNED;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalHit> score(TaskQuery query, SnapshotView view) {
        List<SignalHit> hits = new ArrayList<>();
        for (String path : query.pinned()) {
            ManifestEntry f = view.file(path);
            if (f != null && hits.stream().noneMatch(h -> h.file() == f)) {
                hits.add(new SignalHit(f, PINNED, "pinned by the request"));
            }
        }
        return hits;
    }
}
