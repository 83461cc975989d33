package dev.memlayer.indexer.extract.golang;

import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Go imports → files. The module path comes from the {@code module} line of the nearest
 * {@code go.mod} above the importing file (then of any other {@code go.mod} in the repository, for
 * multi-module repositories); {@code module/sub/pkg} is every non-test {@code .go} file directly in
 * {@code sub/pkg} under that {@code go.mod}'s directory. Standard library and external modules
 * resolve to nothing.
 */
public final class GoImportRules implements ImportRules {

    @Override
    public Set<Language> languages() {
        return Set.of(Language.GO);
    }

    /** Module paths come from {@code go.mod} files. */
    @Override
    public boolean readsText(String path) {
        return PathIndex.fileName(path).equals("go.mod");
    }

    @Override
    public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
        PathIndex paths = context.paths();
        String nearest = nearestGoMod(paths, PathIndex.directory(fromPath));
        if (nearest != null) {
            List<String> files = inModule(imp.raw(), nearest, context);
            if (files != null) {
                return files;
            }
        }
        for (String goMod : paths.withFileName("go.mod")) {
            if (!goMod.equals(nearest)) {
                List<String> files = inModule(imp.raw(), goMod, context);
                if (files != null) {
                    return files;
                }
            }
        }
        return List.of();
    }

    /** The package's files when the import is inside this go.mod's module; null when it is not. */
    private static List<String> inModule(String importPath, String goMod, ResolveContext context) {
        String module = context.text(goMod).flatMap(GoImportRules::cachedModulePath).orElse(null);
        if (module == null || !(importPath.equals(module) || importPath.startsWith(module + "/"))) {
            return null;
        }
        String moduleDir = PathIndex.directory(goMod);
        String rel = importPath.substring(module.length());
        String dir = rel.isEmpty() ? moduleDir
                : moduleDir.isEmpty() ? rel.substring(1) : moduleDir + rel;
        List<String> out = new ArrayList<>();
        for (String p : context.paths().inDirectory(dir)) {
            if (p.endsWith(".go") && !p.endsWith("_test.go")) {
                out.add(p);
            }
        }
        return out;
    }

    private static String nearestGoMod(PathIndex paths, String directory) {
        String dir = directory;
        while (true) {
            String candidate = dir.isEmpty() ? "go.mod" : dir + "/go.mod";
            if (paths.exists(candidate)) {
                return candidate;
            }
            if (dir.isEmpty()) {
                return null;
            }
            dir = PathIndex.directory(dir);
        }
    }

    /**
     * {@link #modulePath}, once per go.mod text: every import of every Go file asks for its module's
     * path (hugo: ~20 000 imports, each splitting go.mod into lines). Keyed weakly by the text the
     * context holds, so nothing outlives the run that read it.
     */
    private static Optional<String> cachedModulePath(String goMod) {
        return MODULE_PATHS.computeIfAbsent(goMod, text -> Optional.ofNullable(modulePath(text)));
    }

    private static final Map<String, Optional<String>> MODULE_PATHS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The {@code module} line's path ({@code module github.com/acme/app}, quotes allowed); null when absent. */
    static String modulePath(String goMod) {
        for (String line : goMod.split("\n")) {
            String s = line.strip();
            if (s.startsWith("module") && s.length() > 6 && Character.isWhitespace(s.charAt(6))) {
                String path = s.substring(7).strip();
                int comment = path.indexOf("//");
                path = (comment >= 0 ? path.substring(0, comment) : path).strip();
                if (path.length() > 1 && (path.startsWith("\"") || path.startsWith("`"))) {
                    path = path.substring(1, path.length() - 1);
                }
                return path.isEmpty() ? null : path;
            }
        }
        return null;
    }
}
