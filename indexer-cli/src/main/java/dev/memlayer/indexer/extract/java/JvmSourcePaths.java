package dev.memlayer.indexer.extract.java;

import dev.memlayer.indexer.resolve.PathIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Path lookups Java and Kotlin import rules share: a class's file by package path, a package
 * directory's files, and the tie-break between source roots (the candidate sharing the most
 * leading directories with the importing file, i.e. the same module, wins).
 */
public final class JvmSourcePaths {

    private JvmSourcePaths() {
    }

    /**
     * The file declaring class {@code qualified}, trying outer classes when it is nested
     * ({@code com.acme.Outer.Inner} → {@code com/acme/Outer.java}).
     */
    public static List<String> classFile(PathIndex paths, String qualified, String fromPath, String... extensions) {
        String name = qualified;
        while (name.indexOf('.') > 0) {
            String base = name.replace('.', '/');
            for (String ext : extensions) {
                List<String> found = closest(paths.withSuffix(base + ext), fromPath);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            name = name.substring(0, name.lastIndexOf('.'));
            if (!Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1))) {
                break; // only classes nest: com.acme is a package, not an outer class
            }
        }
        return List.of();
    }

    /** The files with {@code extension} of the package directory closest to the importing file. */
    public static List<String> packageFiles(PathIndex paths, String packageDir, String fromPath, String extension) {
        List<String> dirs = closest(paths.directoriesWithSuffix(packageDir), fromPath);
        if (dirs.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : paths.inDirectory(dirs.get(0))) {
            if (p.endsWith(extension)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The candidates sharing the most leading directories with {@code fromPath}, in order. */
    public static List<String> closest(List<String> candidates, String fromPath) {
        if (candidates.size() <= 1) {
            return candidates;
        }
        int best = -1;
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            int shared = sharedDirectories(c, fromPath);
            if (shared > best) {
                best = shared;
                out.clear();
            }
            if (shared == best) {
                out.add(c);
            }
        }
        return out;
    }

    public static int sharedDirectories(String a, String b) {
        int shared = 0;
        int i = 0;
        while (true) {
            int sa = a.indexOf('/', i);
            int sb = b.indexOf('/', i);
            if (sa < 0 || sa != sb || !a.regionMatches(i, b, i, sa - i)) {
                return shared;
            }
            shared++;
            i = sa + 1;
        }
    }
}
