package dev.memlayer.indexer.extract.golang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoImportRulesTest {

    private static final Map<String, String> TEXTS = Map.of(
            "go.mod", "// the app\nmodule github.com/acme/app\n\ngo 1.22\n\nrequire github.com/x/y v1.0.0\n",
            "tools/go.mod", "module github.com/acme/app/tools\n");

    private final ResolveContext context = context(List.of("go.mod", "main.go", "app.go",
            "internal/store/store.go", "internal/store/cache.go", "internal/store/store_test.go",
            "internal/store/testdata/fixture.go", "internal/store/README.md",
            "internal/store/sql/query.go",
            "tools/go.mod", "tools/gen/gen.go", "tools/cmd/main.go"));

    private final GoImportRules rules = new GoImportRules();

    @Test
    void resolve_modulePackage_everyNonTestGoFileOfItsDirectory() {
        assertThat(rules.resolve(new ImportFact("github.com/acme/app/internal/store", null, 4), "main.go", context))
                .containsExactly("internal/store/cache.go", "internal/store/store.go");
    }

    @Test
    void resolve_nestedPackage_isItsOwnDirectoryOnly() {
        assertThat(rules.resolve(new ImportFact("github.com/acme/app/internal/store/sql", null, 4), "main.go",
                context)).containsExactly("internal/store/sql/query.go");
    }

    @Test
    void resolve_moduleRoot_rootPackageFiles() {
        assertThat(rules.resolve(new ImportFact("github.com/acme/app", null, 4), "internal/store/store.go", context))
                .containsExactly("app.go", "main.go");
    }

    @Test
    void resolve_nestedModule_usesTheNearestGoMod() {
        assertThat(rules.resolve(new ImportFact("github.com/acme/app/tools/gen", null, 4), "tools/cmd/main.go",
                context)).containsExactly("tools/gen/gen.go");
        assertThat(rules.resolve(new ImportFact("github.com/acme/app/tools/gen", null, 4), "main.go", context))
                .as("another module of the repository").containsExactly("tools/gen/gen.go");
    }

    @Test
    void resolve_stdlibAndExternal_resolveToNothing() {
        assertThat(rules.resolve(new ImportFact("fmt", null, 4), "main.go", context)).isEmpty();
        assertThat(rules.resolve(new ImportFact("github.com/x/y/z", null, 4), "main.go", context)).isEmpty();
        assertThat(rules.resolve(new ImportFact("github.com/acme/application", null, 4), "main.go", context)).isEmpty();
    }

    private static ResolveContext context(List<String> paths) {
        PathIndex index = new PathIndex(paths);
        return new ResolveContext() {
            @Override
            public PathIndex paths() {
                return index;
            }

            @Override
            public Optional<String> text(String path) {
                return Optional.ofNullable(TEXTS.get(path));
            }
        };
    }
}
