package dev.memlayer.indexer.extract.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KotlinImportRulesTest {

    private static final String FROM = "src/main/kotlin/com/acme/app/Main.kt";

    private static final Map<String, String> TEXTS = Map.of(
            "src/main/kotlin/com/acme/util/Strings.kt", "package com.acme.util\n\nfun String.shout() = uppercase()\n",
            "src/main/kotlin/com/acme/util/Numbers.kt", "package com.acme.util\n\nfun twice(x: Int) = 2 * x\n",
            // the common root com.acme is omitted from these directories, as Kotlin's guide allows
            "core/src/main/kotlin/model/User.kt", "/* header */\npackage com.acme.model\n\ndata class User(val id: Long)\n",
            "core/src/main/kotlin/model/ids.kt", "@file:JvmName(\"Ids\")\npackage com.acme.model\n\ntypealias UserId = Long\n",
            "core/src/main/kotlin/other/model/User.kt", "package com.other.model\n\nclass User\n");

    private final ResolveContext context = context(List.of(FROM, "src/main/kotlin/com/acme/util/Strings.kt",
            "src/main/kotlin/com/acme/util/Numbers.kt", "src/main/java/com/acme/legacy/Dao.java",
            "core/src/main/kotlin/model/User.kt", "core/src/main/kotlin/model/ids.kt",
            "core/src/main/kotlin/other/model/User.kt"));

    private final KotlinImportRules rules = new KotlinImportRules();

    @Test
    void resolve_topLevelFunction_findsTheFileOfItsPackageThatDeclaresIt() {
        assertThat(rules.resolve(new ImportFact("com.acme.util.shout", null, 3), FROM, context))
                .containsExactly("src/main/kotlin/com/acme/util/Strings.kt");
    }

    @Test
    void resolve_wildcard_everyFileOfThePackage() {
        assertThat(rules.resolve(new ImportFact("com.acme.util.*", "wildcard", 3), FROM, context))
                .containsExactly("src/main/kotlin/com/acme/util/Numbers.kt", "src/main/kotlin/com/acme/util/Strings.kt");
    }

    @Test
    void resolve_javaClass_interop() {
        assertThat(rules.resolve(new ImportFact("com.acme.legacy.Dao", "alias", 3), FROM, context))
                .containsExactly("src/main/java/com/acme/legacy/Dao.java");
    }

    @Test
    void resolve_directoryNotMirroringPackage_fallsBackToThePackageLine() {
        assertThat(rules.resolve(new ImportFact("com.acme.model.User", null, 3), FROM, context))
                .containsExactly("core/src/main/kotlin/model/User.kt");
        assertThat(rules.resolve(new ImportFact("com.acme.model.UserId", null, 3), FROM, context))
                .containsExactly("core/src/main/kotlin/model/ids.kt");
        assertThat(rules.resolve(new ImportFact("com.acme.model.*", "wildcard", 3), FROM, context))
                .containsExactly("core/src/main/kotlin/model/User.kt", "core/src/main/kotlin/model/ids.kt");
    }

    @Test
    void resolve_externalLibrary_resolvesToNothing() {
        assertThat(rules.resolve(new ImportFact("kotlinx.coroutines.launch", null, 3), FROM, context)).isEmpty();
        assertThat(rules.resolve(new ImportFact("java.util.List", "alias", 3), FROM, context)).isEmpty();
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
