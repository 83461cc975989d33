package dev.memlayer.indexer.resolve;

import dev.memlayer.indexer.extract.ExtractorRegistry;
import dev.memlayer.indexer.resolve.SnapshotFactsReader.Facts;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.EdgeKind;
import dev.memlayer.model.facts.Language;
import dev.memlayer.model.facts.TestPaths;
import dev.memlayer.model.facts.TypeRelationFact;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Updates a snapshot's graph from the previous snapshot's instead of resolving it whole: resolves
 * again only the edges a change can affect and keeps the others (edge rows are shared between
 * snapshots: the previous snapshot's rows of other sources stay current), giving exactly the edges a full
 * {@link GraphResolver#resolve} would (tested by comparing both). A file's edges are a function of
 * its own facts, the snapshot's paths, the text of files its rules read, its resolved imports and
 * the files defining the names it uses (see {@link GraphResolver}), so with C the files added or
 * changed and R those removed:
 * <ul>
 *   <li>imports: of C; of every file when a path appeared or disappeared (any lookup may see it);
 *       of every file of a language whose rules {@link ImportRules#readsText read} a file of C or R;</li>
 *   <li>calls and types: of C; of files whose import targets changed; of files calling a name, or
 *       relating to a type name, that a file of C or R stopped or started defining;</li>
 *   <li>tests: of every test when a path appeared or disappeared, else of the tests in C and those
 *       whose import targets changed.</li>
 * </ul>
 * The caller checks that the previous graph came from the same versions ({@link GraphVersion}).
 */
public final class IncrementalGraph {

    /** Beyond this share of the files needing new call and type edges, one full read is cheaper. */
    static final double MAX_RELINKED_SHARE = 0.3;
    /** Small repositories always update (the share of a handful of files says nothing). */
    static final int MIN_RELINKED_LIMIT = 64;

    private final GraphResolver resolver;
    private final SnapshotFactsReader reader;
    private final CurrentExtractors current;

    public IncrementalGraph(GraphResolver resolver, ExtractorRegistry extractors) {
        this.resolver = resolver;
        this.reader = new SnapshotFactsReader(extractors);
        this.current = new CurrentExtractors(extractors);
    }

    /**
     * Writes the edges of {@code snapshotId} from those of {@code previousId}; returns their number,
     * or empty (nothing written) when so much changed that the caller should resolve the whole graph.
     *
     * @param before path → content hash of the previous snapshot
     * @param after  path → content hash of this one (its facts are stored)
     */
    public OptionalInt update(Connection c, long previousId, long snapshotId, Map<String, String> before,
            Map<String, String> after) throws SQLException {
        Change change = Change.between(before, after);
        GraphLookups lookups = new GraphLookups(c, current);
        PathIndex paths = new PathIndex(after.keySet());
        ResolveContext context = new StoredFiles(c, snapshotId, paths);

        Map<String, FileNode> changed = reader.read(c, snapshotId, change.changed(), EnumSet.allOf(Facts.class));
        Map<String, FileNode> importing = importing(c, snapshotId, change, changed);
        EdgeSet imports = new EdgeSet();
        Map<String, Set<String>> imported = new HashMap<>();
        for (FileNode node : importing.values()) {
            imported.put(node.path(), new HashSet<>(resolver.resolveImports(node, context, imports)));
        }
        Set<String> reimported = new HashSet<>(importing.keySet());
        reimported.removeAll(change.changed());
        Map<String, Set<String>> previousTargets = lookups.importTargets(previousId, reimported);
        Set<String> importsChanged = new HashSet<>();
        for (String f : reimported) {
            if (!imported.get(f).equals(previousTargets.getOrDefault(f, Set.of()))) {
                importsChanged.add(f);
            }
        }

        Set<String> relinked = new HashSet<>(change.changed());
        relinked.addAll(importsChanged);
        relinked.addAll(affectedByNames(c, snapshotId, change, before, changed, lookups));
        if (relinked.size() > Math.max(MIN_RELINKED_LIMIT, MAX_RELINKED_SHARE * after.size())) {
            return OptionalInt.empty();
        }
        EdgeSet links = link(c, snapshotId, previousId, relinked, changed, imported, lookups);

        Set<String> retested = new HashSet<>(change.changed());
        retested.addAll(importsChanged);
        Collection<String> tests = (change.pathsChanged() ? after.keySet() : retested).stream()
                .filter(TestPaths::isTest).toList();
        Map<String, List<String>> testImports = new HashMap<>();
        tests.forEach(t -> testImports.put(t, List.copyOf(imported.getOrDefault(t, Set.of()))));
        EdgeSet testEdges = new EdgeSet();
        TestLinker.link(tests, paths, testImports).forEach(testEdges::add);

        String project = EdgeWriter.projectOf(c, snapshotId);
        List<Edge> replaced = new ArrayList<>();
        replaced.addAll(current(c, project, EdgeKind.IMPORT, importing.keySet(), change));
        replaced.addAll(current(c, project, EdgeKind.CALL, relinked, change));
        replaced.addAll(current(c, project, EdgeKind.TYPE, relinked, change));
        replaced.addAll(current(c, project, EdgeKind.TEST, tests, change));
        List<Edge> fresh = imports.toList();
        fresh.addAll(links.toList());
        fresh.addAll(testEdges.toList());
        EdgeWriter.replace(c, project, snapshotId, replaced, fresh);
        return OptionalInt.of(EdgeWriter.countCurrent(c, project));
    }

    /**
     * The files whose imports are resolved again, with their import facts: the changed ones, and
     * every file whose resolution may see the change (all of them when the paths changed).
     */
    private Map<String, FileNode> importing(Connection c, long snapshotId, Change change,
            Map<String, FileNode> changed) throws SQLException {
        Map<String, FileNode> out = new HashMap<>(changed);
        if (change.pathsChanged()) {
            out.putAll(reader.read(c, snapshotId, null, EnumSet.of(Facts.IMPORTS)));
            out.putAll(changed);
            return out;
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String touched : change.touched()) {
            for (ImportRules rules : resolver.rulesReading(touched)) {
                languages.addAll(rules.languages());
            }
        }
        if (languages.isEmpty()) {
            return out;
        }
        List<String> files = change.after().keySet().stream()
                .filter(p -> !changed.containsKey(p) && languages.contains(Language.ofPath(p))).toList();
        out.putAll(reader.read(c, snapshotId, files, EnumSet.of(Facts.IMPORTS)));
        return out;
    }

    /** Files whose call or type edges change because some file started or stopped defining a name they use. */
    private Set<String> affectedByNames(Connection c, long snapshotId, Change change, Map<String, String> before,
            Map<String, FileNode> changed, GraphLookups lookups) throws SQLException {
        Set<String> oldHashes = new HashSet<>();
        for (String p : change.touched()) {
            if (before.containsKey(p)) {
                oldHashes.add(before.get(p));
            }
        }
        Map<String, List<FileNode.Definition>> old = lookups.definitionsOf(oldHashes);
        Set<String> callables = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (String p : change.touched()) {
            List<FileNode.Definition> was = before.containsKey(p) ? old.getOrDefault(before.get(p), List.of()) : List.of();
            List<FileNode.Definition> is = changed.containsKey(p) ? changed.get(p).definitions() : List.of();
            callables.addAll(Definitions.symmetricDifference(Definitions.callableNames(was),
                    Definitions.callableNames(is)));
            types.addAll(Definitions.symmetricDifference(Definitions.typeNames(was), Definitions.typeNames(is)));
        }
        Set<String> affected = lookups.callers(snapshotId, callables);
        if (!types.isEmpty()) {
            for (FileNode node : reader.read(c, snapshotId, null, EnumSet.of(Facts.TYPE_RELATIONS)).values()) {
                for (TypeRelationFact t : node.typeRelations()) {
                    if (types.contains(GraphResolver.simpleName(t.target()))) {
                        affected.add(node.path());
                    }
                }
            }
        }
        return affected;
    }

    /** Call and type edges of the given files, from the definers of just the names they use. */
    private EdgeSet link(Connection c, long snapshotId, long previousId, Set<String> files,
            Map<String, FileNode> changed, Map<String, Set<String>> imported, GraphLookups lookups)
            throws SQLException {
        Map<String, FileNode> nodes = new HashMap<>(changed);
        List<String> unread = files.stream().filter(f -> !changed.containsKey(f)).toList();
        nodes.putAll(reader.read(c, snapshotId, unread, EnumSet.of(Facts.CALLS, Facts.TYPE_RELATIONS)));
        List<String> keptImports = files.stream().filter(f -> !imported.containsKey(f)).toList();
        Map<String, Set<String>> previous = lookups.importTargets(previousId, keptImports);
        Set<String> names = new HashSet<>();
        for (FileNode node : nodes.values()) {
            node.calls().stream().map(CallFact::callee).forEach(names::add);
            node.typeRelations().forEach(t -> names.add(GraphResolver.simpleName(t.target())));
        }
        Definitions definitions = lookups.definers(snapshotId, names);
        EdgeSet edges = new EdgeSet();
        for (FileNode node : nodes.values()) {
            Set<String> targets = imported.containsKey(node.path()) ? imported.get(node.path())
                    : previous.getOrDefault(node.path(), Set.of());
            GraphResolver.link(node, definitions, targets, edges);
        }
        return edges;
    }

    /**
     * The current (previous snapshot's) edges of a kind that this update replaces: those of re-resolved
     * or removed sources.
     */
    private static List<Edge> current(Connection c, String project, EdgeKind kind, Collection<String> resolved,
            Change change) throws SQLException {
        Set<String> sources = new HashSet<>(resolved);
        sources.addAll(change.removed());
        return EdgeWriter.current(c, project, kind, sources);
    }

    /** What differs between two manifests (path → content hash). */
    record Change(Map<String, String> after, Set<String> changed, Set<String> removed, boolean pathsChanged) {

        static Change between(Map<String, String> before, Map<String, String> after) {
            Set<String> changed = new HashSet<>();
            boolean added = false;
            for (Map.Entry<String, String> e : after.entrySet()) {
                String was = before.get(e.getKey());
                if (!e.getValue().equals(was)) {
                    changed.add(e.getKey());
                    added |= was == null;
                }
            }
            Set<String> removed = new HashSet<>(before.keySet());
            removed.removeAll(after.keySet());
            return new Change(after, changed, removed, added || !removed.isEmpty());
        }

        /** Changed, added and removed files. */
        Set<String> touched() {
            Set<String> all = new HashSet<>(changed);
            all.addAll(removed);
            return all;
        }
    }
}
