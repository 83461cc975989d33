package dev.memlayer.indexer.extract.treesitter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A declaration found by a query, by byte span, before its container is known. {@link #nest} sorts
 * a file's spans and gives each its container (the qualified name of the innermost enclosing type)
 * and marks local ones (inside a function, initializer or field value), which extractors skip:
 * symbols are the file's API and members, not its local variables or anonymous classes.
 */
public final class DeclSpan {

    /** Extractor-defined kind (class, method, …, or a pseudo-kind such as a scope marker). */
    public final String kind;
    public final int start;
    public final int end;
    /** Members declared inside it are qualified by its name (classes, objects, interfaces, structs). */
    public final boolean typeScope;
    public String name;
    public int nameStart = -1;
    /** Start of the body ({@code {…}}); the signature ends there. -1 when there is none. */
    public int bodyStart = -1;
    /** An extra span the extractor needs (super types, receiver, …); -1 when absent. */
    public int auxStart = -1;
    public int auxEnd = -1;
    /** Set by {@link #nest}: enclosing qualified name, or the file's root container. */
    public String container;
    /** Set by {@link #nest}: inside a non-type declaration. */
    public boolean local;
    /** Set by {@link #nest}: kind of the innermost enclosing declaration, null at top level. */
    public String parentKind;
    /** Super types found with it: extends, implements, embeds, delegates. */
    public List<Super> supers = List.of();

    /** A super type as written: relation (extends, implements, …), target name, byte offset. */
    public record Super(String relation, String target, int offset) {
    }

    public DeclSpan(String kind, int start, int end, boolean typeScope) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.typeScope = typeScope;
    }

    /** Records a super type of this declaration. */
    public void addSuper(String relation, String target, int offset) {
        if (supers.isEmpty()) {
            supers = new ArrayList<>(2);
        }
        supers.add(new Super(relation, target, offset));
    }

    /** This declaration's qualified name: container + "." + name. */
    public String qualifiedName() {
        return container == null || container.isEmpty() ? name : container + "." + name;
    }

    /** Sorts spans in document order (outer before inner) and sets container and local. */
    public static List<DeclSpan> nest(List<DeclSpan> spans, String rootContainer) {
        List<DeclSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((DeclSpan d) -> d.start).thenComparing(d -> -d.end));
        List<DeclSpan> stack = new ArrayList<>();
        for (DeclSpan d : sorted) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).end <= d.start) {
                stack.remove(stack.size() - 1);
            }
            DeclSpan parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (parent != null && parent.start == d.start && parent.end == d.end) {
                d.container = parent.container; // a sibling sharing the span (int a, b;)
                d.local = parent.local;
                d.parentKind = parent.parentKind;
                continue;
            }
            if (parent == null) {
                d.container = rootContainer;
            } else {
                d.parentKind = parent.kind;
                d.local = parent.local || !parent.typeScope;
                d.container = parent.typeScope ? parent.qualifiedName() : parent.container;
            }
            stack.add(d);
        }
        return sorted;
    }
}
