package dev.memlayer.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** Package {@code acme} under the source root {@code python/}; tests under {@code python/tests/}. */
final class PythonRenderer implements SourceRenderer {

    @Override
    public Lang lang() {
        return Lang.PYTHON;
    }

    @Override
    public String path(PlannedFile file) {
        if (file.isTest()) {
            return "python/tests/" + file.domain() + "/" + file.layer() + "/test_" + module(file) + ".py";
        }
        return "python/acme/" + file.domain() + "/" + file.layer() + "/" + module(file) + ".py";
    }

    private static String module(PlannedFile file) {
        String type = file.isTest()
                ? file.typeName().substring(0, file.typeName().length() - "Test".length()) : file.typeName();
        return Words.snake(type);
    }

    @Override
    public String render(PlannedFile file, IntFunction<PlannedFile> lookup, int revision) {
        StringBuilder out = new StringBuilder(file.lines() * 32);
        if (file.isTest()) {
            PlannedFile subject = lookup.apply(file.testOf());
            out.append("from acme.").append(subject.domain()).append('.').append(subject.layer()).append('.')
                    .append(module(subject)).append(" import ").append(subject.typeName()).append("\n\n");
            for (String method : file.methods()) {
                out.append("\ndef test_").append(Words.snake(method)).append("_keeps_total_in_range():\n")
                        .append("    assert ").append(subject.typeName()).append("().")
                        .append(Words.snake(subject.entryMethod())).append("(7) >= 0\n\n");
            }
            return out.toString();
        }
        out.append("\"\"\"").append(Prose.typeDoc(file)).append("\"\"\"\n");
        List<PlannedFile> deps = file.imports().stream().map(lookup::apply).toList();
        for (PlannedFile dep : deps) {
            out.append("from acme.").append(dep.domain()).append('.').append(dep.layer()).append('.')
                    .append(module(dep)).append(" import ").append(dep.typeName()).append('\n');
        }
        out.append("\nLIMIT = ").append(Prose.limit(file)).append("\n\n\nclass ").append(file.typeName())
                .append(":\n    \"\"\"").append(Words.capitalize(Words.spaced(file.typeName()))).append(".\"\"\"\n\n");
        out.append("    def __init__(self):\n");
        for (PlannedFile dep : deps) {
            out.append("        self.").append(Words.snake(dep.typeName())).append(" = ").append(dep.typeName())
                    .append("()\n");
        }
        out.append("        self.counter = 0\n");
        for (int j = 0; j < file.methods().size(); j++) {
            String method = file.methods().get(j);
            out.append("\n    def ").append(Words.snake(method)).append("(self, value):\n");
            out.append("        \"\"\"").append(Prose.methodDoc(file, method)).append("\"\"\"\n");
            out.append("        total = value + self.counter\n");
            if (!deps.isEmpty()) {
                PlannedFile dep = deps.get(j % deps.size());
                out.append("        total += self.").append(Words.snake(dep.typeName())).append('.')
                        .append(Words.snake(dep.entryMethod())).append("(total % LIMIT)\n");
            }
            out.append("        if total > LIMIT:\n            total = total % LIMIT\n");
            out.append("        for i in range(").append(2 + j % 5).append("):\n");
            out.append("            total += i * ").append(3 + j).append('\n');
            out.append("        self.counter = total\n        return total\n");
        }
        for (int r = 1; r <= revision; r++) {
            out.append("\n    def ").append(Words.snake(Prose.patchMethod(file, r))).append("(self, value):\n")
                    .append("        return value * ").append(r).append(" + LIMIT\n");
        }
        return out.toString();
    }

    @Override
    public Map<String, String> supportFiles(List<PlannedFile> files) {
        Map<String, String> out = new TreeMap<>();
        out.put("python/pyproject.toml", """
                [project]
                name = "acme"
                version = "1.0.0"
                requires-python = ">=3.10"

                [tool.pytest.ini_options]
                testpaths = ["tests"]
                """);
        for (PlannedFile file : files) {
            if (!file.isTest()) {
                out.put("python/acme/__init__.py", "\"\"\"The acme services.\"\"\"\n");
                out.put("python/acme/" + file.domain() + "/__init__.py",
                        "\"\"\"The " + file.domain() + " domain.\"\"\"\n");
                out.put("python/acme/" + file.domain() + "/" + file.layer() + "/__init__.py",
                        "\"\"\"The " + file.domain() + " " + file.layer() + " package.\"\"\"\n");
            }
        }
        return out;
    }
}
