package dev.memlayer.indexer.extract.treesitter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;

/**
 * A grammar's node type names by symbol id, read once per language. {@code TSNode.getType()} builds
 * a new Java string through JNI on every call; {@code getSymbol()} returns an int, and
 * {@code ts_node_type} is by definition the name of the node's public symbol, so the same name comes
 * from this table for a fraction of the cost (and with its hash code already computed, which a
 * {@code switch} on the type needs). Symbols outside the table (the ERROR builtins) fall back to
 * {@code getType()}.
 */
final class NodeTypes {

    private static final Map<TSLanguage, NodeTypes> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String[] names;

    private NodeTypes(TSLanguage language) {
        int count = language.symbolCount();
        names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = language.symbolName(i);
        }
    }

    static NodeTypes of(TSLanguage language) {
        return BY_LANGUAGE.computeIfAbsent(language, NodeTypes::new);
    }

    String type(TSNode node) {
        int symbol = NativeNodes.symbol(node);
        String name = symbol >= 0 && symbol < names.length ? names[symbol] : null;
        return name != null ? name : node.getType();
    }
}
