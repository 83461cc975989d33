package dev.memlayer.indexer.resolve;

import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.TypeRelationFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a snapshot's facts into its file graph. Imports go through each language's {@link
 * ImportRules}; calls and type relations go to the files defining that name, preferring files the
 * caller imports, weighted down when a name is defined in many files (a common name is weak
 * evidence); tests link to their sources by naming convention ({@link TestLinker}).
 */
public final class GraphResolver {

    /** A callee or type name defined in more files than this says nothing about which one is meant. */
    static final int MAX_DEFINING_FILES = 12;
    private static final Set<String> CALLABLE_KINDS = Set.of("function", "method", "constructor", "class",
            "struct", "macro", "object", "record", "enum");
    private static final Set<String> TYPE_KINDS = Set.of("class", "interface", "enum", "record", "struct", "trait",
            "type", "object", "annotation", "protocol");

    private final ImportRulesRegistry rules;

    public GraphResolver(ImportRulesRegistry rules) {
        this.rules = rules;
    }

    public List<Edge> resolve(Map<String, FileNode> nodes, ResolveContext context) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<String, List<String>> imported = new HashMap<>();
        for (FileNode node : nodes.values()) {
            imported.put(node.path(), resolveImports(node, context, edges));
        }
        Map<String, List<String>> callables = definitionsByName(nodes.values(), CALLABLE_KINDS);
        Map<String, List<String>> types = definitionsByName(nodes.values(), TYPE_KINDS);
        for (FileNode node : nodes.values()) {
            List<String> imports = imported.getOrDefault(node.path(), List.of());
            for (CallFact call : node.calls()) {
                link(edges, EdgeKind.CALL, node.path(), callables.get(call.callee()), imports,
                        call.callee() + (call.count() > 1 ? " ×" + call.count() : ""));
            }
            for (TypeRelationFact t : node.typeRelations()) {
                link(edges, EdgeKind.TYPE, node.path(), types.get(simpleName(t.target())), imports,
                        t.subject() + " " + t.relation() + " " + t.target());
            }
        }
        TestLinker.link(nodes.keySet(), context.paths(), imported).forEach(e -> merge(edges, e));
        return new ArrayList<>(edges.values());
    }

    private List<String> resolveImports(FileNode node, ResolveContext context, Map<String, Edge> edges) {
        ImportRules r = rules.forLanguage(node.language()).orElse(null);
        if (r == null || node.imports().isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        for (ImportFact imp : node.imports()) {
            List<String> targets = r.resolve(imp, node.path(), context).stream()
                    .filter(t -> !t.equals(node.path())).toList();
            // a wildcard or package import spreads its weight over the files it names
            double weight = 1.0 / Math.sqrt(Math.max(1, targets.size()));
            for (String t : targets) {
                merge(edges, new Edge(EdgeKind.IMPORT, node.path(), t, weight, imp.raw()));
                all.add(t);
            }
        }
        return all;
    }

    private static void link(Map<String, Edge> edges, EdgeKind kind, String src, List<String> definers,
            List<String> imports, String evidence) {
        if (definers == null) {
            return;
        }
        List<String> candidates = definers.stream().filter(d -> !d.equals(src)).toList();
        List<String> preferred = candidates.stream().filter(imports::contains).toList();
        if (!preferred.isEmpty()) {
            preferred.forEach(d -> merge(edges, new Edge(kind, src, d, 1.0, evidence)));
            return;
        }
        if (candidates.isEmpty() || candidates.size() > MAX_DEFINING_FILES) {
            return;
        }
        double weight = 1.0 / (1.0 + Math.log(candidates.size()));
        candidates.forEach(d -> merge(edges, new Edge(kind, src, d, 0.5 * weight, evidence)));
    }

    private static Map<String, List<String>> definitionsByName(Collection<FileNode> nodes, Set<String> kinds) {
        Map<String, List<String>> byName = new HashMap<>();
        for (FileNode node : nodes) {
            for (FileNode.Definition d : node.definitions()) {
                if (kinds.contains(d.kind())) {
                    List<String> files = byName.computeIfAbsent(d.name(), k -> new ArrayList<>());
                    if (files.isEmpty() || !files.get(files.size() - 1).equals(node.path())) {
                        files.add(node.path());
                    }
                }
            }
        }
        return byName;
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

    /** Keeps one edge per (kind, src, dst): the strongest, with its evidence. */
    private static void merge(Map<String, Edge> edges, Edge e) {
        edges.merge(e.kind().id() + '\u0000' + e.src() + '\u0000' + e.dst(), e,
                (a, b) -> b.weight() > a.weight() ? b : a);
    }
}
