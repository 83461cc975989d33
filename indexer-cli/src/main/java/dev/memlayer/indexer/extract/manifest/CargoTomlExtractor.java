package dev.memlayer.indexer.extract.manifest;

import dev.memlayer.indexer.extract.Extractor;
import dev.memlayer.indexer.extract.FactsBuilder;
import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.FileFacts;
import java.util.Map;

/**
 * {@code Cargo.toml} dependencies: {@code [dependencies]} (runtime), {@code [dev-dependencies]}
 * (dev), {@code [build-dependencies]} (build), their {@code [target.'cfg(…)'.…]} variants, and
 * {@code [workspace.dependencies]} (runtime). A value is a version string, an inline table
 * ({@code { version = "1", features = […] }}) or a {@code [dependencies.name]} table; a
 * {@code path}/{@code git} dependency has no version (null); {@code optional = true} gives scope
 * {@code optional}. The package name in {@code package = "…"} wins over the key (renames).
 */
public final class CargoTomlExtractor implements Extractor {

    @Override
    public String id() {
        return "cargo-toml";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean handles(SourceFile file) {
        return file.fileName().equals("Cargo.toml");
    }

    @Override
    public FileFacts extract(SourceFile file) {
        FactsBuilder facts = new FactsBuilder();
        TomlTableReader.Result toml = TomlTableReader.read(file.text());
        facts.parseErrors(toml.errors());
        for (Map.Entry<String, Map<String, Object>> table : toml.tables().entrySet()) {
            String name = table.getKey();
            String scope = scopeOf(name);
            if (scope != null) {
                table.getValue().forEach((key, value) -> dependency(facts, key, value, scope));
                continue;
            }
            // [dependencies.serde] with version = "1" inside
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                String parentScope = scopeOf(name.substring(0, dot));
                if (parentScope != null) {
                    dependency(facts, name.substring(dot + 1), table.getValue(), parentScope);
                }
            }
        }
        return facts.build();
    }

    /** The scope of a dependency table name, or null when it is not one. */
    private static String scopeOf(String table) {
        String t = table.startsWith("target.") ? table.substring(table.lastIndexOf('.') + 1)
                : table.startsWith("workspace.") ? table.substring("workspace.".length()) : table;
        return switch (t) {
            case "dependencies" -> "runtime";
            case "dev-dependencies", "dev_dependencies" -> "dev";
            case "build-dependencies", "build_dependencies" -> "build";
            default -> null;
        };
    }

    private static void dependency(FactsBuilder facts, String key, Object value, String scope) {
        String name = key;
        int dot = key.indexOf('.');
        if (dot > 0) {
            // dotted key: serde.version = "1" (attribute of a dependency, not a dependency)
            if (key.endsWith(".version") && value instanceof String v) {
                facts.dependency("cargo", key.substring(0, dot), v, scope);
            }
            return;
        }
        if (value instanceof String version) {
            facts.dependency("cargo", name, version, scope);
        } else if (value instanceof Map<?, ?> table) {
            Object version = table.get("version");
            Object pkg = table.get("package");
            boolean optional = "true".equals(table.get("optional"));
            facts.dependency("cargo", pkg instanceof String p ? p : name, version instanceof String v ? v : null,
                    optional ? "optional" : scope);
        }
    }
}
