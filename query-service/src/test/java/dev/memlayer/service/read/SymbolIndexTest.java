package dev.memlayer.service.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memlayer.model.text.IdentifierSplitter;
import org.junit.jupiter.api.Test;

class SymbolIndexTest {

    private static String core(String identifier) {
        return SymbolIndex.coreWords(IdentifierSplitter.parts(identifier));
    }

    private static FileSymbol method(String name) {
        return new FileSymbol("method", name, null, name + "()", 1, 2, true);
    }

    @Test
    void coreWords_dropPredicateWords_andIgnoreOrderAndCase() {
        assertThat(core("isPackagePrivate")).isEqualTo("package private");
        assertThat(core("shouldBePackagePrivate")).isEqualTo("package private");
        assertThat(core("assert_is_package_private")).isEqualTo("package private");
        assertThat(core("hasFieldOrProperty")).isEqualTo(core("ShouldHavePropertyOrField")).isEqualTo("field or property");
        assertThat(core("getContentType")).isEqualTo(core("setContentType")).isEqualTo("content type");
    }

    @Test
    void coreWords_needTwoWordsBesidesThePredicate() {
        assertThat(core("isEmpty")).isNull();
        assertThat(core("shouldBeEmpty")).isNull();
        assertThat(core("hasSize")).isNull();
        assertThat(core("parseHeader")).isEqualTo("header parse");
    }

    @Test
    void compoundsWithCoreWords_findNamesOfOtherFiles_butNotOtherWords() {
        SymbolIndex index = SymbolIndex.build(new FileSymbol[][] {
                {method("isPackagePrivate"), method("isPublic")},
                {method("assertIsPackagePrivate")},
                {method("shouldBePackagePrivate"), method("packagePrivateClasses")},
        });

        assertThat(index.compoundsWithCoreWords(core("hasPackagePrivate")))
                .containsExactlyInAnyOrder("ispackageprivate", "assertispackageprivate", "shouldbepackageprivate");
        assertThat(index.compoundsWithCoreWords("classes package private")).containsExactly("packageprivateclasses");
        assertThat(index.compoundsWithCoreWords("public")).isEmpty();
        assertThat(index.definers("shouldbepackageprivate")).containsExactly(2);
    }

    @Test
    void definers_inAscendingFileOrder_caseFolded_emptyForUnknownNames() {
        SymbolIndex index = SymbolIndex.build(new FileSymbol[][] {
                {method("Header")}, {method("other")}, {method("header"), method("HEADER")}, {method("header")},
        });
        assertThat(index.definers("header")).containsExactly(0, 2, 3);
        assertThat(index.definers("nothing")).isEmpty();
    }
}
