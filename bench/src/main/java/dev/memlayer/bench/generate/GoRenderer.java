package dev.memlayer.bench.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Module {@code example.com/acme} under {@code go/}; a package per {@code internal/<domain>/<layer>}
 * directory, imported under the alias {@code <domain><layer>} so two {@code api} packages never clash.
 */
final class GoRenderer implements SourceRenderer {

    private static final String MODULE = "example.com/acme";

    @Override
    public Lang lang() {
        return Lang.GO;
    }

    @Override
    public String path(PlannedFile file) {
        String type = file.isTest()
                ? file.typeName().substring(0, file.typeName().length() - "Test".length()) : file.typeName();
        return "go/internal/" + file.domain() + "/" + file.layer() + "/" + Words.snake(type)
                + (file.isTest() ? "_test.go" : ".go");
    }

    private static String packageName(PlannedFile file) {
        return file.layer();
    }

    private static String alias(PlannedFile file) {
        return file.domain() + file.layer();
    }

    @Override
    public String render(PlannedFile file, IntFunction<PlannedFile> lookup, int revision) {
        StringBuilder out = new StringBuilder(file.lines() * 32);
        out.append("package ").append(packageName(file)).append("\n\n");
        if (file.isTest()) {
            PlannedFile subject = lookup.apply(file.testOf());
            out.append("import \"testing\"\n");
            for (String method : file.methods()) {
                out.append("\nfunc Test").append(Words.capitalize(method)).append("(t *testing.T) {\n")
                        .append("\tif New").append(subject.typeName()).append("().")
                        .append(Words.capitalize(subject.entryMethod())).append("(7) < 0 {\n")
                        .append("\t\tt.Fatal(\"negative total\")\n\t}\n}\n");
            }
            return out.toString();
        }
        List<PlannedFile> deps = file.imports().stream().map(lookup::apply).toList();
        Map<String, String> imports = new LinkedHashMap<>();
        for (PlannedFile dep : deps) {
            imports.put(alias(dep), MODULE + "/internal/" + dep.domain() + "/" + dep.layer());
        }
        if (!imports.isEmpty()) {
            out.append("import (\n");
            imports.forEach((alias, path) -> out.append('\t').append(alias).append(" \"").append(path).append("\"\n"));
            out.append(")\n\n");
        }
        String type = file.typeName();
        out.append("const limit").append(type).append(" = ").append(Prose.limit(file)).append("\n\n");
        out.append("// ").append(type).append(": ").append(Prose.typeDoc(file)).append('\n');
        out.append("type ").append(type).append(" struct {\n\tcounter int\n}\n\n");
        out.append("// New").append(type).append(" returns a ready ").append(Words.spaced(type)).append(".\n");
        out.append("func New").append(type).append("() *").append(type).append(" {\n\treturn &").append(type)
                .append("{}\n}\n");
        for (int j = 0; j < file.methods().size(); j++) {
            String method = Words.capitalize(file.methods().get(j));
            out.append("\n// ").append(method).append(": ").append(Prose.methodDoc(file, file.methods().get(j)))
                    .append('\n');
            out.append("func (s *").append(type).append(") ").append(method).append("(value int) int {\n");
            out.append("\ttotal := value + s.counter\n");
            if (!deps.isEmpty()) {
                PlannedFile dep = deps.get(j % deps.size());
                out.append("\ttotal += ").append(alias(dep)).append(".New").append(dep.typeName()).append("().")
                        .append(Words.capitalize(dep.entryMethod())).append("(total % limit").append(type)
                        .append(")\n");
            }
            out.append("\tif total > limit").append(type).append(" {\n\t\ttotal = total % limit").append(type)
                    .append("\n\t}\n");
            out.append("\tfor i := 0; i < ").append(2 + j % 5).append("; i++ {\n");
            out.append("\t\ttotal += i * ").append(3 + j).append("\n\t}\n");
            out.append("\ts.counter = total\n\treturn total\n}\n");
        }
        for (int r = 1; r <= revision; r++) {
            out.append("\nfunc (s *").append(type).append(") ").append(Words.capitalize(Prose.patchMethod(file, r)))
                    .append("(value int) int {\n\treturn value*").append(r).append(" + limit").append(type)
                    .append("\n}\n");
        }
        return out.toString();
    }

    @Override
    public Map<String, String> supportFiles(List<PlannedFile> files) {
        return Map.of("go/go.mod", "module " + MODULE + "\n\ngo 1.22\n");
    }
}
