package dev.memlayer.indexer.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which files define a callable or a type of a given name: all of a snapshot's (a full resolve) or
 * only those of the names a few files use (an incremental one). Built by {@link #add}; not thread-safe.
 */
final class Definitions {

    static final Set<String> CALLABLE_KINDS = Set.of("function", "method", "constructor", "class",
            "struct", "macro", "object", "record", "enum");
    static final Set<String> TYPE_KINDS = Set.of("class", "interface", "enum", "record", "struct", "trait",
            "type", "object", "annotation", "protocol");
    /** Every kind looked up, as an SQL list: {@code ('annotation', 'class', …)}. */
    static final String KINDS_SQL = kindsSql();

    private final Map<String, Set<String>> callables = new HashMap<>();
    private final Map<String, Set<String>> types = new HashMap<>();

    static Definitions of(Collection<FileNode> nodes) {
        Definitions d = new Definitions();
        for (FileNode node : nodes) {
            for (FileNode.Definition def : node.definitions()) {
                d.add(node.path(), def);
            }
        }
        return d;
    }

    void add(String path, FileNode.Definition def) {
        if (CALLABLE_KINDS.contains(def.kind())) {
            callables.computeIfAbsent(def.name(), k -> new LinkedHashSet<>()).add(path);
        }
        if (TYPE_KINDS.contains(def.kind())) {
            types.computeIfAbsent(def.name(), k -> new LinkedHashSet<>()).add(path);
        }
    }

    private static String kindsSql() {
        Set<String> kinds = new TreeSet<>(CALLABLE_KINDS);
        kinds.addAll(TYPE_KINDS);
        return kinds.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** Files defining a callable of this name; null when none. */
    Set<String> callables(String name) {
        return callables.get(name);
    }

    /** Files defining a type of this simple name; null when none. */
    Set<String> types(String name) {
        return types.get(name);
    }

    /** The callable names among {@code defs}. */
    static Set<String> callableNames(Collection<FileNode.Definition> defs) {
        return names(defs, CALLABLE_KINDS);
    }

    /** The type names among {@code defs}. */
    static Set<String> typeNames(Collection<FileNode.Definition> defs) {
        return names(defs, TYPE_KINDS);
    }

    private static Set<String> names(Collection<FileNode.Definition> defs, Set<String> kinds) {
        Set<String> out = new LinkedHashSet<>();
        for (FileNode.Definition d : defs) {
            if (kinds.contains(d.kind())) {
                out.add(d.name());
            }
        }
        return out;
    }

    /** Names whose set of defining files changes when a file's definitions go from {@code before} to {@code after}. */
    static List<String> symmetricDifference(Set<String> before, Set<String> after) {
        List<String> out = new ArrayList<>();
        before.stream().filter(n -> !after.contains(n)).forEach(out::add);
        after.stream().filter(n -> !before.contains(n)).forEach(out::add);
        return out;
    }
}
