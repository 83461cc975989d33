package dev.memlayer.indexer.extract.treesitter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treesitter.TreeSitterJava;

class QueryCapturesTest {

    private static final String QUERY = """
            ; a comment with @notACapture
            (package_declaration (scoped_identifier) @package)
            (class_declaration name: (identifier) @name body: (class_body) @body) @class
            (method_declaration name: (identifier) @name) @method
            ((identifier) @constant (#match? @constant "^[A-Z_@]+$"))
            (string_literal) @string.literal
            """;

    @Test
    void namesInOrderOfFirstAppearance_skippingCommentsAndStrings() {
        assertThat(QueryCaptures.inOrder(QUERY))
                .containsExactly("package", "name", "body", "class", "method", "constant", "string.literal");
    }

    @Test
    void idsReadFromTheTextAgreeWithTheCompiledQuery() {
        CompiledQuery query = new CompiledQuery(Grammar.of(TreeSitterJava::new), QUERY);

        var compiled = query.compiled();

        assertThat(compiled.getCaptureCount()).isEqualTo(7);
        for (int i = 0; i < compiled.getCaptureCount(); i++) {
            assertThat(query.captureName(i)).isEqualTo(compiled.getCaptureNameForId(i));
        }
        assertThat(query.captureId("method")).isEqualTo(4);
    }
}
