package dev.memlayer.indexer.extract.treesitter;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Capture names of a tree-sitter query in the order tree-sitter numbers them: first appearance of
 * {@code @name} in the text, skipping {@code ;} comments and string literals.
 */
final class QueryCaptures {

    private QueryCaptures() {
    }

    static String[] inOrder(String query) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (c == ';') {
                while (i < n && query.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"') {
                i++;
                while (i < n && query.charAt(i) != '"') {
                    i += query.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '@') {
                int start = ++i;
                while (i < n && isNameChar(query.charAt(i))) {
                    i++;
                }
                names.add(query.substring(start, i));
            } else {
                i++;
            }
        }
        return names.toArray(String[]::new);
    }

    /** Characters tree-sitter accepts in an identifier after '@'. */
    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '?' || c == '!';
    }
}
