package dev.memlayer.indexer.extract.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeScriptImportRulesTest {

    private record Context(PathIndex paths, Map<String, String> texts) implements ResolveContext {
        @Override
        public Optional<String> text(String path) {
            return Optional.ofNullable(texts.get(path));
        }
    }

    private static final String TSCONFIG = """
            {
              // JSONC: comments and trailing commas are allowed
              "compilerOptions": {
                "baseUrl": "./src",
                "paths": {
                  "@/*": ["*"],
                  "@ui": ["components/ui/index.ts"],
                },
              },
            }
            """;

    private static final Context REPO = new Context(new PathIndex(List.of(
            "web/tsconfig.json",
            "web/src/app.ts",
            "web/src/lib/repo.ts",
            "web/src/lib/util/index.ts",
            "web/src/lib/types.d.ts",
            "web/src/components/Button.tsx",
            "web/src/components/ui/index.ts",
            "web/src/esm/a.ts",
            "web/src/esm/b.ts",
            "scripts/run.mjs",
            "scripts/helpers.cjs")), Map.of("web/tsconfig.json", TSCONFIG));

    private final TypeScriptImportRules rules = new TypeScriptImportRules();

    private List<String> resolve(String raw, String from) {
        return rules.resolve(new ImportFact(raw, "import", 1), from, REPO);
    }

    @Test
    void resolve_relativeSpecifier_triesExtensions() {
        assertThat(resolve("./lib/repo", "web/src/app.ts")).containsExactly("web/src/lib/repo.ts");
        assertThat(resolve("../components/Button", "web/src/lib/repo.ts")).containsExactly("web/src/components/Button.tsx");
        assertThat(resolve("./types", "web/src/lib/repo.ts")).containsExactly("web/src/lib/types.d.ts");
        assertThat(resolve("./helpers", "scripts/run.mjs")).containsExactly("scripts/helpers.cjs");
    }

    @Test
    void resolve_directorySpecifier_findsIndexFile() {
        assertThat(resolve("./lib/util", "web/src/app.ts")).containsExactly("web/src/lib/util/index.ts");
        assertThat(resolve("./util/", "web/src/lib/repo.ts")).containsExactly("web/src/lib/util/index.ts");
    }

    @Test
    void resolve_esmJsExtension_findsTsSource() {
        assertThat(resolve("./b.js", "web/src/esm/a.ts")).containsExactly("web/src/esm/b.ts");
    }

    @Test
    void resolve_tsconfigPathsAndBaseUrl_fromNearestJsoncConfig() {
        assertThat(resolve("@/lib/repo", "web/src/app.ts")).containsExactly("web/src/lib/repo.ts");
        assertThat(resolve("@ui", "web/src/app.ts")).containsExactly("web/src/components/ui/index.ts");
        assertThat(resolve("lib/util", "web/src/app.ts")).containsExactly("web/src/lib/util/index.ts");
    }

    @Test
    void resolve_barePackage_isExternal() {
        assertThat(resolve("react", "web/src/app.ts")).isEmpty();
        assertThat(resolve("@scope/pkg", "web/src/app.ts")).isEmpty();
        assertThat(resolve("lodash", "scripts/run.mjs")).isEmpty();
    }
}
