package dev.memlayer.indexer.resolve;

import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.TypeRelationFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a snapshot's facts into its file graph. Imports go through each language's {@link
 * ImportRules}; calls and type relations go to the files defining that name, preferring files the
 * caller imports, weighted down when a name is defined in many files (a common name is weak
 * evidence); tests link to their sources by naming convention ({@link TestLinker}).
 *
 * <p>Every edge is a function of one file's facts, its resolved imports, the snapshot's paths and the
 * files defining the names it uses, computed by the per-file methods below; {@link IncrementalGraph}
 * calls them for the files a change can affect and copies the other files' edges.
 */
public final class GraphResolver {

    /**
     * Bump whenever resolution changes (here, in {@link TestLinker}, {@link Definitions} or any
     * language's {@link ImportRules}): the next run then resolves the whole graph instead of copying
     * edges resolved by older rules ({@link GraphVersion}).
     */
    static final int VERSION = 1;
    /** A callee or type name defined in more files than this says nothing about which one is meant. */
    static final int MAX_DEFINING_FILES = 12;

    private final ImportRulesRegistry rules;

    public GraphResolver(ImportRulesRegistry rules) {
        this.rules = rules;
    }

    public List<Edge> resolve(Map<String, FileNode> nodes, ResolveContext context) {
        // in path order: the edges come out grouped by source, the order the edges table keeps them in
        List<FileNode> ordered = new ArrayList<>(nodes.values());
        ordered.sort((a, b) -> a.path().compareTo(b.path()));
        // An edge's key holds its source, and each pass adds a file's edges while on that file: one
        // small set per file and pass finds the same edges, in the same order, as one set of all of
        // them, whose 10^5 entries cost more to hash into than the resolution itself.
        List<Edge> edges = new ArrayList<>();
        Map<String, List<String>> imported = new HashMap<>();
        for (FileNode node : ordered) {
            EdgeSet own = new EdgeSet();
            imported.put(node.path(), resolveImports(node, context, own));
            own.addTo(edges);
        }
        Definitions definitions = Definitions.of(ordered);
        for (FileNode node : ordered) {
            EdgeSet own = new EdgeSet();
            link(node, definitions, imported.getOrDefault(node.path(), List.of()), own);
            own.addTo(edges);
        }
        List<String> paths = new ArrayList<>(ordered.size());
        for (FileNode node : ordered) {
            paths.add(node.path());
        }
        EdgeSet tests = new EdgeSet();
        TestLinker.link(paths, context.paths(), imported).forEach(tests::add);
        tests.addTo(edges);
        return edges;
    }

    /** Adds one file's import edges; returns the files its imports name (the file itself left out). */
    List<String> resolveImports(FileNode node, ResolveContext context, EdgeSet edges) {
        ImportRules r = rules.forLanguage(node.language()).orElse(null);
        if (r == null || node.imports().isEmpty()) {
            return List.of();
        }
        ResolveContext declared = new DeclaredReads(context, r);
        String src = node.path();
        List<String> all = new ArrayList<>();
        for (ImportFact imp : node.imports()) {
            List<String> resolved = r.resolve(imp, src, declared);
            int targets = 0;
            for (String t : resolved) {
                targets += t.equals(src) ? 0 : 1;
            }
            // a wildcard or package import spreads its weight over the files it names
            double weight = 1.0 / Math.sqrt(Math.max(1, targets));
            for (String t : resolved) {
                if (!t.equals(src)) {
                    edges.add(new Edge(EdgeKind.IMPORT, src, t, weight, imp.raw()));
                    all.add(t);
                }
            }
        }
        return all;
    }

    /** The rules that may read the text of {@code path} while resolving ({@link ImportRules#readsText}). */
    List<ImportRules> rulesReading(String path) {
        return rules.all().stream().filter(r -> r.readsText(path)).toList();
    }

    /** Adds one file's call and type edges, given who defines what and the files it imports. */
    static void link(FileNode node, Definitions definitions, Collection<String> imported, EdgeSet edges) {
        String src = node.path();
        for (CallFact call : node.calls()) {
            Set<String> definers = definitions.callables(call.callee());
            int weighting = weighting(src, definers, imported);
            if (weighting != NONE) {
                link(edges, EdgeKind.CALL, src, definers, imported, weighting,
                        call.callee() + (call.count() > 1 ? " ×" + call.count() : ""));
            }
        }
        for (TypeRelationFact t : node.typeRelations()) {
            Set<String> definers = definitions.types(simpleName(t.target()));
            int weighting = weighting(src, definers, imported);
            if (weighting != NONE) {
                link(edges, EdgeKind.TYPE, src, definers, imported, weighting,
                        t.subject() + " " + t.relation() + " " + t.target());
            }
        }
    }

    /** {@link #weighting}: no edge (no definer, or too many to say anything). */
    private static final int NONE = -1;
    /** {@link #weighting}: edges to the imported definers only, at full weight. */
    private static final int IMPORTED = 0;

    /**
     * How a use links to the files defining its name, decided before any edge (or its evidence) is
     * made, as most call sites name something defined nowhere or in too many files: {@link #NONE},
     * {@link #IMPORTED}, or else the number of candidates (other files than {@code src}), to all of
     * which it links with a weight falling with their number.
     */
    private static int weighting(String src, Set<String> definers, Collection<String> imports) {
        if (definers == null) {
            return NONE;
        }
        int candidates = 0;
        for (String d : definers) {
            if (!d.equals(src)) {
                if (imports.contains(d)) {
                    return IMPORTED;
                }
                candidates++;
            }
        }
        return candidates == 0 || candidates > MAX_DEFINING_FILES ? NONE : candidates;
    }

    private static void link(EdgeSet edges, EdgeKind kind, String src, Set<String> definers,
            Collection<String> imports, int weighting, String evidence) {
        if (weighting == IMPORTED) {
            for (String d : definers) {
                if (!d.equals(src) && imports.contains(d)) {
                    edges.add(new Edge(kind, src, d, 1.0, evidence));
                }
            }
            return;
        }
        double weight = 1.0 / (1.0 + Math.log(weighting));
        for (String d : definers) {
            if (!d.equals(src)) {
                edges.add(new Edge(kind, src, d, 0.5 * weight, evidence));
            }
        }
    }

    /** {@code java.util.List<String>} → {@code List}; {@code io.Reader} → {@code Reader}. */
    static String simpleName(String typeName) {
        String s = typeName;
        int generic = s.indexOf('<');
        if (generic >= 0) {
            s = s.substring(0, generic);
        }
        int bracket = s.indexOf('[');
        if (bracket >= 0) {
            s = s.substring(0, bracket);
        }
        s = s.strip();
        int cut = Math.max(s.lastIndexOf('.'), s.lastIndexOf(':'));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }
}
