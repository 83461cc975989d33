package dev.memlayer.service.explore;

import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.TestPaths;
import dev.memlayer.service.read.FileGraph;
import dev.memlayer.service.read.FileSymbol;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Per-file facts every layer asks for, computed once while an overview is built. */
final class FileStats {

    /** Languages whose files hold data or prose, not code: never entry points, modules or API. */
    private static final Set<String> NOT_CODE = Set.of("markdown", "json", "yaml", "toml", "xml", "text", "other",
            "properties", "html", "css", "sql");

    private final SnapshotView view;
    private final int[] importers;
    private final boolean[] test;

    FileStats(SnapshotView view) {
        this.view = view;
        int n = view.files().size();
        this.importers = new int[n];
        this.test = new boolean[n];
        FileGraph graph = view.graph();
        for (int f = 0; f < n; f++) {
            test[f] = TestPaths.isTest(view.files().get(f).path());
            Set<Integer> distinct = new HashSet<>();
            for (FileGraph.Link l : graph.in(f)) {
                if (l.kind() == EdgeKind.IMPORT) {
                    distinct.add(l.file());
                }
            }
            importers[f] = distinct.size();
        }
    }

    SnapshotView view() {
        return view;
    }

    int size() {
        return importers.length;
    }

    String path(int f) {
        return view.files().get(f).path();
    }

    int importers(int f) {
        return importers[f];
    }

    boolean isTest(int f) {
        return test[f];
    }

    /** A non-test file in a programming language. */
    boolean isSource(int f) {
        return !test[f] && !NOT_CODE.contains(view.files().get(f).language());
    }

    /** Source files, most imported first, then by path. */
    List<Integer> sourcesByImporters() {
        List<Integer> out = new ArrayList<>();
        for (int f = 0; f < size(); f++) {
            if (isSource(f)) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt((Integer f) -> -importers[f]).thenComparing(this::path));
        return out;
    }

    /**
     * A file's symbols with their nesting depth (by line-range containment, as outlines nest them),
     * in source order.
     */
    List<Nested> nested(int f) {
        FileSymbol[] symbols = view.symbols(f).clone();
        java.util.Arrays.sort(symbols, Comparator.comparingInt(FileSymbol::lineStart)
                .thenComparing(Comparator.comparingInt(FileSymbol::lineEnd).reversed()));
        List<Nested> out = new ArrayList<>(symbols.length);
        Deque<FileSymbol> open = new ArrayDeque<>();
        for (FileSymbol s : symbols) {
            while (!open.isEmpty() && !(open.peek().lineStart() <= s.lineStart() && s.lineEnd() <= open.peek().lineEnd())) {
                open.pop();
            }
            out.add(new Nested(s, open.size()));
            open.push(s);
        }
        return out;
    }

    record Nested(FileSymbol symbol, int depth) {
    }
}
