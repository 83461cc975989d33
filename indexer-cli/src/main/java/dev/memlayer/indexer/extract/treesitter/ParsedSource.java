package dev.memlayer.indexer.extract.treesitter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
import org.treesitter.TSTree;

/**
 * One file parsed by tree-sitter, with the helpers every extractor needs: node text (tree-sitter
 * offsets are UTF-8 byte offsets, so text is cut from the bytes, never from a Java string),
 * 1-based lines, and a pre-order walk. A parser is created per parse: {@code TSParser} is not
 * thread-safe and creating one costs microseconds, so no pooling or thread-local is needed.
 */
public final class ParsedSource {

    /**
     * A parse that takes longer than this is abandoned: a guard against a parser that never finishes,
     * not a budget. The limit is wall-clock time, and facts are stored by content hash for good, so
     * they must not depend on how busy the machine was: at 2 s a 120 KB file that parses in 0.6 s of
     * CPU (prettier's flow type-printer fixture) timed out on a loaded machine and was stored without
     * facts. {@code ParseWorth} keeps files over 512 KB away from the parser; the slowest grammar here
     * parses ~0.2 MB/s, so a real parse stays an order of magnitude below this.
     */
    private static final long PARSE_TIMEOUT_MICROS = 30_000_000;

    private final byte[] utf8;
    private final TSTree tree;
    private final NodeTypes types;

    private ParsedSource(byte[] utf8, TSTree tree, NodeTypes types) {
        this.utf8 = utf8;
        this.tree = tree;
        this.types = types;
    }

    /** Bytes handed to the parser per read callback. */
    private static final int READ_CHUNK = 64 * 1024;

    /**
     * Parses UTF-8 content; returns null when the parser gives up (timeout). The bytes are fed
     * through a {@code TSReader}: this binding dereferences the reader unconditionally, so
     * {@code parse(bytes, null, null, …)} crashes the JVM (SIGSEGV), it does not fall back to the buffer.
     */
    public static ParsedSource parse(TSLanguage language, byte[] utf8) {
        TSParser parser = new TSParser();
        parser.setLanguage(language);
        parser.setTimeoutMicros(PARSE_TIMEOUT_MICROS);
        byte[] chunk = new byte[Math.max(1, Math.min(READ_CHUNK, utf8.length))];
        TSReader reader = (buffer, offset, position) -> {
            int n = Math.max(0, Math.min(buffer.length, utf8.length - offset));
            System.arraycopy(utf8, offset, buffer, 0, n);
            return n;
        };
        TSTree tree = parser.parse(chunk, null, reader, TSInputEncoding.TSInputEncodingUTF8);
        return tree == null ? null : new ParsedSource(utf8, tree, NodeTypes.of(language));
    }

    public TSNode root() {
        return tree.getRootNode();
    }

    /** A node's type name, as {@code node.getType()} but without building a string through JNI. */
    public String type(TSNode node) {
        return types.type(node);
    }

    /** The source text of a node. */
    public String text(TSNode node) {
        if (node == null || NativeNodes.isNull(node)) {
            return "";
        }
        int start = NativeNodes.startByte(node);
        int end = Math.min(NativeNodes.endByte(node), utf8.length);
        return new String(utf8, start, Math.max(0, end - start), StandardCharsets.UTF_8);
    }

    /** The source text between two byte offsets. */
    public String text(int startByte, int endByte) {
        int end = Math.min(endByte, utf8.length);
        return new String(utf8, startByte, Math.max(0, end - startByte), StandardCharsets.UTF_8);
    }

    /** A node's field child, or null when absent (never a "null node"). */
    public static TSNode child(TSNode node, String fieldName) {
        TSNode child = NativeNodes.childByFieldName(node, fieldName);
        return child == null || NativeNodes.isNull(child) ? null : child;
    }

    /** The text of a node's field child, or null when absent. */
    public String field(TSNode node, String fieldName) {
        TSNode child = child(node, fieldName);
        return child == null ? null : text(child);
    }

    /**
     * A declaration head: the text from {@code startByte} up to {@code body} (or the whole node when
     * there is no body), trailing {@code :}/{@code {}/{@code =>} cut, every whitespace run collapsed to
     * one space, so a multi-line parameter list is kept whole on one line.
     */
    public String head(int startByte, TSNode node, TSNode body) {
        int end = body == null || NativeNodes.isNull(body) ? NativeNodes.endByte(node) : NativeNodes.startByte(body);
        String raw = text(startByte, Math.max(startByte, end));
        return collapse(raw);
    }

    /** Collapses whitespace runs to one space and trims; no regex (hot path). */
    public static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public static int startLine(TSNode node) {
        return NativeNodes.startPoint(node).getRow() + 1;
    }

    public static int endLine(TSNode node) {
        return NativeNodes.endPoint(node).getRow() + 1;
    }

    // Node accessors with one JNI call each instead of the binding's two (see NativeNodes); same results
    // as the TSNode methods of the same name. Extractors use these on their hot paths.

    public static boolean isNull(TSNode node) {
        return NativeNodes.isNull(node);
    }

    public static int startByte(TSNode node) {
        return NativeNodes.startByte(node);
    }

    public static int endByte(TSNode node) {
        return NativeNodes.endByte(node);
    }

    public static int namedChildCount(TSNode node) {
        return NativeNodes.namedChildCount(node);
    }

    public static TSNode namedChild(TSNode node, int index) {
        return NativeNodes.namedChild(node, index);
    }

    public static int childCount(TSNode node) {
        return NativeNodes.childCount(node);
    }

    public static TSNode childAt(TSNode node, int index) {
        return NativeNodes.child(node, index);
    }

    public static TSNode parent(TSNode node) {
        return NativeNodes.parent(node);
    }

    public static TSNode prevNamedSibling(TSNode node) {
        return NativeNodes.prevNamedSibling(node);
    }

    public static boolean isNamed(TSNode node) {
        return NativeNodes.isNamed(node);
    }

    /** Named children of a node, in order. */
    public static List<TSNode> namedChildren(TSNode node) {
        int n = NativeNodes.namedChildCount(node);
        List<TSNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(NativeNodes.namedChild(node, i));
        }
        return out;
    }

    /** Pre-order walk over named nodes (iterative: deep trees must not overflow the stack). */
    public static void walk(TSNode node, Consumer<TSNode> visitor) {
        List<TSNode> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            TSNode n = stack.remove(stack.size() - 1);
            visitor.accept(n);
            for (int i = NativeNodes.namedChildCount(n) - 1; i >= 0; i--) {
                stack.add(NativeNodes.namedChild(n, i));
            }
        }
    }

    /**
     * Number of ERROR and MISSING nodes: how far the parse is from clean. Walks all children, not
     * only named ones (a MISSING {@code )} is an anonymous token), and only into subtrees that have
     * an error, so a clean file costs one call.
     */
    public int errorCount() {
        TSNode root = root();
        if (!NativeNodes.hasError(root)) {
            return 0;
        }
        int count = 0;
        List<TSNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            TSNode n = stack.remove(stack.size() - 1);
            if (NativeNodes.isError(n) || NativeNodes.isMissing(n)) {
                count++;
            }
            for (int i = NativeNodes.childCount(n) - 1; i >= 0; i--) {
                TSNode c = NativeNodes.child(n, i);
                // a MISSING node has an error cost, so has_error is true for it too: one call per child
                if (NativeNodes.hasError(c)) {
                    stack.add(c);
                }
            }
        }
        return count;
    }
}
