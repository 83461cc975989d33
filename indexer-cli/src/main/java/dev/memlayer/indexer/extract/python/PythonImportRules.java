package dev.memlayer.indexer.extract.python;

import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Python modules to files. {@code a.b.c} is {@code a/b/c.py} (or {@code .pyi}) or the package
 * {@code a/b/c/__init__.py}, looked up at the repository root first, then under any source root:
 * a directory {@code X} with {@code X/a/b/c.py} counts only when {@code X} is not itself a package
 * (no {@code X/__init__.py}), so {@code import utils} does not latch onto some {@code pkg/utils.py}.
 * Relative imports climb from the importing file's package. A {@code from} import names
 * {@code pkg.name}: tried as a module first, then as the package {@code pkg} that defines it.
 */
public final class PythonImportRules implements ImportRules {

    /** Candidates kept for an ambiguous absolute import (several source roots). */
    private static final int MAX_ROOT_MATCHES = 3;

    @Override
    public Set<Language> languages() {
        return Set.of(Language.PYTHON);
    }

    @Override
    public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
        PathIndex paths = context.paths();
        String raw = imp.raw();
        if (raw.startsWith(".")) {
            return relative(raw, fromPath, paths);
        }
        List<String> found = absolute(raw.replace('.', '/'), fromPath, paths);
        if (found.isEmpty() && "from".equals(imp.kind())) {
            int dot = raw.lastIndexOf('.');
            if (dot > 0) {
                found = absolute(raw.substring(0, dot).replace('.', '/'), fromPath, paths);
            }
        }
        return found;
    }

    private static List<String> relative(String raw, String fromPath, PathIndex paths) {
        int dots = 0;
        while (dots < raw.length() && raw.charAt(dots) == '.') {
            dots++;
        }
        String dir = PathIndex.directory(fromPath);
        for (int i = 1; i < dots; i++) {
            if (dir.isEmpty()) {
                return List.of();
            }
            dir = PathIndex.directory(dir);
        }
        String rest = raw.substring(dots);
        if (rest.isEmpty()) {
            return moduleAt(paths, dir, "");
        }
        String rel = rest.replace('.', '/');
        List<String> found = moduleAt(paths, dir, rel);
        if (found.isEmpty()) {
            int slash = rel.lastIndexOf('/');
            found = moduleAt(paths, dir, slash < 0 ? "" : rel.substring(0, slash));
        }
        return found;
    }

    /** The module file or package init of {@code rel} under {@code dir} ("" rel: the package itself). */
    private static List<String> moduleAt(PathIndex paths, String dir, String rel) {
        String base = rel.isEmpty() ? dir : dir.isEmpty() ? rel : dir + "/" + rel;
        if (!rel.isEmpty()) {
            for (String ext : new String[] {".py", ".pyi"}) {
                if (paths.exists(base + ext)) {
                    return List.of(base + ext);
                }
            }
        }
        String init = base.isEmpty() ? "__init__.py" : base + "/__init__.py";
        return paths.exists(init) ? List.of(init) : List.of();
    }

    private static List<String> absolute(String rel, String fromPath, PathIndex paths) {
        List<String> atRoot = moduleAt(paths, "", rel);
        if (!atRoot.isEmpty()) {
            return atRoot;
        }
        List<String> out = new ArrayList<>();
        for (String suffix : new String[] {rel + ".py", rel + ".pyi", rel + "/__init__.py"}) {
            for (String p : paths.withSuffix(suffix)) {
                String root = p.substring(0, p.length() - suffix.length());
                String rootDir = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
                if (!paths.exists(rootDir.isEmpty() ? "__init__.py" : rootDir + "/__init__.py") && !out.contains(p)) {
                    out.add(p);
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        out.sort((a, b) -> Integer.compare(commonPrefix(b, fromPath), commonPrefix(a, fromPath)));
        return out.size() > MAX_ROOT_MATCHES ? List.copyOf(out.subList(0, MAX_ROOT_MATCHES)) : out;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
