package dev.memlayer.indexer.extract.typescript;

import dev.memlayer.indexer.extract.treesitter.ParsedSource;
import org.treesitter.TSNode;

/** Questions about one node of a TypeScript or JavaScript tree that both the walk and its CommonJS forms ask. */
final class TypeScriptNodes {

    private TypeScriptNodes() {
    }

    static boolean isFunctionValue(ParsedSource src, TSNode value) {
        String t = src.type(value);
        return t.equals("arrow_function") || t.equals("function_expression") || t.equals("function")
                || t.equals("generator_function");
    }

    /** The JSDoc block right before a declaration, without its markers; null when none. */
    static String jsdoc(ParsedSource src, TSNode outer) {
        TSNode prev = ParsedSource.prevNamedSibling(outer);
        if (prev == null || ParsedSource.isNull(prev) || !src.type(prev).equals("comment")
                || ParsedSource.endLine(prev) < ParsedSource.startLine(outer) - 1) {
            return null;
        }
        String text = src.text(prev);
        if (!text.startsWith("/**")) {
            return null;
        }
        String doc = TypeScriptText.stripComment(text);
        return doc.isEmpty() ? null : doc;
    }
}
