package dev.memlayer.indexer.extract.rust;

import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Rust module paths to files. The crate of a file is the nearest {@code Cargo.toml} up the tree;
 * its modules live under that directory's {@code src/} ({@code a::b} is {@code src/a/b.rs} or
 * {@code src/a/b/mod.rs}; the root is {@code lib.rs} or {@code main.rs}). {@code use crate::a::b::C}
 * names the longest module prefix that exists ({@code C} may be an item of {@code b});
 * {@code self::}/{@code super::} start from the importing file's own module; {@code mod foo;}
 * is {@code foo.rs} / {@code foo/mod.rs} next to a {@code mod.rs}/{@code lib.rs}/{@code main.rs},
 * inside {@code <stem>/} otherwise. Other first segments ({@code std}, {@code serde}) are external.
 * A file outside {@code src/} (tests, examples, build.rs) is its own crate root.
 */
public final class RustImportRules implements ImportRules {

    @Override
    public Set<Language> languages() {
        return Set.of(Language.RUST);
    }

    @Override
    public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
        PathIndex paths = context.paths();
        String srcRoot = crateSrc(fromPath, paths);
        List<String> self = moduleOf(fromPath, srcRoot);
        if ("mod".equals(imp.kind())) {
            return modDeclaration(imp.raw(), fromPath, paths);
        }
        if ("extern_crate".equals(imp.kind())) {
            return List.of();
        }
        List<String> segs = new ArrayList<>(Arrays.asList(imp.raw().split("::")));
        List<String> module;
        if (segs.isEmpty()) {
            return List.of();
        }
        switch (segs.get(0)) {
            case "crate" -> module = new ArrayList<>();
            case "self" -> module = new ArrayList<>(self);
            case "super" -> {
                module = new ArrayList<>(self);
                while (!segs.isEmpty() && segs.get(0).equals("super")) {
                    if (module.isEmpty()) {
                        return List.of();
                    }
                    module.remove(module.size() - 1);
                    segs.remove(0);
                }
                segs.add(0, "super");
            }
            default -> {
                return List.of();
            }
        }
        segs.remove(0);
        module.addAll(segs);
        for (int n = module.size(); n >= 0; n--) {
            String found = moduleFile(paths, srcRoot, module.subList(0, n));
            if (found != null) {
                return List.of(found);
            }
        }
        return List.of();
    }

    /** {@code mod foo;} (raw {@code inline::foo} when declared inside inline modules). */
    private static List<String> modDeclaration(String raw, String fromPath, PathIndex paths) {
        String file = PathIndex.fileName(fromPath);
        String dir = PathIndex.directory(fromPath);
        if (!(file.equals("mod.rs") || file.equals("lib.rs") || file.equals("main.rs"))) {
            String stem = file.endsWith(".rs") ? file.substring(0, file.length() - 3) : file;
            dir = dir.isEmpty() ? stem : dir + "/" + stem;
        }
        String rel = raw.replace("::", "/");
        String base = dir.isEmpty() ? rel : dir + "/" + rel;
        for (String candidate : new String[] {base + ".rs", base + "/mod.rs"}) {
            if (paths.exists(candidate)) {
                return List.of(candidate);
            }
        }
        return List.of();
    }

    /** The file of a module under a crate's src directory, or null. */
    private static String moduleFile(PathIndex paths, String srcRoot, List<String> module) {
        String prefix = srcRoot.isEmpty() ? "" : srcRoot + "/";
        if (module.isEmpty()) {
            for (String root : new String[] {"lib.rs", "main.rs"}) {
                if (paths.exists(prefix + root)) {
                    return prefix + root;
                }
            }
            return null;
        }
        String base = prefix + String.join("/", module);
        if (paths.exists(base + ".rs")) {
            return base + ".rs";
        }
        return paths.exists(base + "/mod.rs") ? base + "/mod.rs" : null;
    }

    /** The src directory of the file's crate; the file's own directory when it is outside one. */
    static String crateSrc(String fromPath, PathIndex paths) {
        String dir = PathIndex.directory(fromPath);
        while (true) {
            String manifest = dir.isEmpty() ? "Cargo.toml" : dir + "/Cargo.toml";
            if (paths.exists(manifest)) {
                String src = dir.isEmpty() ? "src" : dir + "/src";
                return fromPath.startsWith(src + "/") ? src : PathIndex.directory(fromPath);
            }
            if (dir.isEmpty()) {
                int at = fromPath.lastIndexOf("src/");
                return at == 0 ? "src" : at > 0 && fromPath.charAt(at - 1) == '/' ? fromPath.substring(0, at + 3)
                        : PathIndex.directory(fromPath);
            }
            dir = PathIndex.directory(dir);
        }
    }

    /** The module path of a file relative to its crate's src ({@code src/a/b.rs} → [a, b]). */
    static List<String> moduleOf(String fromPath, String srcRoot) {
        String rel = srcRoot.isEmpty() ? fromPath : fromPath.substring(Math.min(fromPath.length(), srcRoot.length() + 1));
        if (rel.endsWith(".rs")) {
            rel = rel.substring(0, rel.length() - 3);
        }
        List<String> segs = new ArrayList<>(Arrays.asList(rel.split("/")));
        String last = segs.get(segs.size() - 1);
        if (last.equals("mod") || (segs.size() == 1 && (last.equals("lib") || last.equals("main")))) {
            segs.remove(segs.size() - 1);
        }
        return segs;
    }
}
