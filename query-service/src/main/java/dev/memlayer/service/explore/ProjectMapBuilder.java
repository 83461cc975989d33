package dev.memlayer.service.explore;

import dev.memlayer.model.api.explore.MapEntry;
import dev.memlayer.service.read.FileSymbol;
import dev.memlayer.service.read.ManifestEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project map: entry points (files named like one, in a {@code bin/} folder, or defining
 * {@code main}), hubs (the most imported source files) and a tree summary (files, lines and
 * languages per directory).
 */
final class ProjectMapBuilder {

    static final Set<String> ENTRY_STEMS = Set.of("main", "index", "app", "cli", "server", "__main__", "manage",
            "program", "application");
    static final int MAX_ENTRIES = 200;

    private ProjectMapBuilder() {
    }

    static List<MapEntry> entryPoints(FileStats stats) {
        record Candidate(int file, int strength, String why) {
        }
        List<Candidate> found = new ArrayList<>();
        for (int f = 0; f < stats.size(); f++) {
            if (!stats.isSource(f)) {
                continue;
            }
            ManifestEntry e = stats.view().files().get(f);
            String why = null;
            int strength = 0;
            if (definesMain(stats.view().symbols(f))) {
                why = "defines main";
                strength = 3;
            } else if (e.directory().equals("bin") || e.directory().endsWith("/bin")) {
                why = "in a bin/ folder";
                strength = 2;
            } else if (ENTRY_STEMS.contains(e.stem())) {
                why = "named " + e.fileName();
                strength = 1;
            }
            if (why != null) {
                found.add(new Candidate(f, strength, why));
            }
        }
        found.sort(Comparator.comparingInt((Candidate c) -> depth(stats.path(c.file())))
                .thenComparingInt(c -> -c.strength())
                .thenComparingInt(c -> -stats.importers(c.file()))
                .thenComparing(c -> stats.path(c.file())));
        return found.stream().limit(MAX_ENTRIES).map(c -> file("entry_point", stats, c.file(), c.why())).toList();
    }

    static List<MapEntry> hubs(FileStats stats) {
        return stats.sourcesByImporters().stream().filter(f -> stats.importers(f) > 0).limit(MAX_ENTRIES)
                .map(f -> file("hub", stats, f, null)).toList();
    }

    /** Directories {@code depth} levels deep (files above that depth count in their own directory). */
    static List<MapEntry> directories(FileStats stats, int depth) {
        record Dir(int[] files, long[] lines, Map<String, Integer> languages) {
        }
        Map<String, Dir> dirs = new LinkedHashMap<>();
        for (ManifestEntry e : stats.view().files()) {
            String key = prefix(e.directory(), depth);
            Dir d = dirs.computeIfAbsent(key, k -> new Dir(new int[1], new long[1], new HashMap<>()));
            d.files()[0]++;
            d.lines()[0] += e.lines();
            d.languages().merge(e.language(), 1, Integer::sum);
        }
        List<MapEntry> out = new ArrayList<>();
        dirs.forEach((path, d) -> out.add(new MapEntry("directory", path, d.files()[0], d.lines()[0],
                d.languages().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(3).map(Map.Entry::getKey).toList(), 0, null)));
        out.sort(Comparator.comparingInt(MapEntry::files).reversed().thenComparing(MapEntry::path));
        return out.size() > MAX_ENTRIES ? List.copyOf(out.subList(0, MAX_ENTRIES)) : out;
    }

    private static MapEntry file(String role, FileStats stats, int f, String why) {
        ManifestEntry e = stats.view().files().get(f);
        return new MapEntry(role, e.path(), 1, e.lines(), List.of(e.language()), stats.importers(f), why);
    }

    private static boolean definesMain(FileSymbol[] symbols) {
        for (FileSymbol s : symbols) {
            if (s.name().equals("main") && (s.kind().equals("function") || s.kind().equals("method"))) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(String directory, int depth) {
        if (directory.isEmpty()) {
            return ".";
        }
        int at = -1;
        for (int i = 0; i < depth; i++) {
            at = directory.indexOf('/', at + 1);
            if (at < 0) {
                return directory + "/";
            }
        }
        return directory.substring(0, at) + "/";
    }

    private static int depth(String path) {
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }
}
