package dev.memlayer.indexer.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paths of one snapshot, indexed for the lookups import rules make: exact path, file name,
 * directory listing and path suffix ({@code com/acme/Foo.java} finds
 * {@code src/main/java/com/acme/Foo.java}). Immutable once built.
 */
public final class PathIndex {

    private final Set<String> paths;
    private final Map<String, List<String>> byFileName = new HashMap<>();
    private final Map<String, List<String>> byDirectory = new HashMap<>();

    public PathIndex(Collection<String> paths) {
        this.paths = Set.copyOf(new HashSet<>(paths));
        for (String p : this.paths) {
            byFileName.computeIfAbsent(fileName(p), k -> new ArrayList<>()).add(p);
            byDirectory.computeIfAbsent(directory(p), k -> new ArrayList<>()).add(p);
        }
        byFileName.values().forEach(l -> l.sort(null));
        byDirectory.values().forEach(l -> l.sort(null));
    }

    public boolean exists(String path) {
        return paths.contains(path);
    }

    public Set<String> all() {
        return paths;
    }

    /** Files with this exact file name, sorted. */
    public List<String> withFileName(String fileName) {
        return byFileName.getOrDefault(fileName, List.of());
    }

    /** Files directly inside this directory ({@code ""} for the root), sorted. */
    public List<String> inDirectory(String directory) {
        return byDirectory.getOrDefault(directory, List.of());
    }

    /** Whether any file lives directly in this directory. */
    public boolean isDirectory(String directory) {
        return byDirectory.containsKey(directory);
    }

    /** Files whose path is {@code suffix} or ends with {@code "/" + suffix}, sorted. */
    public List<String> withSuffix(String suffix) {
        List<String> out = new ArrayList<>();
        for (String p : withFileName(fileName(suffix))) {
            if (p.equals(suffix) || p.endsWith("/" + suffix)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Directories whose path is {@code suffix} or ends with {@code "/" + suffix}. */
    public List<String> directoriesWithSuffix(String suffix) {
        List<String> out = new ArrayList<>();
        for (String d : byDirectory.keySet()) {
            if (d.equals(suffix) || d.endsWith("/" + suffix)) {
                out.add(d);
            }
        }
        out.sort(null);
        return out;
    }

    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The directory of a path, {@code ""} at the root. */
    public static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Joins a directory and a relative path, resolving {@code .} and {@code ..}; null when it
     * climbs above the repository root.
     */
    public static String join(String directory, String relative) {
        List<String> parts = new ArrayList<>();
        if (!directory.isEmpty()) {
            parts.addAll(List.of(directory.split("/")));
        }
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
