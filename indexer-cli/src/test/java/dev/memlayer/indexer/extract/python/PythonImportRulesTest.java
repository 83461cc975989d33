package dev.memlayer.indexer.extract.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.resolve.PathIndex;
import dev.memlayer.indexer.resolve.ResolveContext;
import dev.memlayer.model.facts.ImportFact;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PythonImportRulesTest {

    private record Context(PathIndex paths) implements ResolveContext {
        @Override
        public Optional<String> text(String path) {
            return Optional.empty();
        }
    }

    private static final Context REPO = new Context(new PathIndex(List.of(
            "src/shop/__init__.py",
            "src/shop/models.py",
            "src/shop/base.py",
            "src/shop/utils/__init__.py",
            "src/shop/utils/money.py",
            "src/shop/core/__init__.py",
            "src/shop/core/db.py",
            "tools/build.py",
            "tools/lib/__init__.py",
            "tools/lib/json.py",
            "conftest.py")));

    private final PythonImportRules rules = new PythonImportRules();

    private List<String> resolve(String raw, String kind, String from) {
        return rules.resolve(new ImportFact(raw, kind, 1), from, REPO);
    }

    @Test
    void resolve_absoluteModule_underSourceRoot() {
        assertThat(resolve("shop.models", "import", "tests/test_models.py")).containsExactly("src/shop/models.py");
        assertThat(resolve("shop.utils", "import", "tests/test_models.py")).containsExactly("src/shop/utils/__init__.py");
    }

    @Test
    void resolve_fromImportName_triesModuleThenPackage() {
        assertThat(resolve("shop.utils.money", "from", "x.py")).containsExactly("src/shop/utils/money.py");
        assertThat(resolve("shop.models.Cart", "from", "x.py")).containsExactly("src/shop/models.py");
    }

    @Test
    void resolve_relativeImport_fromModuleAndFromPackageInit() {
        assertThat(resolve(".base.Model", "relative", "src/shop/models.py")).containsExactly("src/shop/base.py");
        assertThat(resolve(".utils", "relative", "src/shop/models.py")).containsExactly("src/shop/utils/__init__.py");
        assertThat(resolve("..core.db", "relative", "src/shop/utils/money.py")).containsExactly("src/shop/core/db.py");
        assertThat(resolve(".money", "relative", "src/shop/utils/__init__.py")).containsExactly("src/shop/utils/money.py");
        assertThat(resolve("..", "relative", "src/shop/utils/money.py")).containsExactly("src/shop/__init__.py");
    }

    @Test
    void resolve_moduleInsideAPackage_isNotATopLevelModule() {
        // tools/lib/json.py is lib.json, not the stdlib json
        assertThat(resolve("json", "import", "tools/build.py")).isEmpty();
        assertThat(resolve("os.path", "import", "x.py")).isEmpty();
    }

    @Test
    void resolve_rootModule_exactPath() {
        assertThat(resolve("conftest", "import", "tests/a.py")).containsExactly("conftest.py");
        assertThat(resolve("lib.json", "import", "tools/build.py")).containsExactly("tools/lib/json.py");
    }

    @Test
    void resolve_relativeClimbingAboveRoot_isEmpty() {
        assertThat(resolve("...x", "relative", "a/b.py")).isEmpty();
    }
}
