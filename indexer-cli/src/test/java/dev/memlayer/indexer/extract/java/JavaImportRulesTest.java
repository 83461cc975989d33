package dev.memlayer.indexer.extract.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaImportRulesTest {

    private static final String FROM = "app/src/main/java/com/acme/app/Main.java";

    private final ResolveContext context = context(List.of(
            FROM,
            "app/src/main/java/com/acme/store/Repository.java",
            "app/src/main/java/com/acme/store/Order.java",
            "app/src/main/java/com/acme/store/package-info.java",
            "app/src/main/resources/com/acme/store/schema.sql",
            "app/src/main/java/com/acme/util/Checks.java",
            "lib/src/main/java/com/acme/util/Checks.java",
            "lib/src/main/kotlin/com/acme/kt/Helpers.kt",
            "app/src/test/java/com/acme/store/RepositoryTest.java"));

    private final JavaImportRules rules = new JavaImportRules();

    @Test
    void resolve_classImport_findsFileByPackagePath() {
        assertThat(rules.resolve(new ImportFact("com.acme.store.Order", null, 3), FROM, context))
                .containsExactly("app/src/main/java/com/acme/store/Order.java");
    }

    @Test
    void resolve_sameClassInTwoModules_prefersTheImportersModule() {
        assertThat(rules.resolve(new ImportFact("com.acme.util.Checks", null, 3), FROM, context))
                .containsExactly("app/src/main/java/com/acme/util/Checks.java");
        assertThat(rules.resolve(new ImportFact("com.acme.util.Checks", null, 3),
                "lib/src/main/java/com/acme/lib/X.java", context))
                .containsExactly("lib/src/main/java/com/acme/util/Checks.java");
    }

    @Test
    void resolve_wildcard_everyJavaFileOfThePackageDirectory() {
        assertThat(rules.resolve(new ImportFact("com.acme.store.*", "wildcard", 3), FROM, context))
                .containsExactly("app/src/main/java/com/acme/store/Order.java",
                        "app/src/main/java/com/acme/store/Repository.java",
                        "app/src/main/java/com/acme/store/package-info.java");
    }

    @Test
    void resolve_staticMemberAndStaticWildcard_findTheClassFile() {
        assertThat(rules.resolve(new ImportFact("com.acme.store.Repository.of", "static", 3), FROM, context))
                .containsExactly("app/src/main/java/com/acme/store/Repository.java");
        assertThat(rules.resolve(new ImportFact("com.acme.store.Repository.*", "static", 3), FROM, context))
                .containsExactly("app/src/main/java/com/acme/store/Repository.java");
    }

    @Test
    void resolve_nestedClass_findsTheOuterClassFile() {
        assertThat(rules.resolve(new ImportFact("com.acme.store.Repository.Entry", null, 3), FROM, context))
                .containsExactly("app/src/main/java/com/acme/store/Repository.java");
    }

    @Test
    void resolve_kotlinClassFromJava_findsTheKtFile() {
        assertThat(rules.resolve(new ImportFact("com.acme.kt.Helpers", null, 3), FROM, context))
                .containsExactly("lib/src/main/kotlin/com/acme/kt/Helpers.kt");
    }

    @Test
    void resolve_jdkAndThirdParty_resolveToNothing() {
        assertThat(rules.resolve(new ImportFact("java.util.List", null, 3), FROM, context)).isEmpty();
        assertThat(rules.resolve(new ImportFact("java.util.*", "wildcard", 3), FROM, context)).isEmpty();
        assertThat(rules.resolve(new ImportFact("org.junit.jupiter.api.Assertions.assertEquals", "static", 3),
                FROM, context)).isEmpty();
    }

    static ResolveContext context(List<String> paths) {
        return context(paths, Map.of());
    }

    static ResolveContext context(List<String> paths, Map<String, String> texts) {
        PathIndex index = new PathIndex(paths);
        return new ResolveContext() {
            @Override
            public PathIndex paths() {
                return index;
            }

            @Override
            public Optional<String> text(String path) {
                return Optional.ofNullable(texts.get(path));
            }
        };
    }
}
