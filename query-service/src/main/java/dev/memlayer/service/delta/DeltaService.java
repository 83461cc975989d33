package dev.memlayer.service.delta;

import dev.memlayer.model.api.delta.DeltaCounts;
import dev.memlayer.model.api.delta.DeltaRequest;
import dev.memlayer.model.api.delta.DeltaResponse;
import dev.memlayer.model.api.delta.FileDelta;
import dev.memlayer.service.context.RequestRejected;
import dev.memlayer.service.context.SnapshotPins;
import dev.memlayer.service.read.HistoryReader;
import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/delta}: the files that differ between two ready snapshots (named by version or
 * indexed commit), compared by path and content hash, with their symbol changes. A removed path
 * and an added one are a rename when the stored history recorded that rename between the two
 * commits, or when the content is identical (a pure move, also outside git).
 */
@ApplicationScoped
public class DeltaService {

    private final SnapshotPins pins;
    private final HistoryReader history;

    public DeltaService(SnapshotPins pins, HistoryReader history) {
        this.pins = pins;
        this.history = history;
    }

    public DeltaResponse delta(DeltaRequest request) {
        long start = System.nanoTime();
        if (request == null) {
            throw RequestRejected.badRequest("malformed_json", "the request body must be a JSON object");
        }
        SnapshotView latest = pins.latest(request.project());
        if (request.from() == null || request.from().isBlank()) {
            throw RequestRejected.badRequest("missing_from", "'from' is required: a snapshot version or an indexed"
                    + " commit sha");
        }
        SnapshotView from = pins.pin(latest, request.from(), "from");
        SnapshotView to = pins.pin(latest, request.to(), "to");

        Set<String> removed = new LinkedHashSet<>();
        Set<String> added = new LinkedHashSet<>();
        List<FileDelta> files = new ArrayList<>();
        int modified = 0;
        for (ManifestEntry before : from.files()) {
            ManifestEntry after = to.file(before.path());
            if (after == null) {
                removed.add(before.path());
            } else if (!after.contentHash().equals(before.contentHash())) {
                modified++;
                files.add(fileDelta(from, to, before.path(), before.path(), "modified"));
            }
        }
        for (ManifestEntry after : to.files()) {
            if (from.file(after.path()) == null) {
                added.add(after.path());
            }
        }
        Map<String, String> renames = renames(from, to, removed, added);
        renames.forEach((oldPath, newPath) -> files.add(fileDelta(from, to, oldPath, newPath, "renamed")));
        removed.removeAll(renames.keySet());
        added.removeAll(renames.values());
        removed.forEach(p -> files.add(new FileDelta(p, "removed", null, List.of(),
                SymbolDiff.allRemoved(from.symbols(from.indexOf(p))).removed(), List.of())));
        added.forEach(p -> files.add(new FileDelta(p, "added", null,
                SymbolDiff.allAdded(to.symbols(to.indexOf(p))).added(), List.of(), List.of())));
        files.sort(Comparator.comparing(FileDelta::path));
        return new DeltaResponse(latest.project(), pins.info(from, latest.version()), pins.info(to, latest.version()),
                new DeltaCounts(added.size(), modified, removed.size(), renames.size()), files,
                Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0);
    }

    private static FileDelta fileDelta(SnapshotView from, SnapshotView to, String oldPath, String newPath,
            String change) {
        SymbolDiff diff = SymbolDiff.between(from.symbols(from.indexOf(oldPath)), to.symbols(to.indexOf(newPath)));
        return new FileDelta(newPath, change, oldPath.equals(newPath) ? null : oldPath, diff.added(), diff.removed(),
                diff.changed());
    }

    /** Removed path → added path: renames the history recorded, then identical contents moved. */
    private Map<String, String> renames(SnapshotView from, SnapshotView to, Set<String> removed, Set<String> added) {
        Map<String, String> out = new HashMap<>();
        if (removed.isEmpty() || added.isEmpty()) {
            return out;
        }
        Map<String, String> recorded;
        try {
            recorded = history.renamesBetween(from, to);
        } catch (SQLException e) {
            throw SnapshotPins.unavailable("reading renames", e);
        }
        recorded.forEach((oldPath, newPath) -> {
            if (removed.contains(oldPath) && added.contains(newPath) && !out.containsValue(newPath)) {
                out.put(oldPath, newPath);
            }
        });
        Map<String, List<String>> addedByHash = new HashMap<>();
        for (String p : added) {
            if (!out.containsValue(p)) {
                addedByHash.computeIfAbsent(to.file(p).contentHash(), h -> new ArrayList<>()).add(p);
            }
        }
        for (String p : removed) {
            List<String> same = out.containsKey(p) ? null : addedByHash.get(from.file(p).contentHash());
            if (same != null && !same.isEmpty()) {
                out.put(p, same.remove(0));
            }
        }
        return out;
    }
}
