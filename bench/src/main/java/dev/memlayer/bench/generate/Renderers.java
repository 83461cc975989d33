package dev.memlayer.bench.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The renderer of each language, and the support files of a set of planned files. */
final class Renderers {

    private static final Map<Lang, SourceRenderer> BY_LANG = new EnumMap<>(Map.of(
            Lang.JAVA, new JavaRenderer(), Lang.KOTLIN, new KotlinRenderer(), Lang.TYPESCRIPT,
            new TypeScriptRenderer(), Lang.PYTHON, new PythonRenderer(), Lang.GO, new GoRenderer(),
            Lang.RUST, new RustRenderer()));

    private Renderers() {
    }

    static SourceRenderer of(Lang lang) {
        return BY_LANG.get(lang);
    }

    /** Manifests, package files, the README and .gitignore for the given files (path → text, sorted). */
    static Map<String, String> supportFiles(List<PlannedFile> files) {
        Map<String, String> out = new TreeMap<>();
        for (Lang lang : Lang.values()) {
            out.putAll(BY_LANG.get(lang).supportFiles(files.stream().filter(f -> f.lang() == lang).toList()));
        }
        out.put("README.md", """
                # acme

                A synthetic polyglot product repository made by memlayer's benchmark generator: a Java platform,
                a Kotlin mobile module, a TypeScript web front end, Python and Go services and a Rust engine.
                """);
        out.put(".gitignore", "target/\nnode_modules/\ndist/\n__pycache__/\n");
        return out;
    }
}
