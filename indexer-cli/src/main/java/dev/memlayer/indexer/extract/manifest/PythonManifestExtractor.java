package dev.memlayer.indexer.extract.manifest;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.FileFacts;
import java.util.List;
import java.util.Map;

/**
 * Python dependencies (ecosystem {@code pypi}). {@code pyproject.toml}: {@code [project]
 * dependencies} (runtime), {@code [project.optional-dependencies]} (group {@code dev} → dev,
 * {@code test}/{@code tests} → test, others optional), {@code [dependency-groups]} (PEP 735, same
 * naming), Poetry's {@code [tool.poetry.dependencies]} (runtime, {@code python} itself skipped),
 * {@code [tool.poetry.dev-dependencies]} and {@code [tool.poetry.group.<g>.dependencies]}.
 * {@code requirements*.txt} (and {@code requirements/*.txt}): one PEP 508 line each; {@code -r},
 * {@code -e}, options and URLs skipped; scope from the file name (dev, test, else runtime).
 * A PEP 508 string keeps its version specifier ({@code >=2.0,<3}); extras and markers are dropped.
 */
public final class PythonManifestExtractor implements Extractor {

    @Override
    public String id() {
        return "python-manifest";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        String name = file.fileName();
        return name.equals("pyproject.toml") || isRequirements(file.path(), name);
    }

    private static boolean isRequirements(String path, String name) {
        if (!name.endsWith(".txt") && !name.endsWith(".in")) {
            return false;
        }
        return name.startsWith("requirements") || path.contains("requirements/");
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        if (file.fileName().equals("pyproject.toml")) {
            pyproject(file.text(), facts);
        } else {
            requirements(file.text(), scopeOfName(file.path()), facts);
        }
        return facts.build();
    }

    private static void pyproject(String text, FactsBuilder facts) {
        TomlTableReader.Result toml = TomlTableReader.read(text);
        facts.parseErrors(toml.errors());
        Map<String, Map<String, Object>> tables = toml.tables();
        pep508List(tables.getOrDefault("project", Map.of()).get("dependencies"), "runtime", facts);
        groups(tables.get("project.optional-dependencies"), facts);
        groups(tables.get("dependency-groups"), facts);
        poetry(tables.get("tool.poetry.dependencies"), "runtime", facts);
        poetry(tables.get("tool.poetry.dev-dependencies"), "dev", facts);
        for (Map.Entry<String, Map<String, Object>> t : tables.entrySet()) {
            String name = t.getKey();
            if (name.startsWith("tool.poetry.group.") && name.endsWith(".dependencies")) {
                String group = name.substring("tool.poetry.group.".length(), name.length() - ".dependencies".length());
                poetry(t.getValue(), groupScope(group, "dev"), facts);
            }
        }
    }

    private static void groups(Map<String, Object> table, FactsBuilder facts) {
        if (table != null) {
            table.forEach((group, list) -> pep508List(list, groupScope(group, "optional"), facts));
        }
    }

    private static String groupScope(String group, String otherwise) {
        return switch (group) {
            case "dev", "develop", "lint", "typing", "docs" -> "dev";
            case "test", "tests", "testing" -> "test";
            default -> otherwise;
        };
    }

    private static void poetry(Map<String, Object> table, String scope, FactsBuilder facts) {
        if (table == null) {
            return;
        }
        table.forEach((name, value) -> {
            if (name.equals("python")) {
                return;
            }
            if (value instanceof String v) {
                facts.dependency("pypi", name, v, scope);
            } else if (value instanceof Map<?, ?> m) {
                Object v = m.get("version");
                boolean optional = "true".equals(m.get("optional"));
                facts.dependency("pypi", name, v instanceof String s ? s : null, optional ? "optional" : scope);
            }
        });
    }

    private static void pep508List(Object list, String scope, FactsBuilder facts) {
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof String req) {
                    requirement(req, scope, facts);
                }
            }
        }
    }

    private static void requirements(String text, String scope, FactsBuilder facts) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            int hash = l.indexOf(" #");
            if (hash >= 0) {
                l = l.substring(0, hash).strip();
            }
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("-") || l.contains("://")) {
                continue;
            }
            requirement(l, scope, facts);
        }
    }

    /** {@code name[extra]>=1.0,<2; python_version<"3.8"} → (name, {@code >=1.0,<2}). */
    static void requirement(String req, String scope, FactsBuilder facts) {
        String r = req;
        int marker = r.indexOf(';');
        if (marker >= 0) {
            r = r.substring(0, marker);
        }
        int at = r.indexOf(" @ ");
        if (at >= 0) {
            r = r.substring(0, at);
        }
        r = r.strip();
        int end = 0;
        while (end < r.length() && isNameChar(r.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return;
        }
        String name = r.substring(0, end);
        String rest = r.substring(end).strip();
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            rest = close < 0 ? "" : rest.substring(close + 1).strip();
        }
        if (rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        facts.dependency("pypi", name, rest.isEmpty() ? null : rest.replace(" ", ""), scope);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    private static String scopeOfName(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (name.contains("test")) {
            return "test";
        }
        if (name.contains("dev") || name.contains("lint") || name.contains("doc") || name.contains("typing")) {
            return "dev";
        }
        return "runtime";
    }
}
