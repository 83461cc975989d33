package dev.memlayer.indexer.extract.treesitter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import org.treesitter.TSException;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSPoint;
import org.treesitter.TSTree;

/**
 * Node accessors that cost one JNI call instead of two. Every public {@code TSNode} method of the
 * {@code io.github.bonede} binding first calls {@code isNull()}, itself a JNI call that re-resolves
 * the node's six field ids, and only then the real native function: half of all node-access time
 * went to that check. Here the check reads the node's id field in Java ({@code ts_node_is_null} is
 * {@code id == 0}) and the binding's own static natives are called directly. A child node gets its
 * tree set, as the public methods do, so the tree stays reachable while its nodes are in use.
 *
 * <p>The natives are protected members of the binding, reached through a private lookup (both are
 * in unnamed modules, which open every package). If a binding version lacks one of them, every
 * accessor falls back to the public method: slower, same result.
 */
final class NativeNodes {

    private static final MethodHandle SYMBOL;
    private static final MethodHandle START_BYTE;
    private static final MethodHandle END_BYTE;
    private static final MethodHandle START_POINT;
    private static final MethodHandle END_POINT;
    private static final MethodHandle NAMED_CHILD_COUNT;
    private static final MethodHandle NAMED_CHILD;
    private static final MethodHandle CHILD_COUNT;
    private static final MethodHandle CHILD;
    private static final MethodHandle CHILD_BY_FIELD_NAME;
    private static final MethodHandle PARENT;
    private static final MethodHandle PREV_NAMED_SIBLING;
    private static final MethodHandle IS_NAMED;
    private static final MethodHandle HAS_ERROR;
    private static final MethodHandle IS_ERROR;
    private static final MethodHandle IS_MISSING;
    private static final MethodHandle SET_TREE;
    private static final VarHandle ID;
    /** Whether the direct natives were found; false means the handles are the public methods. */
    static final boolean DIRECT;

    static {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle[] handles;
        MethodHandle setTree;
        VarHandle id;
        boolean direct;
        try {
            MethodHandles.Lookup parser = MethodHandles.privateLookupIn(TSParser.class, lookup);
            MethodHandles.Lookup node = MethodHandles.privateLookupIn(TSNode.class, lookup);
            handles = handles(parser, true);
            setTree = node.findVirtual(TSNode.class, "setTree", MethodType.methodType(void.class, TSTree.class));
            id = node.findVarHandle(TSNode.class, "idPtr", long.class);
            direct = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            try {
                handles = handles(lookup, false);
            } catch (ReflectiveOperationException e2) {
                throw new ExceptionInInitializerError(e2);
            }
            setTree = MethodHandles.empty(MethodType.methodType(void.class, TSNode.class, TSTree.class));
            id = null;
            direct = false;
        }
        SYMBOL = handles[0];
        START_BYTE = handles[1];
        END_BYTE = handles[2];
        START_POINT = handles[3];
        END_POINT = handles[4];
        NAMED_CHILD_COUNT = handles[5];
        NAMED_CHILD = handles[6];
        CHILD_COUNT = handles[7];
        CHILD = handles[8];
        CHILD_BY_FIELD_NAME = handles[9];
        PARENT = handles[10];
        PREV_NAMED_SIBLING = handles[11];
        IS_NAMED = handles[12];
        HAS_ERROR = handles[13];
        IS_ERROR = handles[14];
        IS_MISSING = handles[15];
        SET_TREE = setTree;
        ID = id;
        DIRECT = direct;
    }

    private NativeNodes() {
    }

    /** The accessors in a fixed order: the binding's static natives, or the public node methods. */
    private static MethodHandle[] handles(MethodHandles.Lookup l, boolean natives)
            throws ReflectiveOperationException {
        MethodType toInt = MethodType.methodType(int.class);
        MethodType toPoint = MethodType.methodType(TSPoint.class);
        MethodType toNode = MethodType.methodType(TSNode.class);
        MethodType toBool = MethodType.methodType(boolean.class);
        MethodType indexToNode = MethodType.methodType(TSNode.class, int.class);
        MethodType nameToNode = MethodType.methodType(TSNode.class, String.class);
        return new MethodHandle[] {
            find(l, natives, "ts_node_symbol", "getSymbol", toInt),
            find(l, natives, "ts_node_start_byte", "getStartByte", toInt),
            find(l, natives, "ts_node_end_byte", "getEndByte", toInt),
            find(l, natives, "ts_node_start_point", "getStartPoint", toPoint),
            find(l, natives, "ts_node_end_point", "getEndPoint", toPoint),
            find(l, natives, "ts_node_named_child_count", "getNamedChildCount", toInt),
            find(l, natives, "ts_node_named_child", "getNamedChild", indexToNode),
            find(l, natives, "ts_node_child_count", "getChildCount", toInt),
            find(l, natives, "ts_node_child", "getChild", indexToNode),
            find(l, natives, "ts_node_child_by_field_name", "getChildByFieldName", nameToNode),
            find(l, natives, "ts_node_parent", "getParent", toNode),
            find(l, natives, "ts_node_prev_named_sibling", "getPrevNamedSibling", toNode),
            find(l, natives, "ts_node_is_named", "isNamed", toBool),
            find(l, natives, "ts_node_has_error", "hasError", toBool),
            find(l, natives, "ts_node_is_error", "isError", toBool),
            find(l, natives, "ts_node_is_missing", "isMissing", toBool),
        };
    }

    private static MethodHandle find(MethodHandles.Lookup l, boolean natives, String nativeName, String publicName,
            MethodType type) throws ReflectiveOperationException {
        return natives
                ? l.findStatic(TSParser.class, nativeName, type.insertParameterTypes(0, TSNode.class))
                : l.findVirtual(TSNode.class, publicName, type);
    }

    static boolean isNull(TSNode n) {
        return DIRECT ? (long) ID.get(n) == 0 : n.isNull();
    }

    /** The check the public methods make, without a JNI call: a null node must never reach a native. */
    private static TSNode live(TSNode n) {
        if (isNull(n)) {
            throw new TSException("Node is a null node");
        }
        return n;
    }

    private static TSNode withTree(TSNode child, TSNode parent) throws Throwable {
        SET_TREE.invokeExact(child, parent.getTree());
        return child;
    }

    static int symbol(TSNode n) {
        try {
            return (int) SYMBOL.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int startByte(TSNode n) {
        try {
            return (int) START_BYTE.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int endByte(TSNode n) {
        try {
            return (int) END_BYTE.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static TSPoint startPoint(TSNode n) {
        try {
            return (TSPoint) START_POINT.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static TSPoint endPoint(TSNode n) {
        try {
            return (TSPoint) END_POINT.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int namedChildCount(TSNode n) {
        try {
            return (int) NAMED_CHILD_COUNT.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static TSNode namedChild(TSNode n, int index) {
        try {
            return withTree((TSNode) NAMED_CHILD.invokeExact(live(n), index), n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int childCount(TSNode n) {
        try {
            return (int) CHILD_COUNT.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static TSNode child(TSNode n, int index) {
        try {
            return withTree((TSNode) CHILD.invokeExact(live(n), index), n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static TSNode childByFieldName(TSNode n, String field) {
        try {
            return withTree((TSNode) CHILD_BY_FIELD_NAME.invokeExact(live(n), field), n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static TSNode parent(TSNode n) {
        try {
            return withTree((TSNode) PARENT.invokeExact(live(n)), n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static TSNode prevNamedSibling(TSNode n) {
        try {
            return withTree((TSNode) PREV_NAMED_SIBLING.invokeExact(live(n)), n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static boolean isNamed(TSNode n) {
        try {
            return (boolean) IS_NAMED.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static boolean hasError(TSNode n) {
        try {
            return (boolean) HAS_ERROR.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static boolean isError(TSNode n) {
        try {
            return (boolean) IS_ERROR.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static boolean isMissing(TSNode n) {
        try {
            return (boolean) IS_MISSING.invokeExact(live(n));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
