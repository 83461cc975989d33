package dev.memlayer.indexer.extract.typescript;

import dev.memlayer.indexer.resolve.ImportRules;
import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * TS/JS module specifiers to files, the way TypeScript's "bundler"/"node" resolution finds them:
 * a relative specifier tries the path as written, then with {@code .ts .tsx .d.ts .js .jsx .mjs
 * .cjs} appended, then {@code index.*} inside it (a {@code .js} specifier also finds its {@code .ts}
 * source, as ESM TypeScript writes them). A bare specifier goes through the nearest {@code
 * tsconfig.json} / {@code jsconfig.json} up the tree ({@code paths}, then {@code baseUrl}); what
 * none of them maps is an external package and resolves to nothing.
 */
public final class TypeScriptImportRules implements ImportRules {

    static final String[] EXTENSIONS = {".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs"};

    private final TsConfigs configs = new TsConfigs();

    /**
     * Loads the JSONC reader of {@code tsconfig.json} files ({@code pipeline.WarmUp}): the first config a
     * run reads otherwise pays for building a Jackson mapper (~50 ms in a fresh JVM) on the run's thread.
     */
    public static void warmUp() {
        TsConfigs.parse("", "{\"compilerOptions\": {\"baseUrl\": \".\", \"paths\": {\"a/*\": [\"b/*\"]}}}");
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.TYPESCRIPT, Language.TSX, Language.JAVASCRIPT);
    }

    /** {@code baseUrl} and {@code paths} come from the nearest {@code tsconfig.json} / {@code jsconfig.json}. */
    @Override
    public boolean readsText(String path) {
        return TsConfigs.isConfig(PathIndex.fileName(path));
    }

    @Override
    public List<String> resolve(ImportFact imp, String fromPath, ResolveContext context) {
        String spec = imp.raw();
        int query = spec.indexOf('?');
        if (query >= 0) {
            spec = spec.substring(0, query);
        }
        if (spec.isEmpty()) {
            return List.of();
        }
        PathIndex paths = context.paths();
        if (spec.startsWith("./") || spec.startsWith("../") || spec.equals(".") || spec.equals("..")) {
            return file(paths, PathIndex.join(PathIndex.directory(fromPath), spec));
        }
        if (spec.startsWith("/")) {
            return List.of();
        }
        Optional<TsConfigs.TsConfig> config = configs.nearest(fromPath, context);
        if (config.isPresent()) {
            for (String candidate : config.get().candidates(spec)) {
                List<String> found = file(paths, candidate);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The file a path-like specifier names: as written, with an extension, or its index file. */
    static List<String> file(PathIndex paths, String base) {
        if (base == null) {
            return List.of();
        }
        if (!base.isEmpty() && paths.exists(base)) {
            return List.of(base);
        }
        for (String js : new String[] {".js", ".jsx", ".mjs", ".cjs"}) {
            if (base.endsWith(js)) {
                String stem = base.substring(0, base.length() - js.length());
                String ts = js.equals(".jsx") ? ".tsx" : js.equals(".mjs") ? ".mts" : js.equals(".cjs") ? ".cts" : ".ts";
                for (String candidate : new String[] {stem + ts, stem + ".tsx", stem + ".d.ts"}) {
                    if (paths.exists(candidate)) {
                        return List.of(candidate);
                    }
                }
            }
        }
        for (String ext : EXTENSIONS) {
            if (paths.exists(base + ext)) {
                return List.of(base + ext);
            }
        }
        String dir = base.isEmpty() ? "" : base + "/";
        for (String ext : EXTENSIONS) {
            if (paths.exists(dir + "index" + ext)) {
                return List.of(dir + "index" + ext);
            }
        }
        return List.of();
    }
}
