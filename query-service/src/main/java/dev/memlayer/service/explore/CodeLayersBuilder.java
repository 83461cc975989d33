package dev.memlayer.service.explore;

import dev.memlayer.model.api.SymbolRef;
import dev.memlayer.model.api.explore.FileApi;
import dev.memlayer.model.api.explore.ModuleExports;
import dev.memlayer.model.api.explore.TypeEdge;
import dev.memlayer.model.api.explore.TypeFamily;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.TypeRelationFact;
import dev.memlayer.service.files.FileFactsService;
import dev.memlayer.service.read.FileDetails;
import dev.memlayer.service.read.FileGraph;
import dev.memlayer.service.read.FileSymbol;
import dev.memlayer.service.read.SnapshotView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The layers read from code facts: module index (exported top-level names per directory), API
 * surface (public signatures per file) and type graph (extends/implements, the target resolved to
 * the project file defining it when there is one).
 */
final class CodeLayersBuilder {

    static final int MAX_PER_ITEM = Detail.VERBOSE.perItem();
    static final int MAX_ITEMS = 500;
    private static final Set<String> TYPE_KINDS = Set.of("class", "interface", "enum", "record", "struct", "trait",
            "type", "object", "annotation");

    private CodeLayersBuilder() {
    }

    static List<ModuleExports> modules(FileStats stats) {
        record Module(List<Integer> files, Set<String> exports) {
        }
        Map<String, Module> modules = new LinkedHashMap<>();
        for (int f : stats.sourcesByImporters()) {
            Module m = modules.computeIfAbsent(stats.view().files().get(f).directory(),
                    d -> new Module(new ArrayList<>(), new LinkedHashSet<>()));
            m.files().add(f);
            for (FileStats.Nested n : stats.nested(f)) {
                if (n.depth() == 0 && n.symbol().exported()) {
                    m.exports().add(n.symbol().name());
                }
            }
        }
        List<ModuleExports> out = new ArrayList<>();
        modules.forEach((dir, m) -> {
            if (m.exports().isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>(m.exports());
            List<String> shown = names.size() > MAX_PER_ITEM ? names.subList(0, MAX_PER_ITEM) : names;
            out.add(new ModuleExports(dir.isEmpty() ? "." : dir + "/", m.files().size(),
                    outsideImporters(stats, dir, m.files()), shown, names.size() - shown.size()));
        });
        out.sort(Comparator.comparingInt(ModuleExports::importers).reversed()
                .thenComparing(Comparator.comparingInt(ModuleExports::files).reversed())
                .thenComparing(ModuleExports::module));
        return cap(out);
    }

    static List<FileApi> api(FileStats stats) {
        List<FileApi> out = new ArrayList<>();
        for (int f : stats.sourcesByImporters()) {
            List<SymbolRef> symbols = new ArrayList<>();
            for (FileStats.Nested n : stats.nested(f)) {
                if (n.depth() <= 1 && n.symbol().exported()) {
                    symbols.add(FileFactsService.ref(n.symbol()));
                }
            }
            if (symbols.isEmpty()) {
                continue;
            }
            List<SymbolRef> shown = symbols.size() > MAX_PER_ITEM ? symbols.subList(0, MAX_PER_ITEM) : symbols;
            out.add(new FileApi(stats.path(f), stats.view().files().get(f).language(), stats.importers(f), shown,
                    symbols.size() - shown.size()));
            if (out.size() >= MAX_ITEMS) {
                break;
            }
        }
        return out;
    }

    /**
     * Relations grouped by their target (name and defining file): the most extended or implemented
     * types first, since they are the project's abstractions.
     */
    static List<TypeFamily> typeFamilies(FileStats stats, FileDetails details) {
        SnapshotView view = stats.view();
        Map<String, List<TypeEdge>> byTarget = new LinkedHashMap<>();
        for (int f = 0; f < stats.size(); f++) {
            if (stats.isTest(f)) {
                continue;
            }
            for (TypeRelationFact r : details.typeRelations(f)) {
                String target = targetPath(view, f, r.target());
                byTarget.computeIfAbsent(r.target() + '\0' + target, k -> new ArrayList<>())
                        .add(new TypeEdge(r.subject(), r.relation(), r.target(), stats.path(f), r.line(), target));
            }
        }
        List<TypeFamily> out = new ArrayList<>(byTarget.size());
        for (List<TypeEdge> edges : byTarget.values()) {
            edges.sort(Comparator.comparing(TypeEdge::path).thenComparingInt(TypeEdge::line));
            List<TypeEdge> shown = edges.size() > MAX_PER_ITEM ? edges.subList(0, MAX_PER_ITEM) : edges;
            TypeEdge first = edges.get(0);
            out.add(new TypeFamily(first.target(), first.targetPath(), edges.size(), shown,
                    edges.size() - shown.size()));
        }
        out.sort(Comparator.comparingInt(TypeFamily::total).reversed().thenComparing(TypeFamily::target));
        return cap(out);
    }

    /** The project file defining a type named like the target's last segment; the same folder wins. */
    private static String targetPath(SnapshotView view, int from, String target) {
        String simple = target;
        for (String sep : List.of("::", ".", "\\")) {
            int at = simple.lastIndexOf(sep);
            if (at >= 0) {
                simple = simple.substring(at + sep.length());
            }
        }
        String best = null;
        String dir = view.files().get(from).directory();
        for (int f : view.symbolIndex().definers(simple.toLowerCase(Locale.ROOT))) {
            boolean definesType = false;
            for (FileSymbol s : view.symbols(f)) {
                if (s.name().equals(simple) && TYPE_KINDS.contains(s.kind())) {
                    definesType = true;
                    break;
                }
            }
            if (!definesType) {
                continue;
            }
            String path = view.files().get(f).path();
            if (view.files().get(f).directory().equals(dir)) {
                return path;
            }
            if (best == null) {
                best = path;
            }
        }
        return best;
    }

    private static int outsideImporters(FileStats stats, String dir, List<Integer> files) {
        Set<Integer> outside = new HashSet<>();
        for (int f : files) {
            for (FileGraph.Link l : stats.view().graph().in(f)) {
                if (l.kind() == EdgeKind.IMPORT
                        && !stats.view().files().get(l.file()).directory().equals(dir)) {
                    outside.add(l.file());
                }
            }
        }
        return outside.size();
    }

    static <T> List<T> cap(List<T> list) {
        return list.size() > MAX_ITEMS ? List.copyOf(list.subList(0, MAX_ITEMS)) : list;
    }
}
