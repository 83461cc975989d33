package dev.memlayer.indexer.extract.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.indexer.extract.SourceFile;
import dev.memlayer.model.facts.CallFact;
import dev.memlayer.model.facts.FileFacts;
import dev.memlayer.model.facts.ImportFact;
import dev.memlayer.model.facts.SymbolFact;
import dev.memlayer.model.facts.TypeRelationFact;
import org.junit.jupiter.api.Test;

class PythonExtractorTest {

    private static final String SOURCE = """
            \"\"\"Shop models.\"\"\"
            import os.path as osp, json
            from . import utils
            from .base import Model, Field as F
            from ..core.db import *
            from typing import Optional

            MAX_ITEMS = 10
            _cache = {}


            @dataclass(frozen=True)
            class Cart(Model, mixins.Audited, Generic[T]):
                \"\"\"A shopping cart.

                Holds items.
                \"\"\"
                currency: str = "EUR"

                def __init__(self, owner,
                             items: Optional[list] = None) -> None:
                    self.items = utils.normalize(items)

                @property
                def total(self) -> int:
                    return sum(i.price for i in self.items)

                async def checkout(self, gateway, *,
                                   retries: int = 3):
                    # pay and persist
                    await gateway.pay(self.total)
                    self.repo.save(self)
                    self.repo.save(self)

                def _helper(self):
                    def inner():
                        pass
                    return inner()

                class Line:
                    def render(self):
                        return f"{self.qty} x"


            def _private():
                raise ValueError("cart is empty")
            """;

    private final FileFacts facts = new PythonExtractor()
            .extract(SourceFile.of("src/shop/models.py", SOURCE));

    @Test
    void extract_symbols_qualifiedByModulePathAndClasses() {
        assertThat(facts.symbols()).containsExactly(
                new SymbolFact("constant", "MAX_ITEMS", "shop.models", "MAX_ITEMS", 8, 8, true, null),
                new SymbolFact("variable", "_cache", "shop.models", "_cache", 9, 9, false, null),
                new SymbolFact("class", "Cart", "shop.models",
                        "@dataclass(frozen=True) class Cart(Model, mixins.Audited, Generic[T])", 12, 42, true,
                        "A shopping cart.\n\nHolds items."),
                new SymbolFact("field", "currency", "shop.models.Cart", "currency: str", 18, 18, true, null),
                new SymbolFact("constructor", "__init__", "shop.models.Cart",
                        "def __init__(self, owner, items: Optional[list] = None) -> None", 20, 22, true, null),
                new SymbolFact("property", "total", "shop.models.Cart", "@property def total(self) -> int", 24, 26,
                        true, null),
                new SymbolFact("method", "checkout", "shop.models.Cart",
                        "async def checkout(self, gateway, *, retries: int = 3)", 28, 33, true, null),
                new SymbolFact("method", "_helper", "shop.models.Cart", "def _helper(self)", 35, 38, false, null),
                new SymbolFact("function", "inner", "shop.models.Cart._helper", "def inner()", 36, 37, false, null),
                new SymbolFact("class", "Line", "shop.models.Cart", "class Line", 40, 42, true, null),
                new SymbolFact("method", "render", "shop.models.Cart.Line", "def render(self)", 41, 42, true, null),
                new SymbolFact("function", "_private", "shop.models", "def _private()", 45, 46, false, null));
    }

    @Test
    void extract_imports_relativeKeepDots_fromImportsOnePerName() {
        assertThat(facts.imports()).containsExactly(
                new ImportFact("os.path", "import", 2),
                new ImportFact("json", "import", 2),
                new ImportFact(".utils", "relative", 3),
                new ImportFact(".base.Model", "relative", 4),
                new ImportFact(".base.Field", "relative", 4),
                new ImportFact("..core.db", "relative", 5),
                new ImportFact("typing.Optional", "from", 6));
    }

    @Test
    void extract_callsCountedByLastIdentifier_baseClassesAsExtends() {
        assertThat(facts.calls()).containsExactly(
                new CallFact("dataclass", 1, 12),
                new CallFact("normalize", 1, 22),
                new CallFact("sum", 1, 26),
                new CallFact("pay", 1, 31),
                new CallFact("save", 2, 32),
                new CallFact("inner", 1, 38),
                new CallFact("ValueError", 1, 46));
        assertThat(facts.typeRelations()).containsExactly(
                new TypeRelationFact("Cart", "extends", "Model", 13),
                new TypeRelationFact("Cart", "extends", "mixins.Audited", 13),
                new TypeRelationFact("Cart", "extends", "Generic", 13));
    }

    @Test
    void extract_commentsDocstringsAndStrings() {
        assertThat(facts.comments()).containsExactly("Shop models.", "pay and persist");
        assertThat(facts.strings()).containsExactly("EUR", " x", "cart is empty");
        assertThat(facts.parseErrors()).isZero();
    }

    @Test
    void extract_packageInit_isThePackageModule() {
        FileFacts init = new PythonExtractor().extract(SourceFile.of("shop/__init__.py", "def boot(): pass\n"));
        assertThat(init.symbols()).extracting(SymbolFact::container).containsExactly("shop");
    }

    @Test
    void extract_malformedFile_keepsWhatParsedAndCountsErrors() {
        FileFacts broken = new PythonExtractor().extract(SourceFile.of("m.py", """
                def good(a):
                    return a

                def bad(:
                    pass

                class Fine:
                    pass
                """));
        assertThat(broken.parseErrors()).isPositive();
        assertThat(broken.symbols()).extracting(SymbolFact::name).contains("good", "Fine");
    }
}
