package dev.memlayer.service.signals;

import dev.memlayer.service.read.ManifestEntry;
import dev.memlayer.service.read.SnapshotView;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The view's files by file-name stem with its word separators dropped ({@code try-combinations.js},
 * {@code try_combinations.py} and {@code TryCombinations.java} all under {@code trycombinations}), so
 * a name the task writes in one convention finds the file named in another: JavaScript keeps a class
 * {@code SourceCode} in {@code source-code.js}, and a rule {@code no-shadow} in {@code no-shadow.js}.
 * Built once per view, on first use.
 */
final class CompactStems {

    private final Map<String, List<ManifestEntry>> byStem;

    private CompactStems(Map<String, List<ManifestEntry>> byStem) {
        this.byStem = byStem;
    }

    static CompactStems of(SnapshotView view) {
        try {
            return view.derived(CompactStems.class, CompactStems::build);
        } catch (SQLException e) {
            throw new IllegalStateException(e); // the deriver reads no database
        }
    }

    private static CompactStems build(SnapshotView view) {
        Map<String, List<ManifestEntry>> byStem = new HashMap<>();
        for (ManifestEntry f : view.files()) {
            byStem.computeIfAbsent(compact(f.stem()), k -> new ArrayList<>(1)).add(f);
        }
        return new CompactStems(byStem);
    }

    /** Files whose stem, compacted, equals {@code name} compacted; empty when none. */
    List<ManifestEntry> named(String name) {
        return byStem.getOrDefault(compact(name), List.of());
    }

    /** Lower case without {@code -}, {@code _} and {@code .}. */
    static String compact(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && c != '.') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
