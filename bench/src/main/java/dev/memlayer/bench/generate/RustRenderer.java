package dev.memlayer.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/** A library crate under {@code rust/}: {@code src/<domain>/<layer>/<snake>.rs} with the {@code mod.rs} chain. */
final class RustRenderer implements SourceRenderer {

    @Override
    public Lang lang() {
        return Lang.RUST;
    }

    @Override
    public String path(PlannedFile file) {
        return "rust/src/" + file.domain() + "/" + file.layer() + "/" + Words.snake(file.typeName()) + ".rs";
    }

    private static String usePath(PlannedFile file) {
        return "crate::" + file.domain() + "::" + file.layer() + "::" + Words.snake(file.typeName()) + "::"
                + file.typeName();
    }

    @Override
    public String render(PlannedFile file, IntFunction<PlannedFile> lookup, int revision) {
        StringBuilder out = new StringBuilder(file.lines() * 34);
        List<PlannedFile> deps = file.imports().stream().map(lookup::apply).toList();
        for (PlannedFile dep : deps) {
            out.append("use ").append(usePath(dep)).append(";\n");
        }
        out.append("\nconst LIMIT: i64 = ").append(Prose.limit(file)).append(";\n\n");
        out.append("/// ").append(Prose.typeDoc(file)).append('\n');
        out.append("#[derive(Debug, Default)]\npub struct ").append(file.typeName()).append(" {\n    counter: i64,\n}\n\n");
        out.append("impl ").append(file.typeName()).append(" {\n");
        out.append("    pub fn new() -> Self {\n        Self::default()\n    }\n");
        for (int j = 0; j < file.methods().size(); j++) {
            String method = Words.snake(file.methods().get(j));
            out.append("\n    /// ").append(Prose.methodDoc(file, file.methods().get(j))).append('\n');
            out.append("    pub fn ").append(method).append("(&mut self, value: i64) -> i64 {\n");
            out.append("        let mut total = value + self.counter;\n");
            if (!deps.isEmpty()) {
                PlannedFile dep = deps.get(j % deps.size());
                out.append("        total += ").append(dep.typeName()).append("::new().")
                        .append(Words.snake(dep.entryMethod())).append("(total % LIMIT);\n");
            }
            out.append("        if total > LIMIT {\n            total %= LIMIT;\n        }\n");
            out.append("        for i in 0..").append(2 + j % 5).append(" {\n");
            out.append("            total += i * ").append(3 + j).append(";\n        }\n");
            out.append("        self.counter = total;\n        total\n    }\n");
        }
        for (int r = 1; r <= revision; r++) {
            out.append("\n    pub fn ").append(Words.snake(Prose.patchMethod(file, r)))
                    .append("(&self, value: i64) -> i64 {\n        value * ").append(r).append(" + LIMIT\n    }\n");
        }
        out.append("}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn ")
                .append(Words.snake(file.entryMethod())).append("_keeps_total_in_range() {\n")
                .append("        assert!(").append(file.typeName()).append("::new().")
                .append(Words.snake(file.entryMethod())).append("(7) >= 0);\n    }\n}\n");
        return out.toString();
    }

    @Override
    public Map<String, String> supportFiles(List<PlannedFile> files) {
        Map<String, TreeSet<String>> children = new TreeMap<>();
        for (PlannedFile file : files) {
            children.computeIfAbsent("rust/src/lib.rs", k -> new TreeSet<>()).add(file.domain());
            children.computeIfAbsent("rust/src/" + file.domain() + "/mod.rs", k -> new TreeSet<>()).add(file.layer());
            children.computeIfAbsent("rust/src/" + file.domain() + "/" + file.layer() + "/mod.rs",
                    k -> new TreeSet<>()).add(Words.snake(file.typeName()));
        }
        Map<String, String> out = new TreeMap<>();
        out.put("rust/Cargo.toml", "[package]\nname = \"acme-engine\"\nversion = \"1.0.0\"\nedition = \"2021\"\n");
        children.forEach((path, modules) -> {
            StringBuilder text = new StringBuilder();
            modules.forEach(module -> text.append("pub mod ").append(module).append(";\n"));
            out.put(path, text.toString());
        });
        return out;
    }
}
